pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The meeting's record (会议记录): the notes and decisions as the recorder
// types them, then closing the meeting (no more sign-ins), finalizing it (the
// record sealed: nothing changes after), exporting its files to a folder, and
// the meeting's audio (ConsoleRecordings).
RowLayout {
    id: tab

    required property MeetingConsole console_
    spacing: Window.width / 60

    Connections {
        target: tab.console_
        function onMeetingChanged() { notes.text = tab.console_.notes; decisions.text = tab.console_.decisions }
    }
    Component.onCompleted: { notes.text = console_.notes; decisions.text = console_.decisions }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: Window.width * 0.6
        spacing: Window.height / 90
        ConsoleText {
            text: tab.console_.meetingId > 0 ? tab.console_.title + "  ·  " + tab.console_.countsText
                                             : qsTr("Choose a meeting under Meetings first.")
            font.bold: true
        }
        ConsoleText { text: qsTr("Notes"); color: Theme.dimText }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            TextArea {
                id: notes
                objectName: "recordNotes"
                enabled: tab.console_.meetingId > 0 && tab.console_.stateKey !== "finalized"
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                // A page to write on, seen in every look (and when there is no meeting yet).
                background: Rectangle { color: Theme.panel; border.color: Theme.outline }
                font.family: Typography.sans
                font.pixelSize: Typography.px(Math.max(16, Window.height / 48))
                selectByMouse: true
            }
        }
        ConsoleText { text: qsTr("Decisions"); color: Theme.dimText }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            TextArea {
                id: decisions
                objectName: "recordDecisions"
                enabled: notes.enabled
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                // A page to write on, seen in every look (and when there is no meeting yet).
                background: Rectangle { color: Theme.panel; border.color: Theme.outline }
                font.family: Typography.sans
                font.pixelSize: Typography.px(Math.max(16, Window.height / 48))
                selectByMouse: true
            }
        }
        ConsoleButton {
            objectName: "saveRecord"
            text: qsTr("Save the record")
            enabled: notes.enabled
            onClicked: tab.console_.saveRecord(notes.text, decisions.text)
        }
    }

    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: Window.width * 0.3
        Layout.maximumWidth: Window.width * 0.32
        spacing: Window.height / 90
        ConsoleText { text: qsTr("The meeting"); font.bold: true }
        ConsoleButton {
            objectName: "closeMeeting"
            Layout.fillWidth: true
            text: qsTr("Close the meeting (no more sign-ins)")
            enabled: tab.console_.stateKey === "open" || tab.console_.stateKey === "draft"
            onClicked: tab.console_.closeMeeting()
        }
        ConsoleButton {
            objectName: "finalizeMeeting"
            Layout.fillWidth: true
            text: qsTr("Finalize (seal the record)")
            enabled: tab.console_.stateKey === "closed"
            onClicked: confirmFinalize.visible = true
        }
        RowLayout {
            id: confirmFinalize
            visible: false
            ConsoleText { text: qsTr("Nothing can change afterwards. Finalize?"); color: Theme.error }
            ConsoleButton {
                objectName: "confirmFinalize"
                text: qsTr("Finalize")
                onClicked: { confirmFinalize.visible = false; tab.console_.finalizeMeeting() }
            }
            ConsoleButton {
                text: qsTr("Cancel")
                onClicked: confirmFinalize.visible = false
            }
        }
        ConsoleText { text: qsTr("Export the sign-in sheet, the record and the attendance to:"); font.bold: true }
        Repeater {
            id: folders
            model: tab.console_.exportFolders
            ConsoleButton {
                required property var modelData
                required property int index
                objectName: "exportTo_" + index
                Layout.fillWidth: true
                text: modelData.name
                enabled: tab.console_.meetingId > 0
                onClicked: tab.console_.exportTo(modelData.path)
            }
        }
        ConsoleRecordings {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Window.height / 60
            console_: tab.console_
        }
    }
}
