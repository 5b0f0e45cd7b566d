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

    // Teleprompter: white on black, read text dimmed by an opaque colour
    // (cheaper to draw than a translucent overlay on a CPU renderer).
    readonly property color prompterBackground: "#000000"
    readonly property color prompterText: "#ffffff"
    readonly property color prompterHeading: "#ffd27a"
    readonly property color prompterRead: "#6b6b6b"
    readonly property color readingLine: "#e0483e"
    readonly property color hudBackground: "#1c1d22"
    readonly property color sentenceHighlight: "#26304a"

    // Projected pages: dark background, light text, legible from the back of the room.
    readonly property color pageBackground: "#0d1b2a"
    readonly property color pageText: "#f5f3ea"
    readonly property color pageHeading: "#ffd27a"
    readonly property color pageMuted: "#9fb0c3"
    readonly property color pageRule: "#c0392b"

    function bodyPx(height) { return Math.max(18, Math.round(height / 30)) }
    // Type sizes of blocks, faces and bold rules: Typography (C++), one place for every view.
}
