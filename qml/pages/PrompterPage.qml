import QtQuick
import Lectern

// The teleprompter (--mode prompter). One screen: the prompter itself. Two:
// the operator console here and the speaker's prompter on the next screen.
// Three: the audience's pages on the third, following the speaker. Every key,
// from whichever window has the keyboard, goes to the controller (C++ key map).
FocusScope {
    id: root

    // Unplugging a screen falls back at once: these follow ScreenLayout.
    readonly property bool split: ScreenLayout.hasSpeaker
    readonly property bool projecting: ScreenLayout.hasProjector

    function handleKey(event) { event.accepted = App.prompter.handleKey(event.key, event.modifiers) }

    // A tick for each second of the 3-2-1, so the speaker need not watch for it.
    SoundCue {
        id: tick
        name: "tick"
        deviceId: App.audio.outputId
    }
    property int lastCount: 0
    Connections {
        target: App.prompter
        function onStateChanged() {
            const counting = App.prompter.state === PrompterController.Countdown
            if (counting && App.prompter.countdown !== root.lastCount)
                tick.play()
            root.lastCount = counting ? App.prompter.countdown : 0
        }
    }
    Keys.onPressed: (event) => handleKey(event)

    Component {
        id: single
        PrompterView {
            objectName: "prompterView"
            controller: App.prompter
            model: App.session.model
            viewState: App.prompterView
            itemRunning: App.agenda.currentItemId > 0 && App.agenda.shownItemId === App.agenda.currentItemId
            itemRemaining: App.agenda.itemRemainingSeconds
            nextItem: App.agenda.nextTitle
            focus: true
        }
    }
    // The operator's console by its address (it uses Qt Quick Controls,
    // which a prompter on one screen never loads).
    Component {
        id: console_
        Loader {
            id: operator
            focus: true
            Component.onCompleted: setSource(Qt.resolvedUrl("../components/OperatorConsole.qml"), {
                objectName: "operatorConsole", controller: App.prompter, model: App.session.model,
                viewState: App.prompterView, focus: true })
            // Live: a projector plugged in or pulled out while it runs.
            Binding {
                target: operator.item
                property: "projector"
                value: ScreenLayout.hasProjector ? App.navigator : null
                when: operator.status === Loader.Ready
            }
        }
    }
    Loader {
        anchors.fill: parent
        focus: true
        sourceComponent: root.split ? console_ : single
    }

    // The speaker's window exists only while there is a second screen for it,
    // and goes away at once when that screen is unplugged.
    Loader {
        active: root.split
        sourceComponent: SpeakerWindow {
            controller: App.prompter
            model: App.session.model
            viewState: App.prompterView
            onKeyPressed: (event) => { event.accepted = App.prompter.handleKey(event.key, event.modifiers) }
            Component.onCompleted: showFullScreen()
        }
    }

    // The audience's pages on a third screen, paginated only while it exists.
    Binding { target: App.pages; property: "speech"; value: root.projecting ? App.session.model : null }
    Binding {
        target: App.pages
        property: "canvasWidth"
        when: root.projecting
        value: ScreenLayout.projectorHeight > 0 ? Math.round(1080 * ScreenLayout.projectorWidth / ScreenLayout.projectorHeight) : 1920
    }
    Loader {
        active: root.projecting
        sourceComponent: ProjectorWindow {
            pages: App.pages
            navigator: App.navigator
            speechTitle: App.session.title
            Component.onCompleted: showFullScreen()
        }
    }
}
