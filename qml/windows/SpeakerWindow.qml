import QtQuick
import QtQuick.Window
import Lectern

// The speaker's own screen when there are two: the same controller and view
// state as the operator's preview, drawn by its own view (no frame copying).
Window {
    id: speakerWindow
    objectName: "speakerWindow"

    required property PrompterController controller
    required property SpeechModel model
    required property PrompterViewState viewState
    property alias view: view

    // Keys pressed while this window is active go to the same handler as the operator's.
    signal keyPressed(var event)

    screen: ScreenLayout.speakerScreen
    // Not a dialog of the operator's window: a transient child is kept on its parent's screen.
    transientParent: null
    x: ScreenLayout.speakerX
    y: ScreenLayout.speakerY
    width: ScreenLayout.speakerWidth
    height: ScreenLayout.speakerHeight
    color: Theme.prompterBackground
    flags: Qt.Window | Qt.FramelessWindowHint
    title: qsTr("Lectern — speaker")

    PrompterView {
        id: view
        objectName: "speakerView"
        anchors.fill: parent
        controller: speakerWindow.controller
        model: speakerWindow.model
        viewState: speakerWindow.viewState
        itemRunning: App.agenda.currentItemId > 0 && App.agenda.shownItemId === App.agenda.currentItemId
        itemRemaining: App.agenda.itemRemainingSeconds
        nextItem: App.agenda.nextTitle
        focus: true
        Keys.onPressed: (event) => speakerWindow.keyPressed(event)
    }
}
