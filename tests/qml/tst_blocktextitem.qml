import QtQuick
import QtTest
import Lectern

// The prompter's block text item: one layout, drawn and queried alike.
TestCase {
    id: test
    name: "BlockTextItem"
    visible: true // grabImage reads what was drawn
    width: 800
    height: 600
    when: windowShown

    Component {
        id: itemComponent
        BlockTextItem {
            width: 600
            family: Typography.serif
            pixelSize: 40
            text: "各部门要按照统一标准，把本部门的业务数据接入全区数据共享平台。凡是能通过共享获取的材料，一律不再要求群众提交。"
        }
    }
    // On black, so that ink (white) and highlight (red) are told apart by pixel.
    Component {
        id: onBlackComponent
        Rectangle {
            property alias item: block
            width: 640
            height: 400
            color: "black"
            BlockTextItem {
                id: block
                x: 20
                y: 10
                width: 600
                family: Typography.serif
                pixelSize: 40
                color: "white"
                highlightColor: "#ff0000"
                text: "各部门要按照统一标准，把本部门的业务数据接入全区数据共享平台。"
            }
        }
    }
    SignalSpy { id: laidOut; signalName: "laidOut" }

    function make(props) {
        const item = createTemporaryObject(itemComponent, test, props || {})
        verify(item !== null, itemComponent.errorString())
        return item
    }

    function test_wrapsAndSizesItself() {
        const item = make()
        verify(item.lineCount > 1)
        verify(item.implicitHeight > 40 * item.lineCount)
        const lines = item.lineCount
        item.width = 300
        tryVerify(() => item.lineCount > lines)
        const tall = item.implicitHeight
        item.lineSpacing = 2.0
        tryVerify(() => item.implicitHeight > tall)
    }

    function test_positionsRoundTrip() {
        const item = make()
        for (let i = 0; i < item.length; i += 7) {
            const r = item.positionToRectangle(i)
            verify(r.height > 0)
            compare(item.positionAt(r.x + 1, r.y + r.height / 2), i, "character " + i)
        }
        // The right end of a wrapped line is that line's last position, not the next line's first.
        const first = item.positionToRectangle(0)
        const end = item.positionAt(item.width, first.y + first.height / 2)
        verify(end > 0)
        compare(item.positionToRectangle(end).y, first.y)
        verify(item.positionToRectangle(end + 1).y > first.y)
    }

    function test_highlightIsTheModelsText() {
        const item = make({ highlightStart: 15, highlightEnd: 30 })
        compare(item.selectedText, item.getText(15, 30))
        compare(item.selectedText, item.text.substring(15, 30))
        // A new highlight repaints; it does not lay the text out again.
        laidOut.clear()
        laidOut.target = item
        item.highlightStart = 0
        item.highlightEnd = 10
        item.color = "grey"
        wait(0)
        compare(laidOut.count, 0)
        compare(item.selectedText, item.text.substring(0, 10))
    }

    function test_centred() {
        const item = make({ text: "标题", centered: true })
        verify(item.positionToRectangle(0).x > 200)
        const left = make({ text: "标题" })
        compare(left.positionToRectangle(0).x, 0)
    }

    function test_spacesAndBreaksKeepOffsets() {
        const text = "甲  \t乙\n丙"
        const item = make({ text: text })
        compare(item.length, text.length)
        compare(item.getText(0, item.length), text)
        // The soft break starts a new line at 丙.
        verify(item.positionToRectangle(text.indexOf("丙")).y > item.positionToRectangle(0).y)
    }

    // Only lines within a screen of the viewport hold an image: memory follows
    // the screen, not the length of the paragraph.
    function test_drawsOnlyNearTheViewport() {
        const item = make({ width: 300, text: "这是一段很长的讲话正文，".repeat(60) })
        verify(item.lineCount > 40)
        // Waits on what was drawn, not on a frame: with OpenGL's threaded
        // render loop a frame may already be under way without this item.
        tryVerify(() => item.paintedLines() === item.lineCount, 5000, "by default: all")
        const line = item.positionToRectangle(0).height
        item.viewportTop = 0
        item.viewportBottom = 3 * line
        tryVerify(() => item.paintedLines() > 0 && item.paintedLines() <= 12, 5000,
                  "near the viewport only")
        // Scrolled further down, other lines are drawn, the first ones let go.
        item.viewportTop = 30 * line
        item.viewportBottom = 33 * line
        tryVerify(() => item.paintedLines() > 0 && item.paintedLines() <= 12)
    }

    // The renderer the run asked for is the one drawing (tst_qml runs twice:
    // software, the kiosk's default, and OpenGL, where lines are LineNode quads).
    function test_rendererIsTheOneAskedFor() {
        const item = make()
        waitForRendering(item)
        compare(item.GraphicsInfo.api, lecternRenderer === "opengl" ? GraphicsInfo.OpenGL : GraphicsInfo.Software)
    }

    // What is drawn is the layout that is queried: ink inside each character's
    // cell, the sentence highlight under the text and nothing past the end.
    function test_drawsWhereTheLayoutSays() {
        const box = createTemporaryObject(onBlackComponent, test)
        const item = box.item
        item.highlightStart = 0
        item.highlightEnd = 4
        waitForRendering(item)
        const picture = grabImage(box)
        const ink = (x, y) => picture.red(x, y) > 128 && picture.green(x, y) > 128 && picture.blue(x, y) > 128
        const red = (x, y) => picture.red(x, y) > 200 && picture.green(x, y) < 60 && picture.blue(x, y) < 60
        const black = (x, y) => picture.red(x, y) < 30 && picture.green(x, y) < 30 && picture.blue(x, y) < 30
        function count(test, left, top, right, bottom) {
            let n = 0
            for (let y = Math.ceil(top); y < Math.floor(bottom); ++y)
                for (let x = Math.ceil(left); x < Math.floor(right); ++x)
                    n += test(x, y) ? 1 : 0
            return n
        }
        for (let i = 0; i < item.length; ++i) {
            const cell = item.positionToRectangle(i)
            const next = item.positionToRectangle(i + 1)
            if (next.y !== cell.y || "，。".indexOf(item.text[i]) >= 0)
                continue // the last character on a line; punctuation has little ink
            const left = item.x + cell.x, top = item.y + cell.y
            const right = item.x + next.x, bottom = top + cell.height
            verify(count(ink, left, top, right, bottom) > 40, "ink of " + item.text[i])
            if (i < 4)
                verify(count(red, left, top, right, bottom) > 40, "highlight under " + item.text[i])
            else
                compare(count(red, left, top, right, bottom), 0, "no highlight under " + item.text[i])
        }
        // Past the last character and below the last line: only the background.
        const end = item.positionToRectangle(item.length)
        compare(count((x, y) => !black(x, y), item.x + end.x + 30, item.y + end.y, box.width, item.y + end.y + end.height), 0)
        compare(count((x, y) => !black(x, y), 0, item.y + item.height + 2, box.width, box.height), 0)
    }

    // Red pixels in the cell of character i of the box's item.
    function redUnder(picture, item, i) {
        const cell = item.positionToRectangle(i)
        const next = item.positionToRectangle(i + 1)
        let n = 0
        for (let y = Math.ceil(item.y + cell.y); y < Math.floor(item.y + cell.y + cell.height); ++y)
            for (let x = Math.ceil(item.x + cell.x); x < Math.floor(item.x + next.x); ++x)
                n += picture.red(x, y) > 200 && picture.green(x, y) < 60 && picture.blue(x, y) < 60 ? 1 : 0
        return n
    }

    // Moving the highlight within a line paints that line again and no other;
    // the picture follows.
    function test_movingTheHighlightRepaintsOnlyItsLine() {
        const box = createTemporaryObject(onBlackComponent, test)
        const item = box.item
        verify(item.lineCount >= 2)
        verify(item.positionToRectangle(9).y === item.positionToRectangle(0).y, "characters 0–9 on the first line")
        item.highlightStart = 0
        item.highlightEnd = 4
        tryVerify(() => item.paintedLines() === item.lineCount && redUnder(grabImage(box), item, 1) > 40, 5000,
                  "the first highlight drawn")
        const painted = item.paintCount()
        item.highlightStart = 5
        item.highlightEnd = 9
        tryVerify(() => { const p = grabImage(box); return redUnder(p, item, 6) > 40 && redUnder(p, item, 1) === 0 }, 5000,
                  "the highlight moved")
        compare(item.paintCount() - painted, 1, "the first line painted again, the others not")
    }
}
