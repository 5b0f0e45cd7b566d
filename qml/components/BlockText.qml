import QtQuick
import Lectern

// One block of the speech, set in the face and size its kind calls for.
Text {
    id: root

    required property string kind
    required property int level
    required property string styledText
    property real basePx: 24
    property color bodyColor: Theme.text
    property color headingColor: Theme.heading
    property real spacing: 1.35

    textFormat: Text.StyledText
    text: styledText
    wrapMode: Text.Wrap
    color: kind === "heading" ? headingColor : bodyColor
    lineHeight: spacing
    horizontalAlignment: Typography.isCentered(kind) ? Text.AlignHCenter : Text.AlignLeft

    font.family: Typography.familyFor(kind, level)
    font.pixelSize: Typography.px(basePx * Typography.scaleFor(kind, level))
    font.bold: Typography.isBold(kind, level)
}
