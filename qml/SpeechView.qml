import QtQuick
import Lectern
import "components"

// The whole speech as one scrolling column of blocks.
ListView {
    id: root

    property real basePx: 24

    clip: true
    spacing: basePx * 0.6
    boundsBehavior: Flickable.StopAtBounds
    cacheBuffer: Math.max(0, height)

    delegate: BlockText {
        required property int index
        width: ListView.view.width
        basePx: root.basePx
        topPadding: kind === "heading" && level === 1 && index > 0 ? root.basePx : 0
    }
}
