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

    // What a key means is the reader's key map's (C++); this view only scrolls.
    Keys.onPressed: (event) => {
        switch (ReaderKeys.actionFor(event.key, event.modifiers)) {
        case ReaderKeys.Top: positionViewAtBeginning(); break
        case ReaderKeys.Bottom: positionViewAtEnd(); break
        case ReaderKeys.PageDown: contentY = Math.min(contentY + height * 0.9, Math.max(originY, contentHeight + originY - height)); break
        case ReaderKeys.PageUp: contentY = Math.max(contentY - height * 0.9, originY); break
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
