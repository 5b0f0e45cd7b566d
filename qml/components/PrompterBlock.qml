import QtQuick
import Lectern

// One block on the teleprompter. A read-only TextEdit rather than a Text,
// because the view needs positionToRectangle()/positionAt() to turn the
// reading anchor into pixels from the very layout that is drawn.
TextEdit {
    id: root

    required property string kind
    required property int level
    required property string styledText
    property real basePx: 48
    property real spacing: 1.4
    property color bodyColor: Theme.prompterText
    property color headingColor: Theme.prompterHeading
    // The sentence being read, as [start, end) offsets; start === end: none.
    property int highlightStart: 0
    property int highlightEnd: 0

    // Only a changed range touches the text node, not every frame.
    onHighlightStartChanged: showHighlight()
    onHighlightEndChanged: showHighlight()
    Component.onCompleted: showHighlight()
    function showHighlight() {
        if (highlightEnd > highlightStart)
            select(highlightStart, highlightEnd)
        else
            deselect()
    }

    readOnly: true
    selectByMouse: false
    activeFocusOnPress: false
    cursorVisible: false
    selectionColor: Theme.sentenceHighlight
    selectedTextColor: color
    textFormat: TextEdit.RichText
    wrapMode: TextEdit.Wrap
    // Positions in this text are the model's: <b>, <br> and entities map one to
    // one, and pre-wrap keeps runs of spaces and tabs (HTML would collapse them
    // and shift every offset after them: the highlight and the anchor).
    text: "<div style=\"white-space:pre-wrap; line-height:" + Math.round(spacing * 100) + "%\">" + styledText + "</div>"
    color: kind === "heading" ? headingColor : bodyColor
    horizontalAlignment: Typography.isCentered(kind) ? TextEdit.AlignHCenter : TextEdit.AlignLeft
    font.family: Typography.familyFor(kind, level)
    font.pixelSize: Typography.px(basePx * Typography.scaleFor(kind, level))
    font.bold: Typography.isBold(kind, level)
}
