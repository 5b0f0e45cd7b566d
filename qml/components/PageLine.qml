import QtQuick
import Lectern

// One line of a projected page, drawn exactly as the engine measured it (its
// text, face, size, bold lead and alignment come from PageModel.linesOf), on
// the page's logical canvas. The pages and the operator's overview both draw
// their lines with it, so a thumbnail is the page in small.
Text {
    required property var modelData
    required property PageModel pages

    x: pages.marginLeft
    y: pages.bodyTop + modelData.y
    width: pages.canvasWidth - 2 * pages.marginLeft
    height: modelData.height
    // Escaped rich text: a point's lead sentence in bold, as the engine measured it.
    text: modelData.styled
    textFormat: Text.StyledText
    wrapMode: Text.NoWrap // the engine broke the lines already
    horizontalAlignment: modelData.centered ? Text.AlignHCenter : Text.AlignLeft
    verticalAlignment: Text.AlignVCenter
    color: modelData.kind === "heading" || modelData.kind === "title" ? Theme.pageHeading : Theme.pageText
    font.family: modelData.family
    font.pixelSize: modelData.px
    font.bold: modelData.bold
}
