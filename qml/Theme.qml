pragma Singleton
import QtQuick

// Colours and type sizes shared by every view. Sizes scale with the screen height.
QtObject {
    readonly property color background: "#101114"
    readonly property color text: "#f2f2ee"
    readonly property color dimText: "#9a9ca3"
    readonly property color heading: "#ffd27a"
    readonly property color accent: "#e0483e"
    readonly property color error: "#ff8a80"

    function bodyPx(height) { return Math.max(18, Math.round(height / 30)) }
}
