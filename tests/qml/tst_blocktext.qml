import QtQuick
import QtTest
import Lectern

TestCase {
    id: test
    name: "BlockText"
    width: 800
    height: 600
    when: windowShown

    Component {
        id: blockComponent
        BlockText {
            width: 600
            basePx: 30
        }
    }

    function make(kind, level, styled) {
        const item = createTemporaryObject(blockComponent, test, { kind: kind, level: level, styledText: styled })
        verify(item !== null)
        return item
    }

    function test_faces_data() {
        return [
            { tag: "title", kind: "title", level: 0, face: Typography.serif },
            { tag: "heading 1 is Hei", kind: "heading", level: 1, face: Typography.sans },
            { tag: "heading 2 is Kai", kind: "heading", level: 2, face: Typography.kai },
            { tag: "body is Song", kind: "paragraph", level: 0, face: Typography.serif },
            { tag: "point is Song", kind: "point", level: 0, face: Typography.serif },
        ]
    }
    function test_faces(data) {
        const item = make(data.kind, data.level, "同志们")
        compare(item.font.family, data.face)
    }

    function test_facesAreSimplifiedChinese() {
        verify(Typography.serif.indexOf("SC") > 0 || Typography.serif.indexOf("CN") > 0, Typography.serif)
        verify(Typography.sans.indexOf("SC") > 0, Typography.sans)
    }

    function test_sizesFollowRank() {
        const title = make("title", 0, "标题")
        const h1 = make("heading", 1, "一、标题")
        const body = make("paragraph", 0, "正文")
        verify(title.font.pixelSize > h1.font.pixelSize)
        verify(h1.font.pixelSize > body.font.pixelSize)
        compare(body.font.pixelSize, 30)
        compare(title.horizontalAlignment, Text.AlignHCenter)
        compare(body.horizontalAlignment, Text.AlignLeft)
    }

    function test_longTextWraps() {
        const item = make("paragraph", 0, "这是一段很长的讲话正文，".repeat(20))
        verify(item.lineCount > 1)
        verify(item.implicitWidth <= 600 || item.width === 600)
    }

    // The model's styled text draws the lead sentence bold: the bold run is
    // measurably wider than the same characters in regular weight.
    function test_boldLeadIsDrawnBold() {
        // (Han characters keep their advance in bold; Latin ones widen.)
        const lead = "Lead sentence."
        const bold = make("point", 0, "<b>" + lead + "</b>")
        const plain = make("point", 0, lead)
        compare(bold.textFormat, Text.StyledText)
        verify(bold.contentWidth > plain.contentWidth, bold.contentWidth + " vs " + plain.contentWidth)
    }

    function test_boldRule_data() {
        return [
            { tag: "title", kind: "title", level: 0, bold: true },
            { tag: "heading 1", kind: "heading", level: 1, bold: false },
            { tag: "heading 3", kind: "heading", level: 3, bold: true },
            { tag: "body", kind: "paragraph", level: 0, bold: false },
        ]
    }
    function test_boldRule(data) {
        compare(make(data.kind, data.level, "同志们").font.bold, data.bold)
        compare(Typography.isBold(data.kind, data.level), data.bold)
    }

    // Whatever a view computes, the renderer never gets an absurd size.
    function test_sizesAreClamped() {
        compare(make("paragraph", 0, "字").font.pixelSize, 30)
        const huge = createTemporaryObject(blockComponent, test, { kind: "title", level: 0, styledText: "字", basePx: 17000 })
        compare(huge.font.pixelSize, Typography.maxPx)
        compare(Typography.px(NaN), Typography.minPx)
        compare(Typography.px(0), Typography.minPx)
    }
}
