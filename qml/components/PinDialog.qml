pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The administrator's PIN, asked before what only an administrator may do
// (leaving the kiosk, the home screen from a role, the console, records and
// settings). The first time, it sets the PIN (typed twice).
// Digits from the on-screen keypad or a keyboard; Esc cancels.
FocusScope {
    id: root

    signal granted()
    signal cancelled()

    // What the PIN is asked for ("quit", "home", "console" …): the caller acts on it when granted.
    property string purpose: ""
    readonly property bool setting: entry.setting
    readonly property real unitPx: Math.max(14, height / 30)

    // The typing and its rules (digits, the first PIN twice, the wait after a wrong one) are C++'s.
    PinEntry {
        id: entry
        gate: App.admin
        onGranted: {
            root.close()
            root.granted()
        }
    }

    visible: false
    function ask(what) {
        purpose = what || "quit"
        entry.reset()
        visible = true
        forceActiveFocus()
    }
    function close() {
        visible = false
        entry.reset()
    }
    function press(key) { entry.press(key) }

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9)
            press(String(event.key - Qt.Key_0))
        else if (event.key === Qt.Key_Backspace)
            press("del")
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            press("ok")
        else if (event.key === Qt.Key_Escape) {
            close()
            root.cancelled()
        }
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        color: "#d0000000"
        TapHandler {} // nothing behind it can be reached
    }

    Rectangle {
        anchors.centerIn: parent
        width: root.unitPx * 16
        height: root.unitPx * 24
        radius: root.unitPx * 0.6
        color: Theme.panel
        border.color: Theme.heading

        Column {
            anchors.fill: parent
            anchors.margins: root.unitPx
            spacing: root.unitPx * 0.6
            Text {
                textFormat: Text.PlainText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.setting ? qsTr("Set the administrator PIN") : qsTr("Administrator PIN")
                color: Theme.text
                font.family: Typography.sans
                font.pixelSize: Typography.px(root.unitPx * 1.2)
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinDots"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: entry.length > 0 ? "●".repeat(entry.length) : " "
                color: Theme.heading
                font.pixelSize: Typography.px(root.unitPx * 1.4)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: entry.message
                color: Theme.dimText
                font.family: Typography.sans
                font.pixelSize: Typography.px(root.unitPx * 0.8)
            }
            Grid {
                // While a wrong PIN's wait runs, the keys take nothing: the
                // keypad says so by its name (the end-to-end test waits on it).
                objectName: entry.waiting ? "pinKeypadWaiting" : "pinKeypad"
                opacity: entry.waiting ? 0.5 : 1
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: root.unitPx * 0.4
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
                    Rectangle {
                        id: key
                        required property string modelData
                        objectName: "pin_" + modelData
                        width: root.unitPx * 4
                        height: root.unitPx * 3
                        radius: height * 0.15
                        color: tap.pressed ? Theme.heading : (modelData === "ok" ? Theme.good : Theme.button)
                        Text {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: key.modelData === "del" ? qsTr("Delete") : key.modelData === "ok" ? qsTr("OK") : key.modelData
                            color: key.modelData === "ok" ? Theme.onColour : Theme.text
                            font.family: Typography.sans
                            font.pixelSize: Typography.px(root.unitPx * (key.modelData.length > 1 ? 0.9 : 1.3))
                        }
                        TapHandler {
                            id: tap
                            onTapped: root.press(key.modelData)
                        }
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Cancel")
                color: Theme.dimText
                font.family: Typography.sans
                font.pixelSize: Typography.px(root.unitPx * 0.9)
                TapHandler {
                    onTapped: {
                        root.close()
                        root.cancelled()
                    }
                }
            }
        }
    }
}
