import QtQuick
import Lectern

// "● 录音中 12:34" in a corner while the meeting is being recorded (or waits
// for a microphone to go on): whoever stands before the screen is told.
Rectangle {
    id: badge
    objectName: "recordingIndicator"
    visible: App.recorder.recording || App.recorder.waiting
    z: 60
    width: label.implicitWidth + height
    height: label.implicitHeight * 1.5
    radius: height / 2
    color: Theme.bad
    opacity: 0.9
    Text {
        id: label
        objectName: "recordingElapsed"
        anchors.centerIn: parent
        textFormat: Text.PlainText
        text: App.recorder.recording ? qsTr("● Recording %1").arg(App.recorder.elapsedText) : qsTr("Recording waits for a microphone")
        color: Theme.onColour
        font.family: Typography.sans
        font.pixelSize: Typography.px(Math.max(14, Window.height / 60))
    }
}
