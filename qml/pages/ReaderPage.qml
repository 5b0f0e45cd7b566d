import QtQuick
import Lectern

// The reader (the default mode): the whole speech as one scrolling column,
// with what the engine found about it in one line above.
FocusScope {
    id: root

    Item {
        anchors.fill: parent
        anchors.margins: Math.round(root.height / 24)

        Text {
            textFormat: Text.PlainText
            id: status
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(speech.basePx * 0.6)
            elide: Text.ElideRight
            text: qsTr("%1 characters · about %2 min at 180 characters/min · %3 lines removed · %4 placeholders to fill")
                    .arg(App.session.hanChars)
                    .arg(Math.round(App.session.estimatedSeconds / 60))
                    .arg(App.session.removedCount)
                    .arg(App.session.placeholderCount)
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
            model: App.session.model
            basePx: Theme.bodyPx(root.height)
            focus: true
        }
    }
}
