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
    property string entered: ""
    property string firstEntry: ""
    property string message: ""
    readonly property bool setting: !App.admin.pinSet
    readonly property real unitPx: Math.max(14, height / 30)

    visible: false
    function ask(what) {
        purpose = what || "quit"
        entered = ""
        firstEntry = ""
        message = ""
        visible = true
        forceActiveFocus()
    }
    function close() {
        visible = false
        entered = ""
        firstEntry = ""
    }
    function press(key) {
        if (key === "ok")
            submit()
        else if (key === "del")
            entered = entered.slice(0, -1)
        else if (entered.length < 12)
            entered += key
    }
    function submit() {
        if (setting) {
            if (firstEntry.length === 0) {
                if (entered.length < 4) {
                    message = qsTr("A PIN has 4 to 12 digits")
                    return
                }
                firstEntry = entered
                entered = ""
                message = qsTr("Type the same PIN again")
                return
            }
            if (entered !== firstEntry) {
                firstEntry = ""
                entered = ""
                message = qsTr("The two PINs differ; start again")
                return
            }
            const set = App.admin.setFirstPin(entered)
            if (set === AdminGate.Right) {
                close()
                root.granted()
            } else {
                message = qsTr("The PIN could not be set")
            }
            return
        }
        const result = App.admin.check(entered)
        entered = ""
        if (result === AdminGate.Right) {
            close()
            root.granted()
        } else if (result === AdminGate.Waiting) {
            message = qsTr("Too many wrong PINs: wait %1 s").arg(App.admin.secondsToWait())
        } else {
            message = qsTr("Wrong PIN; next try in %1 s").arg(App.admin.secondsToWait())
        }
    }

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
                text: root.entered.length > 0 ? "●".repeat(root.entered.length) : " "
                color: Theme.heading
                font.pixelSize: Typography.px(root.unitPx * 1.4)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: root.message
                color: Theme.dimText
                font.family: Typography.sans
                font.pixelSize: Typography.px(root.unitPx * 0.8)
            }
            Grid {
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
