import QtQuick
import QtQuick.Window
import Lectern

// The kiosk's window. It shows the page of the mode it was started in (one
// page at a time: nothing of another mode is built), or why the speech could
// not be opened. Everything it shows comes from the App singleton.
Window {
    id: window
    objectName: "mainWindow"

    readonly property int mode: App.options.mode

    // --screen N: the window is placed by that screen's geometry (which moves it
    // there); if that screen goes away, it comes back on the primary one.
    // Full screen also without a window manager (kiosk sessions often have none):
    // cover the screen explicitly instead of relying on the WM's fullscreen state.
    // (ScreenLayout's signal re-evaluates these when screens come and go.)
    x: (ScreenLayout.count, ScreenLayout.screenX(App.options.screen)) + (App.options.windowed ? 40 : 0)
    y: (ScreenLayout.count, ScreenLayout.screenY(App.options.screen)) + (App.options.windowed ? 40 : 0)
    width: App.options.windowed ? 1280 : (ScreenLayout.count, ScreenLayout.screenWidth(App.options.screen))
    height: App.options.windowed ? 720 : (ScreenLayout.count, ScreenLayout.screenHeight(App.options.screen))
    visible: true
    visibility: App.options.windowed ? Window.Windowed : Window.FullScreen
    // A kiosk has no title bar to close or move it by.
    flags: App.options.windowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint)
    color: mode === AppOptions.Prompter ? Theme.prompterBackground : Theme.background
    title: App.session.title.length > 0 ? qsTr("Lectern — %1").arg(App.session.title) : qsTr("Lectern")

    // Take the keyboard at once, and again whenever the window comes back to the
    // front: a clicker must work without anyone touching the mouse.
    Component.onCompleted: requestActivate()
    onActiveChanged: if (active) page.forceActiveFocus()

    // Leaving the kiosk needs the administrator's PIN (set the first time).
    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: pinDialog.ask()
    }

    ScreenSaverInhibitor {
        active: window.mode === AppOptions.Prompter
    }

    Component { id: readerPage; ReaderPage { focus: true } }
    Component { id: prompterPage; PrompterPage { focus: true } }
    Component { id: pagedPage; PagedPage { focus: true } }
    Component { id: signinPage; SignInPage { focus: true } }

    Loader {
        id: page
        objectName: "page"
        anchors.fill: parent
        focus: true
        // The sign-in needs no speech; every other page shows one.
        active: window.mode === AppOptions.Signin || App.session.status === SpeechSession.Ready
        sourceComponent: window.mode === AppOptions.Prompter ? prompterPage
                       : window.mode === AppOptions.Paged ? pagedPage
                       : window.mode === AppOptions.Signin ? signinPage : readerPage
    }

    // After a crash or a power cut: back where it was, paused, and said so.
    Rectangle {
        id: resumed
        objectName: "resumedBanner"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: parent.height / 30
        width: resumedText.implicitWidth + parent.height / 20
        height: resumedText.implicitHeight * 1.8
        radius: height / 5
        color: "#2f6d3a"
        visible: App.resumedFrom.length > 0 && window.mode !== AppOptions.Signin && !hide.done
        Text {
            textFormat: Text.PlainText
            id: resumedText
            anchors.centerIn: parent
            text: qsTr("Resumed from where it was at %1").arg(App.resumedFrom)
            color: Theme.text
            font.family: Typography.sans
            font.pixelSize: Typography.px(window.height / 30)
        }
        Timer {
            id: hide
            property bool done: false
            running: resumed.visible
            interval: 6000
            onTriggered: done = true
        }
    }

    PinDialog {
        id: pinDialog
        objectName: "pinDialog"
        anchors.fill: parent
        z: 100
        onGranted: Qt.quit()
        onCancelled: page.forceActiveFocus()
    }

    ErrorPanel {
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: window.mode !== AppOptions.Signin && App.session.status === SpeechSession.Error
        message: App.session.errorString
    }
}
