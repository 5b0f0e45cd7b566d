pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The meeting's audio in the record tab: start and stop recording the chosen
// meeting (App.recorder does it; the time recorded shows while it runs), and
// its takes — when, how long, how each ended, its SHA-256 — each played back
// on the output chosen in the settings.
ColumnLayout {
    id: panel

    required property MeetingConsole console_
    readonly property bool thisMeeting: App.recorder.meetingId > 0 && App.recorder.meetingId === console_.meetingId
    readonly property bool canRecord: console_.stateKey === "open" || console_.stateKey === "draft"
    spacing: Window.height / 120

    // A take that ends shows in the list at once.
    Connections {
        target: App.recorder
        function onRecordingChanged() { panel.console_.refresh() }
        function onRepaired() { panel.console_.refresh() }
    }

    ConsoleText { text: qsTr("Audio recording"); font.bold: true }
    ConsoleText {
        objectName: "recordingState"
        text: App.recorder.recording ? (panel.thisMeeting ? qsTr("● Recording: %1").arg(App.recorder.elapsedText)
                                                          : qsTr("● Recording another meeting (%1)").arg(App.recorder.meetingId))
            : App.recorder.waiting ? qsTr("Waiting for a microphone to record")
            : qsTr("Not recording")
        color: App.recorder.recording ? Theme.error : Theme.dimText
    }
    ConsoleButton {
        objectName: "recordToggle"
        Layout.fillWidth: true
        text: panel.thisMeeting ? qsTr("Stop recording") : qsTr("Record this meeting's audio")
        enabled: panel.thisMeeting || (panel.canRecord && panel.console_.meetingId > 0)
        onClicked: panel.thisMeeting ? App.recorder.stop() : App.recorder.start(panel.console_.meetingId)
    }
    ConsoleText {
        objectName: "recordingError"
        visible: App.recorder.error.length > 0
        text: App.recorder.error
        color: Theme.error
    }

    RecordingPlayer {
        id: player
        devices: App.audio
    }
    ConsoleText {
        visible: player.error.length > 0
        text: player.error
        color: Theme.error
    }

    ListView {
        id: takes
        objectName: "recordingTakes"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        ScrollBar.vertical: ScrollBar { policy: takes.contentHeight > takes.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
        model: panel.console_.recordings
        delegate: ColumnLayout {
            id: take
            required property int takeId
            required property string started
            required property string duration
            required property string stateLabel
            required property string note
            required property string sha256
            required property url url
            required property bool playable
            width: ListView.view.width - Window.height / 60 // clear of the scroll bar
            spacing: 0
            RowLayout {
                ConsoleText {
                    text: take.started + "  ·  " + take.duration + "  ·  " + take.stateLabel
                }
                ConsoleButton {
                    objectName: "play_" + take.takeId
                    visible: take.playable
                    text: player.playing === take.takeId ? qsTr("Stop") : qsTr("Play")
                    onClicked: player.toggle(take.takeId, take.url)
                }
            }
            ConsoleText {
                visible: player.playing === take.takeId
                text: qsTr("Playing %1").arg(player.positionText)
                color: Theme.heading
            }
            ConsoleText { visible: take.note.length > 0; text: take.note; color: Theme.dimText; sizeFactor: 0.85 }
            ConsoleText {
                visible: take.sha256.length > 0
                text: "SHA-256 " + take.sha256
                color: Theme.dimText
                sizeFactor: 0.7
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
