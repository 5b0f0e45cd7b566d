import QtQuick
import Lectern

// Shown instead of the speech when it could not be imported.
Column {
    id: root

    required property string message

    spacing: 16

    Text {
        textFormat: Text.PlainText
        text: qsTr("The speech could not be opened")
        color: Theme.error
        font.family: Typography.sans
        font.pixelSize: 32
    }
    Text {
        textFormat: Text.PlainText
        width: root.width
        text: root.message
        color: Theme.text
        wrapMode: Text.Wrap
        font.family: Typography.sans
        font.pixelSize: 22
    }
}
