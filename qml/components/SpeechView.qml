pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The whole speech as one scrolling column of blocks.
ListView {
    id: root

    property real basePx: 24

    clip: true
    spacing: basePx * 0.6
    boundsBehavior: Flickable.StopAtBounds
    cacheBuffer: Math.max(0, height)

    // Reading keys for this first view; the prompter and paged modes bring their own.
    Keys.onPressed: (event) => {
        switch (event.key) {
        case Qt.Key_Home: positionViewAtBeginning(); break
        case Qt.Key_End: positionViewAtEnd(); break
        case Qt.Key_PageDown:
        case Qt.Key_Space: contentY = Math.min(contentY + height * 0.9, Math.max(originY, contentHeight + originY - height)); break
        case Qt.Key_PageUp: contentY = Math.max(contentY - height * 0.9, originY); break
        default: return
        }
        event.accepted = true
    }

    delegate: BlockText {
        required property int index
        width: ListView.view.width
        basePx: root.basePx
        topPadding: kind === "heading" && level === 1 && index > 0 ? root.basePx : 0
    }
}
