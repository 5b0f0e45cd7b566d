import QtQuick
import QtQuick.Layouts
import Lectern

// Console text: the console's face and size, wrapped to its column.
Text {
    property real sizeFactor: 1
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Typography.sans
    font.pixelSize: Typography.px(Math.max(16, Window.height / 50) * sizeFactor)
    wrapMode: Text.Wrap
    Layout.fillWidth: true
}
