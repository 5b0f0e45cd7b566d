import QtQuick
import Lectern

// One block of the speech, set in the face and size its kind calls for.
Text {
    id: root

    required property string kind
    required property int level
    required property string styledText
    property real basePx: 24

    textFormat: Text.StyledText
    text: styledText
    wrapMode: Text.Wrap
    color: kind === "heading" ? Theme.heading : Theme.text
    lineHeight: 1.35
    horizontalAlignment: (kind === "title" || kind === "byline" || kind === "date") ? Text.AlignHCenter : Text.AlignLeft

    font.family: {
        if (kind === "heading" && level === 1)
            return FontCatalog.sans
        if (kind === "heading" && level === 2)
            return FontCatalog.kai
        return FontCatalog.serif
    }
    font.pixelSize: {
        if (kind === "title")
            return Math.round(basePx * 1.5)
        if (kind === "heading")
            return Math.round(basePx * (level === 1 ? 1.25 : 1.1))
        return basePx
    }
    font.bold: kind === "title" || (kind === "heading" && level >= 3)
}
