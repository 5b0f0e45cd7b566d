pragma Singleton
import QtQuick
import Lectern.App

// Colours shared by every view, in three looks (App.theme, chosen in the
// settings): "standard", calm and dark; "official", the official-document
// convention (light paper, black text, the red rule; faces from Typography:
// Song titles, Hei headings, Kai points); "high_contrast", black and white
// with yellow headings. The teleprompter stays light on black in every look
// (a speaker reads it through glass), brighter in high contrast.
QtObject {
    readonly property string name: App.theme
    readonly property bool official: name === "official"
    readonly property bool highContrast: name === "high_contrast"

    readonly property color background: official ? "#f4f1ea" : highContrast ? "#000000" : "#101114"
    readonly property color text: official ? "#1a1a1a" : highContrast ? "#ffffff" : "#f2f2ee"
    readonly property color dimText: official ? "#5a5750" : highContrast ? "#e6e6e6" : "#9a9ca3"
    readonly property color heading: official ? "#9e1b14" : highContrast ? "#ffff00" : "#ffd27a"
    readonly property color accent: official ? "#c00000" : highContrast ? "#ff4040" : "#e0483e"
    readonly property color error: official ? "#b00020" : highContrast ? "#ff6060" : "#ff8a80"

    // Surfaces: panels and cards, buttons and rows (and pressed), outlines.
    readonly property color panel: official ? "#ffffff" : highContrast ? "#000000" : "#1c1d22"
    readonly property color button: official ? "#e4dfd3" : highContrast ? "#1a1a1a" : "#2a2d35"
    readonly property color row: official ? "#ece8de" : highContrast ? "#0d0d0d" : "#24262d"
    readonly property color rowPressed: official ? "#d6d0c2" : highContrast ? "#333333" : "#3a3d45"
    readonly property color outline: official ? "#b9b2a2" : highContrast ? "#ffffff" : "#3a3d45"
    readonly property color danger: official ? "#f3d9d6" : highContrast ? "#000000" : "#3a2a2a"
    // Good news (a confirmed sign-in, OK) and bad news, with the text drawn on them.
    readonly property color good: "#2f6d3a"
    readonly property color bad: "#7a2b26"
    readonly property color onColour: "#ffffff"
    // The signature pad is paper in every look: ink must show as on the printed sheet.
    readonly property color paper: "#f7f5ef"
    readonly property color paperHint: "#b8b4aa"

    // Teleprompter: white on black, read text dimmed by an opaque colour
    // (cheaper to draw than a translucent overlay on a CPU renderer).
    readonly property color prompterBackground: "#000000"
    readonly property color prompterText: "#ffffff"
    readonly property color prompterHeading: highContrast ? "#ffff00" : "#ffd27a"
    readonly property color prompterRead: highContrast ? "#8c8c8c" : "#6b6b6b"
    readonly property color readingLine: "#e0483e"
    readonly property color hudBackground: "#1c1d22"
    // An agenda item's clock in its last minute (amber), and over its time (red).
    readonly property color lastMinute: "#ffb300"
    readonly property color overTime: "#ff5252"
    readonly property color sentenceHighlight: highContrast ? "#1f3a8a" : "#26304a"

    // Projected pages: legible from the back of the room.
    readonly property color pageBackground: official ? "#fbfaf5" : highContrast ? "#000000" : "#0d1b2a"
    readonly property color pageText: official ? "#111111" : highContrast ? "#ffffff" : "#f5f3ea"
    readonly property color pageHeading: official ? "#111111" : highContrast ? "#ffff00" : "#ffd27a"
    readonly property color pageMuted: official ? "#55524a" : highContrast ? "#e6e6e6" : "#9fb0c3"
    readonly property color pageRule: official ? "#c00000" : highContrast ? "#ffffff" : "#c0392b"

    // Touch targets at least 9 mm (on a 1080-high 24-inch screen, 9 mm is
    // about 32 px; on a 10-inch tablet about 64): the larger of that and a
    // share of the screen height.
    function touchPx(screenHeight) { return Math.max(48, Math.round(screenHeight / 14)) }
    function bodyPx(height) { return Math.max(18, Math.round(height / 30)) }
    // Type sizes of blocks, faces and bold rules: Typography (C++), one place for every view.
}
