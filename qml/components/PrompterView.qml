pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import Lectern

// The speaker's teleprompter: the speech scrolls past a reading line at the
// controller's pace. The controller owns the position (an anchor) and the view
// state its look; this view only turns the anchor into a scroll offset from
// its own layout, every time the position, the font, the size or the
// mirroring changes.
Item {
    id: root

    required property PrompterController controller
    required property SpeechModel model
    required property PrompterViewState viewState
    // The speaker's view sets what sizes are relative to and is mirrored; the
    // operator's preview (speaker: false) is the same text scaled to its width.
    property bool speaker: true
    readonly property real fontPx: speaker ? viewState.effectiveFontPx : viewState.fontPxFor(width)
    readonly property real lineSpacing: viewState.lineSpacing
    readonly property real readingLine: viewState.readingLine   // from the top, as a share of the height
    readonly property real sideMargin: viewState.sideMargin     // as a share of the width
    readonly property bool mirrorHorizontal: speaker && viewState.mirrorHorizontal
    readonly property bool mirrorVertical: speaker && viewState.mirrorVertical
    property bool dimRead: true
    property bool highlightSentence: true
    property bool showHud: true
    // The agenda item's clock on the HUD (PrompterHud).
    property bool itemRunning: false
    property int itemRemaining: 0
    property string nextItem: ""
    // The sentence under the reading line, as `text`: what the kiosk's UI map
    // (LECTERN_UI_MAP) reports for a named view, so a test can see what is read.
    readonly property string text: controller.sentenceText
    readonly property alias list: list
    readonly property real readingLineY: Math.round(height * readingLine)

    // The text under the reading line, as (block id, offset): what must not move on a reflow.
    function anchorAtReadingLine() {
        const y = list.contentY + readingLineY
        const item = list.itemAt(list.width / 2, y)
        if (!item)
            return { block: -1, offset: -1 }
        const local = item.mapFromItem(list.contentItem, list.width / 2, y)
        return { block: item.blockId, offset: item.positionAt(0, local.y) }
    }

    // Where the controller's anchor is drawn, in this view's unmirrored coordinates.
    function anchorRect() {
        const item = list.itemAtIndex(controller.blockRow)
        if (!item)
            return Qt.rect(0, -1, 0, 0)
        const r = item.positionToRectangle(controller.anchorOffset)
        return Qt.rect(list.x + r.x, item.y + r.y - list.contentY, r.width, r.height)
    }

    // Content y of the reading position: the line holding the anchor, and how
    // far through that line's characters the reader is, so scrolling is smooth
    // within lines and continuous from one line, and one block, to the next.
    function contentYForAnchor(row, offset, fraction) {
        let item = list.itemAtIndex(row)
        if (!item) {
            list.positionViewAtIndex(row, ListView.Beginning)
            item = list.itemAtIndex(row)
            if (!item)
                return list.contentY
        }
        const rect = item.positionToRectangle(offset)
        const mid = rect.y + rect.height / 2
        const lineStart = item.positionAt(0, mid)
        const lineEnd = item.positionAt(item.width, mid)
        const nextLine = lineEnd < item.length ? item.positionToRectangle(lineEnd + 1) : null
        const advance = (nextLine && nextLine.y > rect.y) ? nextLine.y - rect.y : item.height - rect.y + list.spacing
        const chars = Math.max(1, lineEnd - lineStart)
        const through = Math.min(1, Math.max(0, (offset - lineStart + fraction) / chars))
        return item.y + rect.y + through * advance
    }

    function follow() {
        if (!controller || list.count === 0)
            return
        if (relayout.pending) { // after a reflow: let the view place its items first
            relayout.pending = false
            list.forceLayout()
        }
        const y = contentYForAnchor(controller.blockRow, controller.anchorOffset, controller.anchorFraction)
        list.contentY = y - readingLineY
    }

    // A wheel notch or a nudge moves about one line of text.
    function charsPerLine() {
        return Math.max(4, Math.floor(list.width / fontPx))
    }

    Binding { when: root.speaker; target: root.viewState; property: "referenceWidth"; value: root.width }
    Binding { when: root.speaker; target: root.viewState; property: "referenceHeight"; value: root.height }

    // Only where the window is not already cleared to this colour (the
    // operator's preview): on OpenGL without a GPU (llvmpipe) a full-screen
    // rectangle under the text costs about 15 % of a core while scrolling.
    Rectangle {
        objectName: "prompterBackground"
        anchors.fill: parent
        color: Theme.prompterBackground
        visible: !root.Window.window || !Qt.colorEqual(root.Window.window.color, color)
    }

    Item {
        id: stage
        anchors.fill: parent
        transform: Scale {
            origin.x: stage.width / 2
            origin.y: stage.height / 2
            xScale: root.mirrorHorizontal ? -1 : 1
            yScale: root.mirrorVertical ? -1 : 1
        }

        ListView {
            id: list
            objectName: "prompterList"
            anchors.fill: parent
            anchors.leftMargin: Math.round(root.width * root.sideMargin)
            anchors.rightMargin: Math.round(root.width * root.sideMargin)
            interactive: false
            // No current item, so no highlight: ListView gives a current item
            // an invisible default highlight whose height animates (400 px/s)
            // from the list's whole height to the item's, drawing 60 frames a
            // second for as long (17 s on a speech of 559 short paragraphs)
            // while nothing on screen moves (tst_idleframes).
            currentIndex: -1
            highlightFollowsCurrentItem: false
            model: root.model
            spacing: Math.round(root.fontPx * 0.6)
            cacheBuffer: Math.max(0, root.height * 2)
            // Room above the first block and below the last, so both can reach the reading line.
            topMargin: root.readingLineY
            bottomMargin: root.height

            delegate: PrompterBlock {
                required property int index
                required property int blockId
                width: ListView.view.width
                basePx: root.fontPx
                spacing: root.lineSpacing
                bodyColor: root.dimRead && index < root.controller.blockRow ? Theme.prompterRead : Theme.prompterText
                headingColor: root.dimRead && index < root.controller.blockRow ? Theme.prompterRead : Theme.prompterHeading
                readonly property bool current: root.highlightSentence && index === root.controller.blockRow
                highlightStart: current ? root.controller.sentenceStart : 0
                highlightEnd: current ? root.controller.sentenceEnd : 0
                // What of this block is on screen: its lines near it are drawn.
                viewportTop: list.contentY - y
                viewportBottom: list.contentY - y + list.height
                // A block laid out anew (size, width) moves what follows it: re-place the anchor.
                onLaidOut: relayout.schedule()
            }
        }

        // The reading line: a thin mark at the edges, never across the text.
        Rectangle {
            x: 0
            y: root.readingLineY - height / 2
            width: Math.max(8, list.anchors.leftMargin * 0.6)
            height: Math.max(4, root.fontPx / 8)
            color: Theme.readingLine
        }
        Rectangle {
            x: root.width - width
            y: root.readingLineY - height / 2
            width: Math.max(8, list.anchors.rightMargin * 0.6)
            height: Math.max(4, root.fontPx / 8)
            color: Theme.readingLine
        }

        // Inside the mirrored stage: through beam-splitter glass the speaker reads these too.
        // Countdown 3-2-1 before the start.
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: root.controller.state === PrompterController.Countdown
            text: root.controller.countdown
            color: Theme.readingLine
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.height / 3)
            font.bold: true
        }

        PrompterHud {
            id: hud
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            controller: root.controller
            itemRunning: root.itemRunning
            itemRemaining: root.itemRemaining
            nextItem: root.nextItem
            visible: root.showHud
        }
    }

    // Frame-locked pacing: advance by each frame's real duration, then scroll.
    FrameAnimation {
        running: root.controller.state === PrompterController.Running
                 || root.controller.state === PrompterController.Countdown
        onTriggered: root.controller.tick()
    }

    Connections {
        target: root.controller
        function onPositionChanged() { root.follow() }
        function onModelChanged() { relayout.schedule() }
    }
    // A reflow keeps the anchor: re-place it once the new layout exists.
    Timer {
        id: relayout
        property bool pending: false
        function schedule() { pending = true; restart() }
        interval: 0
        onTriggered: root.follow()
    }
    onFontPxChanged: relayout.schedule()
    onLineSpacingChanged: relayout.schedule()
    onWidthChanged: relayout.schedule()
    onHeightChanged: relayout.schedule()
    onReadingLineChanged: relayout.schedule()
    onSideMarginChanged: relayout.schedule()
    Component.onCompleted: relayout.schedule()

    // Touch: a finger holds and moves the text; on release, reading carries on.
    DragHandler {
        id: drag
        target: null
        property real startContentY: 0
        onActiveChanged: {
            if (active) {
                startContentY = list.contentY
                root.controller.beginDrag()
            } else {
                root.controller.endDrag()
            }
        }
        onTranslationChanged: {
            if (!active)
                return
            const dy = root.mirrorVertical ? translation.y : -translation.y
            list.contentY = startContentY + dy
            const a = root.anchorAtReadingLine()
            if (a.block > 0)
                root.controller.setAnchor(a.block, a.offset)
        }
    }
    WheelHandler {
        onWheel: (event) => {
            const notches = event.angleDelta.y / 120
            root.controller.nudge(-notches * root.charsPerLine() * (root.mirrorVertical ? -1 : 1))
        }
    }

    // The operator's cue from the remote: the screen's edge flashes three
    // times with "look up", over the text and not in its way. Still between cues.
    Rectangle {
        id: lookUp
        objectName: "lookUpCue"
        anchors.fill: parent
        color: "transparent"
        border.color: Theme.lastMinute
        border.width: Math.max(8, root.height / 60)
        opacity: 0
        visible: opacity > 0
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.top
            anchors.topMargin: lookUp.border.width * 2
            width: cueText.implicitWidth + cueText.font.pixelSize * 1.5
            height: cueText.implicitHeight + cueText.font.pixelSize * 0.6
            radius: height / 4
            color: Theme.lastMinute
            Text {
                id: cueText
                anchors.centerIn: parent
                textFormat: Text.PlainText
                text: qsTr("Look up")
                color: "black"
                font.family: Typography.sans
                font.bold: true
                font.pixelSize: Math.max(24, root.height / 14)
            }
        }
        SequentialAnimation {
            id: flash
            loops: 3
            NumberAnimation { target: lookUp; property: "opacity"; to: 1; duration: 150 }
            PauseAnimation { duration: 350 }
            NumberAnimation { target: lookUp; property: "opacity"; to: 0; duration: 200 }
            PauseAnimation { duration: 150 }
        }
        Connections {
            target: root.controller
            function onLookUpCued() { flash.restart() }
        }
    }

    // Blank (B or period): a black screen that hides everything, HUD included.
    Rectangle {
        objectName: "blank"
        anchors.fill: parent
        color: "black"
        visible: root.controller.blanked
    }
}
