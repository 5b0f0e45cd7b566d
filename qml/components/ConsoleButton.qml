import QtQuick
import QtQuick.Controls
import Lectern

// A console button: the console's type, at least a 9 mm touch target, and
// never the keyboard focus (typing stays where it was).
Button {
    focusPolicy: Qt.NoFocus
    font.family: Typography.sans
    font.pixelSize: Typography.px(Math.max(16, Window.height / 46))
    leftPadding: Window.height / 60
    rightPadding: Window.height / 60
    implicitHeight: Math.max(Theme.touchPx(Window.height) * 0.75, implicitContentHeight + topPadding + bottomPadding)
}
