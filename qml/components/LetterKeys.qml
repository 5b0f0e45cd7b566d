pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The sign-in screen's own keys: A–Z in keyboard rows, delete and clear.
// Not the system keyboard (it has no pinyin here); each key is far larger
// than 9 mm on a 23-inch 1080p screen.
Item {
    id: root

    signal letter(string letter)
    signal erase()
    signal clearAll()

    readonly property var rows: ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
    readonly property real keySize: Math.min(width / 10.6, height / 4.4)
    readonly property real gap: keySize * 0.1

    Column {
        anchors.centerIn: parent
        spacing: root.gap

        Repeater {
            model: root.rows
            Row {
                id: keyRow
                required property string modelData
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: root.gap
                Repeater {
                    model: keyRow.modelData.split("")
                    Rectangle {
                        id: key
                        required property string modelData
                        objectName: "key_" + modelData
                        width: root.keySize
                        height: root.keySize
                        radius: root.keySize * 0.12
                        color: tap.pressed ? Theme.heading : Theme.button
                        Text {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: key.modelData
                            color: tap.pressed ? Theme.background : Theme.text
                            font.family: Typography.sans
                            font.pixelSize: Typography.px(root.keySize * 0.45)
                            font.bold: true
                        }
                        TapHandler {
                            id: tap
                            onTapped: root.letter(key.modelData.toLowerCase())
                        }
                    }
                }
            }
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: root.gap
            Repeater {
                model: [{ key: "erase", label: qsTr("Delete") }, { key: "clear", label: qsTr("Clear") }]
                Rectangle {
                    id: wideKey
                    required property var modelData
                    objectName: "key_" + modelData.key
                    width: root.keySize * 3
                    height: root.keySize
                    radius: root.keySize * 0.12
                    color: wide.pressed ? Theme.heading : Theme.danger
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: wideKey.modelData.label
                        color: wide.pressed ? Theme.background : Theme.text
                        font.family: Typography.sans
                        font.pixelSize: Typography.px(root.keySize * 0.38)
                    }
                    TapHandler {
                        id: wide
                        onTapped: wideKey.modelData.key === "erase" ? root.erase() : root.clearAll()
                    }
                }
            }
        }
    }
}
