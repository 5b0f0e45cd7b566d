import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// A labelled one-line field of a console form.
RowLayout {
    id: field

    property string label
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias input: input

    spacing: Window.height / 80
    Layout.fillHeight: false // a layout would take a share of the column's spare height
    Text {
        textFormat: Text.PlainText
        Layout.preferredWidth: Window.width / 10
        text: field.label
        color: Theme.dimText
        font.family: Typography.sans
        font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
    }
    TextField {
        id: input
        Layout.fillWidth: true
        font.family: Typography.sans
        font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
        selectByMouse: true
        leftPadding: Window.height / 120
        // A box to type in, seen in every look (the style's own is dark on dark).
        background: Rectangle {
            color: Theme.panel
            border.color: input.activeFocus ? Theme.heading : Theme.outline
        }
    }
}
