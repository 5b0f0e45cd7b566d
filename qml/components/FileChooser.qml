pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// Picks a file to import: those on a USB stick or in the data folder's
// imports/ (listed by the console, never the whole file system), or a path
// typed in full. `chosen(path)` when one is picked.
ColumnLayout {
    id: chooser

    required property MeetingConsole console_
    property var suffixes: []
    property string action: qsTr("Import")
    signal chosen(string path)

    property var files: []
    function rescan() { files = console_.filesToImport(suffixes) }
    Component.onCompleted: rescan()
    onVisibleChanged: if (visible) rescan() // a stick may have been plugged in meanwhile

    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: typed
            objectName: "filePath"
            Layout.fillWidth: true
            placeholderText: qsTr("Path of a %1 file").arg(chooser.suffixes.join(" / "))
            font.family: Typography.sans
            font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
            selectByMouse: true
            onAccepted: if (text.length > 0) chooser.chosen(text)
        }
        ConsoleButton {
            objectName: "fileChoose"
            text: chooser.action
            enabled: typed.text.length > 0
            onClicked: chooser.chosen(typed.text)
        }
        ConsoleButton {
            objectName: "fileRescan"
            text: qsTr("Look again")
            onClicked: chooser.rescan()
        }
    }
    // The first few (a USB stick usually holds the one file brought for this).
    Repeater {
        model: chooser.files.slice(0, 6)
        delegate: ConsoleButton {
            required property var modelData
            required property int index
            objectName: "file_" + index
            Layout.fillWidth: true
            text: modelData.name
            flat: true
            onClicked: { typed.text = modelData.path; chooser.chosen(modelData.path) }
        }
    }
    ConsoleText {
        visible: chooser.files.length === 0
        text: qsTr("No %1 file on a USB stick or in %2.").arg(chooser.suffixes.join(" / ")).arg(App.dataDir + "/imports")
        color: Theme.dimText
        sizeFactor: 0.85
    }
}
