pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The operator's screen when the speaker has a screen of their own: a live
// preview bound to the same controller, and the controls. Buttons never take
// the keyboard focus, so a clicker or the keyboard keeps driving the prompter.
Item {
    id: console_

    required property PrompterController controller
    required property SpeechModel model
    required property PrompterViewState viewState
    // The audience's pages when there is a projector screen; null otherwise.
    property PageNavigator projector: null

    readonly property real px: Typography.px(Math.max(16, height / 40))

    function stateText() {
        switch (controller.state) {
        case PrompterController.Idle: return qsTr("Ready")
        case PrompterController.Countdown: return qsTr("Starting in %1").arg(controller.countdown)
        case PrompterController.Running: return qsTr("Running")
        case PrompterController.Paused: return qsTr("Paused")
        case PrompterController.Finished: return qsTr("Finished")
        }
        return ""
    }
    function clock(seconds) {
        const s = Math.max(0, Math.round(seconds))
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: console_.px
        spacing: console_.px

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            Text {
                textFormat: Text.PlainText
                text: qsTr("Speaker screen (preview)")
                color: Theme.dimText
                font.family: Typography.sans
                font.pixelSize: console_.px
            }
            PrompterView {
                id: preview
                objectName: "operatorPreview"
                Layout.fillWidth: true
                Layout.fillHeight: true
                controller: console_.controller
                model: console_.model
                viewState: console_.viewState
                speaker: false
                showHud: false
                clip: true
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            spacing: console_.px * 0.6

            component ConsoleText: Text {
                color: Theme.text
                font.family: Typography.sans
                font.pixelSize: Typography.px(Math.max(16, Window.height / 40))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            component ConsoleButton: Button {
                focusPolicy: Qt.NoFocus
                font.family: Typography.sans
                font.pixelSize: Typography.px(Math.max(16, Window.height / 40))
            }

            ConsoleText {
                text: console_.stateText()
                font.bold: true
            }
            // The agenda while it is prompted: the item on now, its time left
            // (amber in its last minute, red once over), the next and the
            // previous item, and live edits of the text being read.
            ConsoleText {
                objectName: "operatorAgenda"
                visible: App.agenda.hasAgenda
                readonly property int secondsLeft: App.agenda.itemRemainingSeconds
                text: App.agenda.currentItemId > 0
                      ? qsTr("Item: %1 · %2").arg(App.agenda.currentTitle)
                            .arg(secondsLeft < 0 ? qsTr("%1 over").arg(console_.clock(-secondsLeft)) : qsTr("%1 left").arg(console_.clock(secondsLeft)))
                      : qsTr("Next item: %1").arg(App.agenda.nextTitle)
                color: App.agenda.currentItemId > 0 && secondsLeft < 0 ? Theme.overTime
                       : App.agenda.currentItemId > 0 && secondsLeft <= 60 ? Theme.lastMinute : Theme.text
                elide: Text.ElideRight
                maximumLineCount: 2
            }
            RowLayout {
                visible: App.agenda.hasAgenda
                ConsoleButton {
                    objectName: "operatorPreviousItem"
                    text: qsTr("Previous item")
                    onClicked: App.agenda.previous()
                }
                ConsoleButton {
                    objectName: "operatorNextItem"
                    text: qsTr("Next item")
                    onClicked: App.agenda.next()
                }
                ConsoleButton {
                    objectName: "operatorEditText"
                    text: qsTr("Edit the text")
                    enabled: App.agenda.shownItemId > 0
                    onClicked: liveEdit.open()
                }
            }
            RowLayout {
                ConsoleButton {
                    objectName: "startPause"
                    text: console_.controller.state === PrompterController.Running
                          || console_.controller.state === PrompterController.Countdown ? qsTr("Pause") : qsTr("Start")
                    onClicked: console_.controller.togglePause()
                }
                ConsoleButton {
                    text: qsTr("To the beginning")
                    onClicked: console_.controller.home()
                }
            }
            RowLayout {
                ConsoleButton {
                    objectName: "slower"
                    text: "−"
                    onClicked: console_.controller.slower()
                }
                ConsoleText {
                    Layout.fillWidth: false
                    text: qsTr("%1 chars/min").arg(console_.controller.speed)
                }
                ConsoleButton {
                    objectName: "faster"
                    text: "+"
                    onClicked: console_.controller.faster()
                }
            }
            RowLayout {
                ConsoleText {
                    Layout.fillWidth: false
                    text: qsTr("Target duration")
                }
                TextField {
                    id: target
                    objectName: "targetDuration"
                    placeholderText: "25:00"
                    font.family: Typography.sans
                    font.pixelSize: console_.px
                    inputMethodHints: Qt.ImhPreferNumbers
                    // What C++ could not read as a duration stays, in the error colour, to be mended.
                    property bool unreadable: false
                    color: unreadable ? Theme.error : palette.text
                    onTextEdited: unreadable = false
                    // Typing a duration takes the keyboard; Enter hands it back to the prompter.
                    onAccepted: {
                        unreadable = !console_.controller.setTargetFromText(text)
                        if (!unreadable)
                            console_.forceActiveFocus()
                    }
                }
            }
            ConsoleText {
                text: qsTr("Elapsed %1 · remaining %2").arg(console_.clock(console_.controller.elapsedSeconds))
                                                       .arg(console_.clock(console_.controller.remainingSeconds))
            }
            ConsoleText {
                visible: console_.controller.targetSeconds > 0
                text: console_.controller.scheduleSeconds >= 0
                      ? qsTr("Ahead %1").arg(console_.clock(console_.controller.scheduleSeconds))
                      : qsTr("Behind %1").arg(console_.clock(-console_.controller.scheduleSeconds))
            }
            ConsoleText {
                text: console_.controller.sectionNumber < console_.controller.sectionCount
                      ? qsTr("Next: %1").arg(console_.controller.sectionTitles[console_.controller.sectionNumber])
                      : qsTr("Last section")
                color: Theme.heading
            }
            ListView {
                id: sections
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: console_.controller.sectionTitles
                delegate: ConsoleButton {
                    required property int index
                    required property string modelData
                    width: ListView.view.width
                    text: (index + 1) + "  " + modelData
                    highlighted: index + 1 === console_.controller.sectionNumber
                    onClicked: console_.controller.jumpToSection(index + 1)
                }
            }
            RowLayout {
                visible: console_.projector !== null
                ConsoleText {
                    Layout.fillWidth: false
                    text: console_.projector ? qsTr("Projector page %1 / %2").arg(console_.projector.page + 1)
                                                                       .arg(console_.projector.pages ? console_.projector.pages.count : 0)
                                             : ""
                }
                ConsoleButton {
                    objectName: "projectorPrevious"
                    text: "‹"
                    onClicked: { console_.projector.follow = false; console_.projector.previous() }
                }
                ConsoleButton {
                    objectName: "projectorNext"
                    text: "›"
                    onClicked: { console_.projector.follow = false; console_.projector.next() }
                }
                ConsoleButton {
                    objectName: "projectorFollow"
                    text: qsTr("Follow the speaker")
                    checkable: true
                    checked: console_.projector ? console_.projector.follow : false
                    onClicked: console_.projector.follow = checked
                }
            }
            // Voice-paced prompting: the text moves while the speaker speaks
            // (and, taking their pace, at their measured rate).
            RowLayout {
                ConsoleButton {
                    objectName: "voicePaced"
                    text: qsTr("Follow the voice")
                    checkable: true
                    checked: App.voicePaced
                    // Not asked whether a microphone is there before it is wanted: asking
                    // wakes the sound system, which a prompter start must not wait for.
                    onClicked: App.voicePaced = checked
                }
                ConsoleButton {
                    objectName: "followRate"
                    visible: App.voicePaced
                    text: qsTr("Take their pace")
                    checkable: true
                    checked: App.followRate
                    onClicked: App.followRate = checked
                }
                Rectangle {
                    objectName: "voiceMeter"
                    visible: App.voicePaced
                    Layout.preferredWidth: console_.px * 6
                    Layout.preferredHeight: console_.px * 0.6
                    color: Theme.row
                    Rectangle {
                        width: parent.width * App.microphone.level
                        height: parent.height
                        color: App.microphone.speaking ? Theme.good : Theme.dimText
                    }
                }
                ConsoleText {
                    Layout.fillWidth: false
                    text: !App.voicePaced ? App.microphone.error // why it could not listen, if it tried
                          : App.microphone.speaking ? qsTr("Speaking · %1 chars/min").arg(Math.round(App.microphone.rateCpm))
                          : qsTr("Listening")
                }
            }
            RowLayout {
                ConsoleButton {
                    objectName: "mirror"
                    text: qsTr("Mirror")
                    checkable: true
                    checked: console_.viewState.mirrorHorizontal
                    onClicked: console_.viewState.toggleMirrorHorizontal()
                }
                ConsoleButton {
                    objectName: "smaller"
                    text: qsTr("Smaller")
                    onClicked: console_.viewState.smaller()
                }
                ConsoleButton {
                    objectName: "larger"
                    text: qsTr("Larger")
                    onClicked: console_.viewState.larger()
                }
                ConsoleButton {
                    text: console_.controller.blanked ? qsTr("Show") : qsTr("Blank")
                    onClicked: console_.controller.blanked = !console_.controller.blanked
                }
            }
        }
    }

    // Live edits without leaving the prompter: it keeps scrolling underneath.
    Popup {
        id: liveEdit
        objectName: "operatorLiveEdit"
        x: console_.width * 0.2
        y: console_.height * 0.08
        width: console_.width * 0.6
        height: console_.height * 0.84
        modal: false
        focus: false
        background: Rectangle { color: Theme.background; border.color: Theme.outline }
        contentItem: ColumnLayout {
            ConsoleLiveEdit {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            Button {
                objectName: "operatorCloseEdit"
                focusPolicy: Qt.NoFocus
                text: qsTr("Close")
                font.family: Typography.sans
                font.pixelSize: Typography.px(Math.max(16, Window.height / 40))
                onClicked: liveEdit.close()
            }
        }
    }
}
