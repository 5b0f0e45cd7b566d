pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The secretary's console (会务), behind the administrator's PIN: meetings and
// the roster, the speech's review, the record and its exports, the settings.
// Everything it does is done by MeetingConsole and SpeechReview (C++); each
// action's one-line outcome shows at the bottom.
Page {
    id: root

    // The tab to open: "meetings", "agenda", "decisions", "speech", "records", "phones" or "settings".
    property string tab: "meetings"
    readonly property var tabs: ["meetings", "agenda", "decisions", "speech", "records", "phones", "settings"]

    // Controls take their colours from the theme.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.panel
    palette.alternateBase: Theme.row
    palette.text: Theme.text
    palette.button: Theme.button
    palette.buttonText: Theme.text
    palette.highlight: Theme.heading
    palette.highlightedText: Theme.background
    palette.mid: Theme.outline
    palette.light: Theme.rowPressed
    palette.dark: Theme.outline
    background: Rectangle { color: Theme.background }

    MeetingConsole {
        id: meetingConsole
        dataDir: App.dataDir
        Component.onCompleted: if (App.meetingId > 0) meetingId = App.meetingId
    }

    header: Rectangle {
        color: Theme.panel
        implicitHeight: bar.implicitHeight + root.height / 50
        RowLayout {
            id: bar
            anchors.fill: parent
            anchors.leftMargin: root.width / 60
            anchors.rightMargin: root.width / 60
            spacing: root.width / 80
            ConsoleText {
                Layout.fillWidth: false
                text: qsTr("Console")
                font.family: Typography.serif
                font.bold: true
                sizeFactor: 1.4
            }
            TabBar {
                id: tabBar
                objectName: "consoleTabs"
                Layout.fillWidth: true
                // Room for the seven tabs side by side: never a tab bar that scrolls.
                Layout.minimumWidth: root.width / 2
                currentIndex: Math.max(0, root.tabs.indexOf(root.tab))
                Repeater {
                    model: [qsTr("Meetings"), qsTr("Agenda"), qsTr("Decisions"), qsTr("Speech"), qsTr("Record"), qsTr("Phones"), qsTr("Settings")]
                    TabButton {
                        required property string modelData
                        required property int index
                        objectName: "tab_" + root.tabs[index]
                        text: modelData
                        focusPolicy: Qt.NoFocus
                        font.family: Typography.sans
                        font.pixelSize: Typography.px(Math.max(16, root.height / 44))
                        implicitHeight: Theme.touchPx(root.height) * 0.8
                    }
                }
            }
            ConsoleText {
                objectName: "consoleRecording"
                Layout.fillWidth: false
                visible: App.recorder.recording || App.recorder.waiting
                text: App.recorder.recording ? qsTr("● Recording %1").arg(App.recorder.elapsedText) : qsTr("Recording waits for a microphone")
                color: Theme.error
                font.bold: true
                wrapMode: Text.NoWrap
            }
            ConsoleText {
                Layout.fillWidth: false
                Layout.maximumWidth: root.width / 7
                text: meetingConsole.meetingId > 0 ? meetingConsole.title : qsTr("No meeting chosen")
                color: Theme.heading
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
            }
            ConsoleButton {
                objectName: "consoleHome"
                text: qsTr("Home screen")
                onClicked: App.mode = AppOptions.Home
            }
        }
    }

    // The tabs. Not a StackLayout: Qt 6.4 does not lay out again what changes
    // inside one of its pages (texts growing, rows appearing overlapped).
    Item {
        anchors.fill: parent
        anchors.margins: root.width / 60
        ConsoleMeetingsTab { anchors.fill: parent; visible: tabBar.currentIndex === root.tabs.indexOf("meetings"); console_: meetingConsole }
        ConsoleAgendaTab { anchors.fill: parent; visible: tabBar.currentIndex === root.tabs.indexOf("agenda") }
        ConsoleDecisionsTab { anchors.fill: parent; visible: tabBar.currentIndex === root.tabs.indexOf("decisions") }
        ConsoleSpeechTab { anchors.fill: parent; visible: tabBar.currentIndex === root.tabs.indexOf("speech"); console_: meetingConsole }
        ConsoleRecordTab { anchors.fill: parent; visible: tabBar.currentIndex === root.tabs.indexOf("records"); console_: meetingConsole }
        ConsolePhonesTab { anchors.fill: parent; visible: tabBar.currentIndex === root.tabs.indexOf("phones"); console_: meetingConsole }
        ConsoleSettingsTab { anchors.fill: parent; visible: tabBar.currentIndex === root.tabs.indexOf("settings") }
    }

    footer: Rectangle {
        color: meetingConsole.failed ? Theme.bad : Theme.panel
        implicitHeight: message.implicitHeight + root.height / 50
        ConsoleText {
            id: message
            objectName: "consoleMessage"
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            anchors.right: syncStatus.visible ? syncStatus.left : parent.right
            anchors.leftMargin: root.width / 60
            text: meetingConsole.message.length > 0 ? meetingConsole.message : qsTr("Ready.")
            color: meetingConsole.failed ? Theme.onColour : Theme.dimText
        }
        // The central store, when there is one: what is not sent yet, and when it last was.
        ConsoleText {
            id: syncStatus
            objectName: "syncStatus"
            visible: App.sync.enabled
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: root.width / 60
            Layout.fillWidth: false
            width: Math.min(implicitWidth, root.width / 3)
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
            text: App.sync.statusLine
            color: App.sync.troubled ? Theme.error : App.sync.pending > 0 ? Theme.heading : Theme.dimText
        }
    }
}
