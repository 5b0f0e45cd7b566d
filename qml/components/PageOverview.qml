pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The operator's overview: every page as a thumbnail, the current one marked;
// a click goes there. Thumbnails draw the engine's lines like the page does.
Rectangle {
    id: root

    required property PageModel pages
    required property PageNavigator navigator
    readonly property alias grid: grid

    signal chosen()

    color: Theme.background

    GridView {
        id: grid
        objectName: "overviewGrid"
        anchors.fill: parent
        anchors.margins: 24
        cellWidth: Math.floor(width / 4)
        cellHeight: Math.round(cellWidth * root.pages.canvasHeight / root.pages.canvasWidth) + 32
        model: root.pages
        currentIndex: root.navigator.page
        clip: true

        delegate: Item {
            id: cell
            required property int index
            required property int number
            required property var lines
            width: grid.cellWidth
            height: grid.cellHeight

            Rectangle {
                id: thumb
                anchors.fill: parent
                anchors.margins: 8
                anchors.bottomMargin: 32
                color: Theme.pageBackground
                border.width: cell.index === root.navigator.page ? 4 : 1
                border.color: cell.index === root.navigator.page ? Theme.pageRule : Theme.pageMuted
                clip: true

                Item {
                    width: root.pages.canvasWidth
                    height: root.pages.canvasHeight
                    transformOrigin: Item.TopLeft
                    scale: thumb.width / root.pages.canvasWidth
                    Repeater {
                        model: cell.lines
                        delegate: PageLine {
                            pages: root.pages
                        }
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                text: cell.number
                color: Theme.dimText
                font.family: Typography.sans
                font.pixelSize: 20
            }
            TapHandler {
                onTapped: {
                    root.navigator.follow = false
                    root.navigator.page = cell.index
                    root.chosen()
                }
            }
        }
    }
}
