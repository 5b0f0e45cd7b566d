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
            { tag: "title", kind: "title", level: 0, face: FontCatalog.serif },
            { tag: "heading 1 is Hei", kind: "heading", level: 1, face: FontCatalog.sans },
            { tag: "heading 2 is Kai", kind: "heading", level: 2, face: FontCatalog.kai },
            { tag: "body is Song", kind: "paragraph", level: 0, face: FontCatalog.serif },
            { tag: "point is Song", kind: "point", level: 0, face: FontCatalog.serif },
        ]
    }
    function test_faces(data) {
        const item = make(data.kind, data.level, "同志们")
        compare(item.font.family, data.face)
    }

    function test_facesAreSimplifiedChinese() {
        verify(FontCatalog.serif.indexOf("SC") > 0 || FontCatalog.serif.indexOf("CN") > 0, FontCatalog.serif)
        verify(FontCatalog.sans.indexOf("SC") > 0, FontCatalog.sans)
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

    function test_boldLeadIsStyled() {
        const item = make("point", 0, "<b>一要加强领导。</b>各单位要重视。")
        compare(item.textFormat, Text.StyledText)
        verify(item.text.indexOf("<b>") === 0)
    }
}
