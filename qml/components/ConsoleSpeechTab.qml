pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The speech's review before it is used: what the import found, what it
// took out or joined (each can be put back), the blanks (highlighted in the
// preview, filled everywhere at once), undo, and "use this speech".
RowLayout {
    id: tab

    required property MeetingConsole console_
    spacing: Window.width / 60

    SpeechReview {
        id: review
        // The speech in use: its earlier review if it has one, else its file.
        Component.onCompleted: if (!openChoice(App.speechChoicePath())) open(App.session.source)
    }

    // File, structure and removed lines.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: Window.width * 0.3
        Layout.maximumWidth: Window.width * 0.3
        spacing: Window.height / 90
        FileChooser {
            Layout.fillWidth: true
            console_: tab.console_
            suffixes: ["txt", "docx", "md"]
            action: qsTr("Open")
            onChosen: (path) => review.open(path)
        }
        ConsoleText {
            text: review.ready ? review.structureText : review.error
            color: review.ready ? Theme.text : Theme.error
            sizeFactor: 0.9
        }
        ConsoleText {
            text: qsTr("Taken out or joined (%1): put a line back if it belongs to the speech").arg(review.removalCount)
            font.bold: true
        }
        ListView {
            objectName: "removalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 0 // the room the others leave, not its content's height
            clip: true
            spacing: Window.height / 300
            model: review.removals
            delegate: Rectangle {
                id: removal
                required property int index
                required property int line
                required property string text
                required property string reason
                required property bool kept
                width: ListView.view.width
                height: Math.max(keep.implicitHeight, removalText.implicitHeight) + Window.height / 100
                color: kept ? Theme.rowPressed : Theme.row
                radius: 4
                ConsoleText {
                    id: removalText
                    anchors.left: parent.left
                    anchors.right: keep.left
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: Window.height / 120
                    text: qsTr("Line %1 · %2\n%3").arg(removal.line).arg(removal.reason).arg(removal.text)
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    sizeFactor: 0.8
                    color: removal.kept ? Theme.text : Theme.dimText
                }
                ConsoleButton {
                    id: keep
                    objectName: "keepLine_" + removal.index
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    text: removal.kept ? qsTr("Take out") : qsTr("Put back")
                    onClicked: review.setKept(removal.line, !removal.kept)
                }
            }
        }
    }

    // The speech as it will be read, blanks marked.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.preferredWidth: Window.width * 0.4
        ConsoleText {
            text: review.title.length > 0 ? review.title : qsTr("Preview")
            font.bold: true
            elide: Text.ElideRight
            maximumLineCount: 1
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 0 // the room the others leave, not its content's height
            clip: true
            contentHeight: preview.implicitHeight
            ScrollBar.vertical: ScrollBar { }
            Rectangle {
                anchors.fill: parent
                color: Theme.panel
            }
            Text {
                id: preview
                objectName: "speechPreview"
                width: parent.width
                padding: Window.height / 80
                textFormat: Text.StyledText // our own markup (SpeechReview::preview), the speech's text escaped
                text: review.preview
                color: Theme.text
                wrapMode: Text.Wrap
                font.family: Typography.serif
                font.pixelSize: Typography.px(Math.max(16, Window.height / 46))
                lineHeight: 1.3
            }
        }
    }

    // The blanks to fill, undo, and use.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: Window.width * 0.25
        Layout.maximumWidth: Window.width * 0.25
        spacing: Window.height / 90
        ConsoleText {
            text: review.placeholderCount > 0 ? qsTr("Blanks to fill (%1)").arg(review.placeholderCount)
                                                : qsTr("No blanks left to fill")
            font.bold: true
        }
        ListView {
            objectName: "placeholderList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 0 // the room the others leave, not its content's height
            clip: true
            spacing: Window.height / 150
            model: review.placeholders
            delegate: ColumnLayout {
                id: blank
                required property int index
                required property string text
                required property int count
                required property string context
                width: ListView.view.width
                ConsoleText {
                    text: qsTr("“%1” ×%2: %3").arg(blank.text).arg(blank.count).arg(blank.context)
                    sizeFactor: 0.85
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: value
                        objectName: "fillValue_" + blank.index
                        Layout.fillWidth: true
                        placeholderText: qsTr("Fill in")
                        font.family: Typography.sans
                        font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
                        onAccepted: review.fill(blank.text, text)
                    }
                    ConsoleButton {
                        objectName: "fillAll_" + blank.index
                        text: qsTr("Fill all")
                        enabled: value.text.trim().length > 0
                        onClicked: review.fill(blank.text, value.text)
                    }
                }
            }
        }
        ConsoleText {
            visible: review.fills.length > 0
            text: qsTr("Filled: %1").arg(review.fillsText)
            color: Theme.dimText
            sizeFactor: 0.85
        }
        RowLayout {
            ConsoleButton {
                objectName: "reviewUndo"
                text: qsTr("Undo")
                enabled: review.canUndo
                onClicked: review.undo()
            }
            ConsoleButton {
                objectName: "useSpeech"
                text: qsTr("Use this speech")
                enabled: review.ready
                highlighted: true
                onClicked: {
                    if (review.save(App.speechChoicePath())) {
                        App.reloadSpeech()
                        used.text = qsTr("In use: %1").arg(App.session.title)
                    } else {
                        used.text = qsTr("Could not save the choice in %1").arg(App.dataDir)
                    }
                }
            }
        }
        // With an agenda: the reviewed draft goes to one of its items (kept
        // with the meeting: the file, its review, the snapshot and its hash).
        RowLayout {
            visible: App.agenda.hasAgenda
            ConsoleText { Layout.fillWidth: false; text: qsTr("Agenda item"); wrapMode: Text.NoWrap }
            ConsoleComboBox {
                id: itemChoice
                objectName: "draftItem"
                Layout.fillWidth: true
                model: App.agenda.items
                textRole: "name"
                valueRole: "itemId"
            }
            ConsoleButton {
                objectName: "useForItem"
                text: qsTr("Use as this item's draft")
                enabled: review.ready && itemChoice.currentIndex >= 0
                onClicked: used.text = App.agenda.setItemDraft(itemChoice.currentValue, review.choiceJson())
                                       ? qsTr("Kept as the draft of %1").arg(itemChoice.currentText)
                                       : App.agenda.error
            }
        }
        ConsoleText {
            id: used
            objectName: "speechInUse"
            text: qsTr("In use: %1").arg(App.session.title)
            color: Theme.dimText
            sizeFactor: 0.85
        }
    }
}
