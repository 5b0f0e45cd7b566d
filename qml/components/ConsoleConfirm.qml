import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// Asks before a step the record will remember (a vote started without a
// quorum): the question, then go ahead or not. Inside the scene, so it shows
// on the console's screen whatever the session (no window manager needed).
Popup {
    id: confirm

    property string question
    signal accepted()

    // Opens with the question; `then` runs if the answer is yes.
    function ask(text, then) {
        question = text
        pending = then
        open()
    }
    property var pending: null

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width / 2 : 0
    padding: parent ? parent.height / 40 : 0
    // In the overlay, outside the console page: its colours given again.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.button: Theme.button
    palette.buttonText: Theme.text
    palette.base: Theme.panel
    palette.text: Theme.text
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.background; border.color: Theme.overTime; border.width: 2 }
    contentItem: ColumnLayout {
        spacing: confirm.padding
        ConsoleText {
            objectName: "confirmQuestion"
            text: confirm.question
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: confirm.padding
            ConsoleButton {
                objectName: "confirmNo"
                text: qsTr("Cancel")
                onClicked: confirm.close()
            }
            ConsoleButton {
                objectName: "confirmYes"
                text: qsTr("Start anyway")
                onClicked: {
                    const then = confirm.pending
                    confirm.pending = null
                    confirm.close()
                    if (then)
                        then()
                    confirm.accepted()
                }
            }
        }
    }
}
