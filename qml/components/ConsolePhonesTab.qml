pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The room's network as the secretary sees it: whether the server is on and
// where phones go, how many are connected, the remote's address and its
// one-time pairing code (with a code to scan), the meeting's sign-ins by
// phone as they arrive, and the attempts the server refused.
RowLayout {
    id: tab
    required property MeetingConsole console_
    spacing: Window.width / 60

    // Both columns share the width (as the agenda tab's do). A plain Column:
    // each text wraps to the column's width.
    Column {
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        spacing: Window.height / 80

        ConsoleText { width: parent.width; text: qsTr("The room's network"); font.bold: true }
        ConsoleText {
            objectName: "lanState"
            width: parent.width
            text: !App.lan.enabled ? qsTr("Off. Phones can sign in and the remote can work once lan.enabled is true in the configuration (see config/README.md).")
                : App.lan.running ? qsTr("On at %1 · %2 connections · %3 remotes").arg(App.lan.address).arg(App.lan.connections).arg(App.lan.remotes)
                : App.lan.error.length > 0 ? qsTr("Not running: %1").arg(App.lan.error) : qsTr("Starting…")
            color: App.lan.running || !App.lan.enabled ? Theme.text : Theme.error
        }
        ConsoleText {
            visible: App.lan.running
            width: parent.width
            text: qsTr("The operator's remote: open %1 on a phone or tablet on the room's network, or scan the code; pair it with the code below or the administrator's PIN. %2?view is the chair's view, without controls.").arg(App.lan.remoteUrl).arg(App.lan.remoteUrl)
        }
        Row {
            visible: App.lan.running
            spacing: Window.width / 80
            QrCode {
                objectName: "remoteCode"
                width: Window.height / 5
                height: width
                text: App.lan.remoteUrl
            }
            Column {
                spacing: Window.height / 100
                ConsoleButton {
                    objectName: "newPairingCode"
                    text: qsTr("New pairing code")
                    onClicked: App.lan.newPairingCode()
                }
                ConsoleText {
                    objectName: "pairingCode"
                    visible: App.lan.pairingCode.length > 0
                    text: App.lan.pairingCode
                    sizeFactor: 2.5
                    font.bold: true
                }
                ConsoleText {
                    text: qsTr("(valid 5 minutes, once)")
                    color: Theme.dimText
                    sizeFactor: 0.85
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        spacing: Window.height / 80
        ConsoleText {
            text: tab.console_.meetingId > 0 ? qsTr("Signed in by phone: %1").arg(tab.console_.title) : qsTr("Choose a meeting under Meetings first.")
            font.bold: true
        }
        ListView {
            objectName: "phoneSignIns"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            clip: true
            model: App.lan.revision >= 0 ? App.lan.signInsOf(tab.console_.meetingId) : []
            delegate: ConsoleText {
                required property string modelData
                text: modelData
            }
        }
        ConsoleText { text: qsTr("Refused"); font.bold: true }
        ListView {
            objectName: "lanRefusals"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            clip: true
            model: App.lan.revision >= 0 ? App.lan.refusalsOf(tab.console_.meetingId) : []
            delegate: ConsoleText {
                required property string modelData
                text: modelData
                color: Theme.dimText
            }
        }
    }
}
