import QtQuick
import QtQuick.Window
import Lectern

// The sign-in at the door on a screen of its own (a role chosen in the
// settings): the same sign-in page as the main window's, full screen there.
Window {
    id: signinWindow
    objectName: "signinWindow"

    screen: ScreenLayout.signinScreen
    transientParent: null
    x: ScreenLayout.signinX
    y: ScreenLayout.signinY
    width: ScreenLayout.signinWidth
    height: ScreenLayout.signinHeight
    color: Theme.background
    flags: Qt.Window | Qt.FramelessWindowHint
    title: qsTr("Lectern — sign-in")

    SignInPage {
        anchors.fill: parent
        focus: true
    }
    // Those signing in are told that the meeting is being recorded.
    RecordingBadge {
        objectName: "signinRecordingIndicator"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: parent.height / 90
    }
}
