import QtQuick
import QtQuick.Window
import Lectern

// The audience's projector when there is a third screen: the paged display,
// following the speaker's reading position through the shared controller.
Window {
    id: projectorWindow
    objectName: "projectorWindow"

    required property PageModel pages
    required property PageNavigator navigator
    property string speechTitle: ""

    screen: ScreenLayout.projectorScreen
    transientParent: null
    x: ScreenLayout.projectorX
    y: ScreenLayout.projectorY
    width: ScreenLayout.projectorWidth
    height: ScreenLayout.projectorHeight
    color: Theme.pageBackground
    flags: Qt.Window | Qt.FramelessWindowHint
    title: qsTr("Lectern — projector")

    PagedView {
        anchors.fill: parent
        pages: projectorWindow.pages
        navigator: projectorWindow.navigator
        title: projectorWindow.speechTitle
    }
}
