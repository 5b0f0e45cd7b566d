import QtQuick
import Lectern

// One item of a heads-up line.
Text {
    textFormat: Text.PlainText
    property real px: 18

    color: Theme.text
    font.family: Typography.sans
    font.pixelSize: px
}
