import QtQuick
import QtQuick.Window
import Lectern

Window {
    id: window

    readonly property bool prompterMode: AppOptions.mode === "prompter"

    // Full screen also without a window manager (kiosk sessions often have none):
    // cover the screen explicitly instead of relying on the WM's fullscreen state.
    x: AppOptions.windowed ? 0 : Screen.virtualX
    y: AppOptions.windowed ? 0 : Screen.virtualY
    width: AppOptions.windowed ? 1280 : Screen.width
    height: AppOptions.windowed ? 720 : Screen.height
    visible: true
    visibility: AppOptions.windowed ? Window.Windowed : Window.FullScreen
    color: prompterMode ? Theme.prompterBackground : Theme.background
    title: session.title.length > 0 ? qsTr("Lectern — %1").arg(session.title) : qsTr("Lectern")

    // Take the keyboard at once, and again whenever the window comes back to the
    // front: a clicker must work without anyone touching the mouse.
    Component.onCompleted: {
        applySettings()
        requestActivate()
    }

    // The same speech opens as it was left: speed, type size, reading line, mirroring.
    function applySettings() {
        if (!prompterMode || !settings.known)
            return
        prompter.speed = settings.speed
        if (settings.fontPx > 0)
            prompterView.fontPx = settings.fontPx
        prompterView.readingLine = settings.readingLine
        prompterView.mirrorHorizontal = AppOptions.mirror || settings.mirrorHorizontal
        prompterView.mirrorVertical = settings.mirrorVertical
    }
    onActiveChanged: if (active) (prompterMode ? prompterView : speech).forceActiveFocus()

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
        visible: !window.prompterMode

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
            focus: !window.prompterMode
        }
    }

    PrompterView {
        id: prompterView
        objectName: "prompterView"
        anchors.fill: parent
        visible: window.prompterMode && session.status === SpeechSession.Ready
        controller: prompter
        model: session.model
        mirrorHorizontal: AppOptions.mirror
        focus: window.prompterMode

        Keys.onPressed: (event) => {
            const action = prompter.handleKey(event.key, event.modifiers)
            switch (action) {
            // What the operator changes by hand is remembered for this speech.
            case PrompterController.FontLargerAction:
                fontPx = Math.min(fontPx + 4, Math.round(height / 4))
                settings.fontPx = fontPx
                break
            case PrompterController.FontSmallerAction:
                fontPx = Math.max(fontPx - 4, 16)
                settings.fontPx = fontPx
                break
            case PrompterController.MirrorHorizontalAction:
                mirrorHorizontal = !mirrorHorizontal
                settings.mirrorHorizontal = mirrorHorizontal
                break
            case PrompterController.MirrorVerticalAction:
                mirrorVertical = !mirrorVertical
                settings.mirrorVertical = mirrorVertical
                break
            }
            event.accepted = action !== PrompterController.NoAction
        }
    }

    ErrorPanel {
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: session.status === SpeechSession.Error
        message: session.errorString
    }
}
