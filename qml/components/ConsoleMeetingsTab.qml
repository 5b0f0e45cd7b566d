pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The console's meetings: the list (latest first), the chosen meeting's form
// (a new one when none is chosen), the roster's import with its rejected
// rows, and the way into the sign-in and the speech for this meeting.
RowLayout {
    id: tab

    required property MeetingConsole console_
    spacing: Window.width / 60

    // The form shows the chosen meeting, or a new one with the rules' defaults.
    function load() {
        loadedId = console_.meetingId
        title.text = console_.field("title") || ""
        kind.text = console_.field("kind") || ""
        session.text = console_.field("session") || ""
        place.text = console_.field("place") || ""
        start.text = console_.field("start")
        end.text = console_.field("end") || ""
        chair.text = console_.field("chair") || ""
        recorder.text = console_.field("recorder") || ""
        grace.text = console_.field("grace_min")
    }
    // Reloaded when another meeting is chosen (or a new one saved), not when
    // the same one is refreshed: what is being typed stays.
    property var loadedId: -1
    Connections {
        target: tab.console_
        function onMeetingChanged() {
            if (tab.console_.meetingId !== tab.loadedId)
                tab.load()
        }
    }
    Component.onCompleted: load()

    // The meetings.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: Window.width * 0.26
        Layout.maximumWidth: Window.width * 0.26
        ConsoleButton {
            objectName: "newMeeting"
            Layout.fillWidth: true
            text: qsTr("New meeting")
            onClicked: { tab.console_.meetingId = 0; tab.load(); title.input.forceActiveFocus() }
        }
        ListView {
            id: list
            objectName: "meetingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 0 // the room the others leave, not its content's height
            clip: true
            spacing: Window.height / 200
            model: tab.console_.meetings
            delegate: Rectangle {
                id: row
                required property int index
                required property var meetingId
                required property string title
                required property string when
                required property string stateLabel
                required property string counts
                objectName: "meetingRow_" + index
                width: ListView.view.width
                height: rowText.implicitHeight + Window.height / 60
                radius: 4
                color: rowTap.pressed ? Theme.rowPressed : Theme.row
                border.color: meetingId === tab.console_.meetingId ? Theme.heading : "transparent"
                border.width: 2
                ConsoleText {
                    id: rowText
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: Window.height / 100
                    text: row.title + "\n" + row.when + "  ·  " + row.stateLabel + "  ·  " + row.counts
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    sizeFactor: 0.9
                }
                TapHandler {
                    id: rowTap
                    onTapped: tab.console_.meetingId = row.meetingId
                }
            }
        }
    }

    // The chosen meeting's details.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.preferredWidth: Window.width * 0.36
        spacing: Window.height / 90
        ConsoleText {
            text: tab.console_.meetingId > 0 ? qsTr("Meeting %1 · %2").arg(tab.console_.meetingId).arg(tab.console_.countsText)
                                             : qsTr("A new meeting")
            font.bold: true
        }
        ConsoleField { id: title; objectName: "meetingTitleField"; Layout.fillWidth: true; label: qsTr("Title") }
        ConsoleField { id: kind; Layout.fillWidth: true; label: qsTr("Kind"); placeholder: qsTr("e.g. 党组会, 办公会") }
        ConsoleField { id: session; Layout.fillWidth: true; label: qsTr("Session"); placeholder: qsTr("e.g. 第3次") }
        ConsoleField { id: place; objectName: "meetingPlaceField"; Layout.fillWidth: true; label: qsTr("Place") }
        ConsoleField { id: start; objectName: "meetingStartField"; Layout.fillWidth: true; label: qsTr("Starts"); placeholder: "2026-12-06 09:00" }
        ConsoleField { id: end; Layout.fillWidth: true; label: qsTr("Ends"); placeholder: "2026-12-06 11:00" }
        ConsoleField { id: chair; Layout.fillWidth: true; label: qsTr("Chair") }
        ConsoleField { id: recorder; Layout.fillWidth: true; label: qsTr("Recorder") }
        ConsoleField { id: grace; Layout.fillWidth: true; label: qsTr("Grace (min)"); input.inputMethodHints: Qt.ImhDigitsOnly }
        ConsoleButton {
            objectName: "saveMeeting"
            text: tab.console_.meetingId > 0 ? qsTr("Save changes") : qsTr("Create meeting")
            enabled: tab.console_.stateKey === "" || tab.console_.stateKey === "open" || tab.console_.stateKey === "draft"
            onClicked: tab.console_.saveMeeting({
                id: tab.console_.meetingId, title: title.text, kind: kind.text, session: session.text,
                place: place.text, start: start.text, end: end.text, chair: chair.text,
                recorder: recorder.text, grace_min: grace.text })
        }
        ConsoleText {
            text: qsTr("%1 of the %2 people on the roster expected (see the list on the right); the chair and the recorder named here take their roles unless the list was changed.")
                      .arg(tab.console_.expectedPeople.expectedCount).arg(tab.console_.rosterCount)
            color: Theme.dimText
            sizeFactor: 0.85
        }
        Item { Layout.fillHeight: true }
    }

    // The roster, and into the meeting.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.preferredWidth: Window.width * 0.32
        spacing: Window.height / 90
        ConsoleText {
            text: qsTr("Roster: %1 people").arg(tab.console_.rosterCount)
            font.bold: true
        }
        FileChooser {
            Layout.fillWidth: true
            console_: tab.console_
            suffixes: ["csv", "xlsx"]
            onChosen: (path) => { tab.console_.importRoster(path); rescan() }
        }
        ConsoleText {
            visible: tab.console_.rejectedRows.length > 0
            text: qsTr("Rows not imported:")
            color: Theme.error
        }
        ListView {
            objectName: "rejectedRows"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Window.height * 0.15)
            clip: true
            model: tab.console_.rejectedRows
            delegate: ConsoleText {
                required property string modelData
                width: ListView.view.width
                text: modelData
                color: Theme.error
                sizeFactor: 0.85
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ConsoleText {
                text: qsTr("Who is expected, as what")
                font.bold: true
            }
            ConsoleButton {
                text: qsTr("Everyone")
                onClicked: tab.console_.expectedPeople.setAll("attend")
            }
            ConsoleButton {
                text: qsTr("Nobody")
                onClicked: tab.console_.expectedPeople.setAll("")
            }
        }
        ListView {
            id: expectedList
            objectName: "expectedList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 0 // the room the others leave, not its content's height
            clip: true
            model: tab.console_.expectedPeople
            readonly property var roleKeys: ["attend", "observe", "chair", "record", ""]
            delegate: RowLayout {
                id: person
                required property int index
                required property string name
                required property string unit
                required property string roleKey
                width: ListView.view.width
                ConsoleText {
                    text: person.unit.length > 0 ? person.name + "（" + person.unit + "）" : person.name
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                    color: person.roleKey.length > 0 ? Theme.text : Theme.dimText
                }
                ComboBox {
                    objectName: "expectedRole_" + person.index
                    Layout.preferredWidth: Window.width / 9
                    Layout.preferredHeight: Theme.touchPx(Window.height) * 0.6
                    focusPolicy: Qt.NoFocus
                    font.family: Typography.sans
                    font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
                    model: [qsTr("Attends"), qsTr("Observes"), qsTr("Chairs"), qsTr("Records"), qsTr("Not expected")]
                    currentIndex: expectedList.roleKeys.indexOf(person.roleKey)
                    onActivated: (i) => tab.console_.expectedPeople.setRole(person.index, expectedList.roleKeys[i])
                }
            }
        }
        ConsoleText {
            text: qsTr("This meeting")
            font.bold: true
            visible: tab.console_.meetingId > 0
        }
        RowLayout {
            visible: tab.console_.meetingId > 0
            ConsoleButton {
                objectName: "startSignin"
                text: qsTr("Open the sign-in")
                enabled: tab.console_.stateKey === "open" || tab.console_.stateKey === "draft"
                onClicked: { App.meetingId = tab.console_.meetingId; App.mode = AppOptions.Signin }
            }
            ConsoleButton {
                objectName: "startPrompter"
                text: qsTr("Teleprompter")
                onClicked: { App.meetingId = tab.console_.meetingId; App.mode = AppOptions.Prompter }
            }
            ConsoleButton {
                text: qsTr("Projected pages")
                onClicked: { App.meetingId = tab.console_.meetingId; App.mode = AppOptions.Paged }
            }
        }
    }
}
