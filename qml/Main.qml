import QtQuick
import QtQuick.Window
import Lectern
import "components"

Window {
    id: window

    // Full screen also without a window manager (kiosk sessions often have none):
    // cover the screen explicitly instead of relying on the WM's fullscreen state.
    x: AppOptions.windowed ? 0 : Screen.virtualX
    y: AppOptions.windowed ? 0 : Screen.virtualY
    width: AppOptions.windowed ? 1280 : Screen.width
    height: AppOptions.windowed ? 720 : Screen.height
    visible: true
    visibility: AppOptions.windowed ? Window.Windowed : Window.FullScreen
    color: Theme.background
    title: session.title.length > 0 ? qsTr("Lectern — %1").arg(session.title) : qsTr("Lectern")

    // Take the keyboard at once: a clicker must work without anyone touching the mouse.
    Component.onCompleted: requestActivate()

    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Qt.quit()
    }

    SpeechSession {
        id: session
        objectName: "session"
        source: AppOptions.speechPath
    }

    Item {
        id: page

        anchors.fill: parent
        anchors.margins: Math.round(window.height / 24)

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
            focus: true
        }

        ErrorPanel {
            anchors.centerIn: parent
            width: parent.width * 0.8
            visible: session.status === SpeechSession.Error
            message: session.errorString
        }
    }
}
