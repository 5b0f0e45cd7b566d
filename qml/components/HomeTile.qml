import QtQuick
import Lectern

// One large entry of the home screen: a name, a line under it, and a note
// when it needs the administrator's PIN. The whole tile is the touch target.
Rectangle {
    id: tile

    property string label
    property string detail
    property bool locked: false
    property bool primary: false
    signal activated()

    radius: height / 14
    color: tap.pressed ? Theme.rowPressed : (primary ? Theme.button : Theme.row)
    border.color: primary ? Theme.heading : Theme.outline
    border.width: Math.max(1, height / 60)
    opacity: enabled ? 1 : 0.4

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.88
        spacing: tile.height / 24
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: tile.label
            color: tile.primary ? Theme.heading : Theme.text
            font.family: Typography.sans
            font.bold: true
            font.pixelSize: Typography.px(tile.height / 4.2)
            elide: Text.ElideRight
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: tile.detail
            visible: text.length > 0
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(tile.height / 11)
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: tile.locked
            text: qsTr("Administrator PIN")
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(Math.max(14, tile.height / 8))
        }
    }
    TapHandler {
        id: tap
        enabled: tile.enabled
        onTapped: tile.activated()
    }
}
