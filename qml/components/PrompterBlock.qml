import QtQuick
import Lectern

// One block on the teleprompter. A BlockTextItem (C++) rather than a Text or
// TextEdit: it is painted once into an image from glyph images drawn once, so
// scrolling moves finished images at any type size (Qt draws glyphs over
// 64 px from their outlines on every frame), and it answers
// positionToRectangle()/positionAt() from the very layout that is drawn, so
// the view turns the reading anchor into pixels exactly.
BlockTextItem {
    id: root

    required property string kind
    required property int level
    required property int leadLength
    boldLength: leadLength
    required text
    property real basePx: 48
    property real spacing: 1.4
    property color bodyColor: Theme.prompterText
    property color headingColor: Theme.prompterHeading

    lineSpacing: spacing
    color: kind === "heading" ? headingColor : bodyColor
    highlightColor: Theme.sentenceHighlight
    centered: Typography.isCentered(kind)
    family: Typography.familyFor(kind, level)
    pixelSize: Typography.px(basePx * Typography.scaleFor(kind, level))
    bold: Typography.isBold(kind, level)
}
