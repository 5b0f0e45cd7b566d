import QtQuick
import QtQuick.Window
import Lectern

// The kiosk's window. It shows the page of the current role (App.mode: the
// home screen, a speech view, the sign-in, the console — one page at a time:
// nothing of another role is built), or why the speech could not be opened.
// Leaving a role for the home screen, the console, records, settings and
// quitting need the administrator's PIN. Everything comes from the App singleton.
Window {
    id: window
    objectName: "mainWindow"

    readonly property int mode: App.mode
    // The console's tab to open: "meetings", "agenda", "speech", "records", "phones" or "settings".
    property string consoleTab: "meetings"
    readonly property bool needsSpeech: mode === AppOptions.Reader || mode === AppOptions.Prompter || mode === AppOptions.Paged

    // What the PIN was asked for, done once it is given.
    function administer(what) {
        if (what === "quit") {
            Qt.quit()
        } else if (what === "home") {
            App.mode = AppOptions.Home
        } else {
            consoleTab = what
            App.mode = AppOptions.Console
        }
    }

    // --screen N: the window is placed by that screen's geometry (which moves it
    // there); if that screen goes away, it comes back on the primary one.
    // Full screen also without a window manager (kiosk sessions often have none):
    // cover the screen explicitly instead of relying on the WM's fullscreen state.
    // (ScreenLayout's signal re-evaluates these when screens come and go.)
    // Without --screen, the console's screen (the primary one unless the
    // settings chose another).
    readonly property bool screenGiven: App.options.screen > 1
    x: (screenGiven ? (ScreenLayout.count, ScreenLayout.screenX(App.options.screen)) : ScreenLayout.mainX) + (App.options.windowed ? 40 : 0)
    y: (screenGiven ? (ScreenLayout.count, ScreenLayout.screenY(App.options.screen)) : ScreenLayout.mainY) + (App.options.windowed ? 40 : 0)
    width: App.options.windowed ? 1280 : screenGiven ? (ScreenLayout.count, ScreenLayout.screenWidth(App.options.screen)) : ScreenLayout.mainWidth
    height: App.options.windowed ? 720 : screenGiven ? (ScreenLayout.count, ScreenLayout.screenHeight(App.options.screen)) : ScreenLayout.mainHeight
    visible: true
    visibility: App.options.windowed ? Window.Windowed : Window.FullScreen
    // A kiosk has no title bar to close or move it by.
    flags: App.options.windowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint)
    color: mode === AppOptions.Prompter ? Theme.prompterBackground : Theme.background
    title: App.session.title.length > 0 ? qsTr("Lectern — %1").arg(App.session.title) : qsTr("Lectern")

    // Take the keyboard at once, and again whenever the window comes back to the
    // front: a clicker must work without anyone touching the mouse.
    Component.onCompleted: requestActivate()
    onActiveChanged: if (active) focusPage()
    function focusPage() { (consolePage.active ? consolePage : page).forceActiveFocus() }

    // Leaving the kiosk needs the administrator's PIN (set the first time).
    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: pinDialog.ask("quit")
    }
    // Back to the home screen from any role (the operator's keyboard).
    Shortcut {
        sequence: "Ctrl+H"
        enabled: window.mode !== AppOptions.Home
        onActivated: pinDialog.ask("home")
    }

    // What each screen is for, as this machine remembers it.
    Binding { target: ScreenLayout; property: "roles"; value: App.screenRoles }

    // A screen chosen for sign-in at the door has its own window, whatever
    // the main window shows (unless that is the sign-in already).
    Loader {
        active: ScreenLayout.hasSignin && window.mode !== AppOptions.Signin
        sourceComponent: SignInWindow {
            Component.onCompleted: showFullScreen()
        }
    }

    ScreenSaverInhibitor {
        active: window.mode === AppOptions.Prompter
    }

    Component { id: readerPage; ReaderPage { focus: true } }
    Component { id: prompterPage; PrompterPage { focus: true } }
    Component { id: pagedPage; PagedPage { focus: true } }
    Component { id: signinPage; SignInPage { focus: true } }
    Component {
        id: homePage
        HomePage {
            focus: true
            onAdminister: (what) => pinDialog.ask(what)
        }
    }

    Loader {
        id: page
        objectName: "page"
        anchors.fill: parent
        focus: active
        // The speech views need a speech; home and sign-in do not.
        active: window.mode !== AppOptions.Console && (!window.needsSpeech || App.session.status === SpeechSession.Ready)
        sourceComponent: window.mode === AppOptions.Prompter ? prompterPage
                       : window.mode === AppOptions.Paged ? pagedPage
                       : window.mode === AppOptions.Signin ? signinPage
                       : window.mode === AppOptions.Home ? homePage : readerPage
        onLoaded: (item as Item).forceActiveFocus()
    }
    // The console by its address, not its type: Qt Quick Controls (the
    // library, its style plugins and their types, about 6 MB of the
    // prompter's 91) load only when the console opens, never in a speech role.
    Loader {
        id: consolePage
        objectName: "consolePage"
        anchors.fill: parent
        focus: active
        active: window.mode === AppOptions.Console
        source: active ? Qt.resolvedUrl("pages/ConsolePage.qml") : ""
        onLoaded: (item as Item).forceActiveFocus()
        Binding {
            target: consolePage.item
            property: "tab"
            value: window.consoleTab
            when: consolePage.status === Loader.Ready
        }
    }

    // A touch screen has no keyboard: holding the top-left corner for two
    // seconds asks for the PIN to go back to the home screen.
    Item {
        objectName: "homeCorner"
        visible: window.mode !== AppOptions.Home && window.mode !== AppOptions.Console
        width: Theme.touchPx(window.height)
        height: width
        z: 50
        TapHandler {
            longPressThreshold: 2
            onLongPressed: pinDialog.ask("home")
        }
    }

    // The clock is before what is already recorded: said on every screen,
    // over everything but in the bottom margin (the controls stay reachable),
    // until it is set. The details are in the log and `lectern doctor`.
    Rectangle {
        objectName: "clockBanner"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: parent.height / 120
        width: Math.min(parent.width * 0.96, clockText.implicitWidth + parent.height / 30)
        height: clockText.implicitHeight + parent.height / 90
        radius: parent.height / 200
        color: Theme.bad
        visible: App.clockProblem.length > 0
        z: 1000
        Text {
            id: clockText
            textFormat: Text.PlainText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, window.width * 0.96 - window.height / 30)
            elide: Text.ElideRight
            text: qsTr("The clock is behind the latest record: nothing is recorded until it is set.")
            color: Theme.onColour
            font.family: Typography.sans
            font.pixelSize: Typography.px(window.height / 45)
        }
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
        color: Theme.good
        visible: App.resumedFrom.length > 0 && window.needsSpeech && !hide.done
        Text {
            textFormat: Text.PlainText
            id: resumedText
            anchors.centerIn: parent
            text: qsTr("Resumed from where it was at %1").arg(App.resumedFrom)
            color: Theme.onColour
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

    // The meeting is being recorded: said on the main window in every role,
    // to the operator and to whoever stands before it (the console says it
    // in its own header).
    RecordingBadge {
        visible: (App.recorder.recording || App.recorder.waiting) && window.mode !== AppOptions.Console
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: parent.height / 90
    }

    PinDialog {
        id: pinDialog
        objectName: "pinDialog"
        anchors.fill: parent
        z: 100
        onGranted: { window.administer(purpose); window.focusPage() }
        onCancelled: window.focusPage()
    }

    ErrorPanel {
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: window.needsSpeech && App.session.status === SpeechSession.Error
        message: App.session.errorString
    }
}
