import QtQuick
import QtQuick.Window
import Lectern

Window {
    id: window
    objectName: "mainWindow"

    readonly property bool prompterMode: AppOptions.mode === "prompter"
    readonly property bool pagedMode: AppOptions.mode === "paged"
    readonly property bool ready: session.status === SpeechSession.Ready
    // Two screens: the operator keeps this one, the speaker gets the other.
    // Unplugging a screen falls back to one window at once.
    readonly property bool split: prompterMode && ScreenLayout.count > 1
    // Three screens: the audience's pages on the third, following the speaker.
    readonly property bool projecting: prompterMode && ScreenLayout.hasProjector
    readonly property PrompterView speakerView: split && speaker.view ? speaker.view : prompterView

    // Every prompter key, from whichever window has the keyboard. View actions
    // apply to the speaker's view; what the operator changes by hand is
    // remembered for this speech.
    function handlePrompterKey(event) {
        const action = prompter.handleKey(event.key, event.modifiers)
        const view = speakerView
        switch (action) {
        case PrompterController.FontLargerAction:
            view.fontPx = Math.min(view.fontPx + 4, Math.round(view.height / 4))
            settings.fontPx = view.fontPx
            break
        case PrompterController.FontSmallerAction:
            view.fontPx = Math.max(view.fontPx - 4, 16)
            settings.fontPx = view.fontPx
            break
        case PrompterController.MirrorHorizontalAction:
            view.mirrorHorizontal = !view.mirrorHorizontal
            settings.mirrorHorizontal = view.mirrorHorizontal
            break
        case PrompterController.MirrorVerticalAction:
            view.mirrorVertical = !view.mirrorVertical
            settings.mirrorVertical = view.mirrorVertical
            break
        }
        event.accepted = action !== PrompterController.NoAction
    }

    // --screen N: the window is placed by that screen's geometry (which moves it
    // there); if that screen goes away, it comes back on the primary one.
    // Full screen also without a window manager (kiosk sessions often have none):
    // cover the screen explicitly instead of relying on the WM's fullscreen state.
    // (ScreenLayout's signal re-evaluates these when screens come and go.)
    x: (ScreenLayout.count, ScreenLayout.screenX(AppOptions.screen)) + (AppOptions.windowed ? 40 : 0)
    y: (ScreenLayout.count, ScreenLayout.screenY(AppOptions.screen)) + (AppOptions.windowed ? 40 : 0)
    width: AppOptions.windowed ? 1280 : (ScreenLayout.count, ScreenLayout.screenWidth(AppOptions.screen))
    height: AppOptions.windowed ? 720 : (ScreenLayout.count, ScreenLayout.screenHeight(AppOptions.screen))
    visible: true
    visibility: AppOptions.windowed ? Window.Windowed : Window.FullScreen
    color: prompterMode ? Theme.prompterBackground : Theme.background
    title: session.title.length > 0 ? qsTr("Lectern — %1").arg(session.title) : qsTr("Lectern")

    // Take the keyboard at once, and again whenever the window comes back to the
    // front: a clicker must work without anyone touching the mouse.
    Component.onCompleted: {
        speaker.update()
        projector.update()
        applySettings()
        requestActivate()
    }

    // The same speech opens as it was left: speed, type size, reading line, mirroring.
    function applySettings() {
        if (!prompterMode || !settings.known)
            return
        prompter.speed = settings.speed
        if (settings.fontPx > 0)
            speakerView.fontPx = settings.fontPx
        speakerView.readingLine = settings.readingLine
        speakerView.mirrorHorizontal = AppOptions.mirror || settings.mirrorHorizontal
        speakerView.mirrorVertical = settings.mirrorVertical
    }
    onActiveChanged: if (active) (split ? operatorConsole : prompterMode ? prompterView : pagedMode ? pagedView : speech).forceActiveFocus()

    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Qt.quit()
    }

    SpeechSession {
        id: session
        objectName: "session"
        source: AppOptions.speechPath
    }

    PrompterController {
        id: prompter
        objectName: "prompter"
        model: session.model
        // A speed set by hand is remembered; one that follows a target duration is not.
        onSpeedChanged: if (targetSeconds === 0 && window.prompterMode) settings.speed = speed
    }

    PrompterSettings {
        id: settings
        speechKey: window.prompterMode ? session.fingerprint : ""
        onLoaded: window.applySettings()
    }

    ScreenSaverInhibitor {
        active: window.prompterMode
    }

    Item {
        id: page

        anchors.fill: parent
        anchors.margins: Math.round(window.height / 24)
        visible: !window.prompterMode && !window.pagedMode

        Text {
            id: status
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            visible: session.status === SpeechSession.Ready
            color: Theme.dimText
            font.family: FontCatalog.sans
            font.pixelSize: Math.round(speech.basePx * 0.6)
            elide: Text.ElideRight
            text: qsTr("%1 characters · about %2 min at 180 characters/min · %3 lines removed · %4 placeholders to fill")
                    .arg(session.hanChars)
                    .arg(Math.round(session.estimatedSeconds / 60))
                    .arg(session.removedCount)
                    .arg(session.placeholderCount)
        }

        SpeechView {
            id: speech
            objectName: "speechView"
            anchors.top: status.bottom
            anchors.topMargin: basePx
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.leftMargin: parent.width * 0.08
            anchors.rightMargin: parent.width * 0.08
            visible: session.status === SpeechSession.Ready
            model: session.model
            basePx: Theme.bodyPx(window.height)
            focus: !window.prompterMode && !window.pagedMode
        }
    }

    PrompterView {
        id: prompterView
        objectName: "prompterView"
        anchors.fill: parent
        visible: window.prompterMode && !window.split && window.ready
        controller: prompter
        model: session.model
        mirrorHorizontal: AppOptions.mirror
        focus: window.prompterMode && !window.split
        Keys.onPressed: (event) => window.handlePrompterKey(event)
    }

    OperatorConsole {
        id: operatorConsole
        objectName: "operatorConsole"
        anchors.fill: parent
        visible: window.split && window.ready
        controller: prompter
        model: session.model
        speakerView: window.speakerView
        projector: window.projecting ? pageNavigator : null
        focus: window.split
        Keys.onPressed: (event) => window.handlePrompterKey(event)
    }

    // The speaker's window exists only while there is a second screen for it,
    // and goes away at once when that screen is unplugged.
    Loader {
        id: speaker
        readonly property PrompterView view: item ? (item as SpeakerWindow).view : null

        function update() {
            if (window.split && !item)
                setSource("SpeakerWindow.qml", { controller: prompter, model: session.model })
            else if (!window.split && item)
                source = ""
        }
        onLoaded: {
            const speakerWindow = item as SpeakerWindow
            speakerWindow.keyPressed.connect(window.handlePrompterKey)
            speakerWindow.view.mirrorHorizontal = AppOptions.mirror
            window.applySettings()
            speakerWindow.showFullScreen()
        }
    }
    onSplitChanged: speaker.update()

    Loader {
        id: projector
        function update() {
            if (window.projecting && !item)
                setSource("ProjectorWindow.qml", { pages: pageModel, navigator: pageNavigator, speechTitle: session.title })
            else if (!window.projecting && item)
                source = ""
        }
        onLoaded: (item as ProjectorWindow).showFullScreen()
    }
    onProjectingChanged: projector.update()

    // The projected pages (--mode paged): they follow the teleprompter's position
    // until the operator turns a page by hand (F follows again).
    PageModel {
        id: pageModel
        // Pages take the shape of the screen the audience sees (16:9, 4:3 …),
        // on a canvas 1080 units high; every view scales it to fit.
        canvasWidth: {
            const w = window.projecting ? ScreenLayout.projectorWidth : window.width
            const h = window.projecting ? ScreenLayout.projectorHeight : window.height
            return h > 0 ? Math.round(1080 * w / h) : 1920
        }
        speech: window.pagedMode || window.projecting ? session.model : null
        minimumPx: AppOptions.pageMinPx
    }
    PageNavigator {
        id: pageNavigator
        objectName: "navigator"
        pages: pageModel
        prompter: prompter
    }
    PagedView {
        id: pagedView
        objectName: "pagedView"
        anchors.fill: parent
        visible: window.pagedMode && window.ready
        focus: window.pagedMode
        pages: pageModel
        navigator: pageNavigator
        title: session.title
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_G) { // the operator's overview of all pages
                overview.visible = !overview.visible
                event.accepted = true
            } else if (event.key === Qt.Key_C) { // the time in the footer, on or off
                pagedView.showClock = !pagedView.showClock
                event.accepted = true
            } else if (overview.visible && event.key === Qt.Key_Escape) {
                overview.visible = false
                event.accepted = true
            } else if (pageNavigator.handleKey(event.key, event.modifiers)) {
                event.accepted = true
            } else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
                pageModel.fontPx = pageModel.effectiveFontPx + 6 // the same text stays on screen
                event.accepted = true
            } else if (event.key === Qt.Key_Minus) {
                pageModel.fontPx = Math.max(pageModel.minFontPx, pageModel.effectiveFontPx - 6)
                event.accepted = true
            }
        }
    }

    PageOverview {
        id: overview
        objectName: "pageOverview"
        anchors.fill: parent
        visible: false
        pages: pageModel
        navigator: pageNavigator
        onChosen: {
            visible = false
            pagedView.forceActiveFocus()
        }
    }

    ErrorPanel {
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: session.status === SpeechSession.Error
        message: session.errorString
    }
}
