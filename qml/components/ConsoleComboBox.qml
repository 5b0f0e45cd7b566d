import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// A console choice list: the console's type, a touch target's height (the
// style's own is too low for the console's type and cuts it), and never the
// keyboard focus.
ComboBox {
    Layout.preferredHeight: Theme.touchPx(Window.height) * 0.7
    focusPolicy: Qt.NoFocus
    font.family: Typography.sans
    font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
}
