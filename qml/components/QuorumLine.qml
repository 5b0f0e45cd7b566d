import QtQuick
import QtQuick.Layouts
import Lectern

// An agenda item's quorum in one line, "应到 9 · 实到 6 · 需 5 · 已达": in the
// colour of good news when it is met, bold in the colour of overtime when it
// is not (the chair must know before a vote). Presentation only: the line
// and whether it is met come from the agenda (AgendaController) or the
// decisions panel (DecisionDesk).
Rectangle {
    id: line

    property string text
    property bool met

    implicitWidth: label.implicitWidth + 2 * label.anchors.leftMargin
    implicitHeight: label.implicitHeight + Window.height / 120
    Layout.fillWidth: true
    visible: text.length > 0
    radius: height / 6
    color: met ? Theme.panel : Theme.bad
    border.color: met ? Theme.good : Theme.overTime

    ConsoleText {
        id: label
        objectName: "quorumText"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Window.height / 80
        anchors.rightMargin: Window.height / 80
        text: (line.met ? "✓ " : "⚠ ") + line.text
        color: line.met ? Theme.text : Theme.onColour
        font.bold: !line.met
    }
}
