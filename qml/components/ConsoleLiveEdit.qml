pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// Live edits of any item's draft — the one on the screens by default, even
// while it is read: choose a paragraph, fix a word or fill a blank, insert a
// paragraph after it, or delete it. On the screens the speaker's place does
// not move (the same sentence stays under the reading line); the record
// keeps every edit.
ColumnLayout {
    id: panel

    property int blockId: 0 // the paragraph chosen
    spacing: Window.height / 120

    // Which item's text: the one on the screens unless another is chosen.
    RowLayout {
        ConsoleText {
            Layout.fillWidth: false
            text: App.agenda.editItemId === App.agenda.shownItemId ? qsTr("Text on the screens:") : qsTr("Text of:")
            font.bold: true
            wrapMode: Text.NoWrap
        }
        ConsoleComboBox {
            id: itemChoice
            objectName: "liveEditItem"
            Layout.fillWidth: true
            model: App.agenda.items
            textRole: "name"
            valueRole: "itemId"
            currentIndex: indexOfValue(App.agenda.editItemId)
            onActivated: { App.agenda.editItemId = currentValue; panel.blockId = 0; editor.text = "" }
        }
    }
    ListView {
        id: blocks
        objectName: "liveEditBlocks"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 3
        clip: true
        model: App.agenda.editModel
        ScrollBar.vertical: ScrollBar { policy: blocks.contentHeight > blocks.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
        delegate: Rectangle {
            id: block
            required property int index
            required property int blockId
            required property string text
            width: ListView.view.width - Window.height / 60
            implicitHeight: words.implicitHeight + Window.height / 120
            color: panel.blockId === blockId ? Theme.rowPressed : (index % 2 ? Theme.row : Theme.panel)
            ConsoleText {
                id: words
                objectName: "liveBlock_" + block.index
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Window.width / 200
                text: block.text
                maximumLineCount: 2
                elide: Text.ElideRight
                sizeFactor: 0.85
            }
            MouseArea {
                anchors.fill: parent
                onClicked: { panel.blockId = block.blockId; editor.text = block.text }
            }
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 1
        TextArea {
            id: editor
            objectName: "liveEditText"
            enabled: panel.blockId > 0
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            background: Rectangle { color: Theme.panel; border.color: Theme.outline }
            font.family: Typography.sans
            font.pixelSize: Typography.px(Math.max(16, Window.height / 48))
            selectByMouse: true
            placeholderText: qsTr("Choose a paragraph above")
        }
    }
    RowLayout {
        spacing: Window.width / 120
        ConsoleButton {
            objectName: "liveEditSave"
            text: qsTr("Change the paragraph")
            enabled: panel.blockId > 0 && editor.text.length > 0
            onClicked: App.agenda.editBlock(panel.blockId, editor.text)
        }
        ConsoleButton {
            objectName: "liveEditInsert"
            text: qsTr("Insert after it")
            enabled: panel.blockId > 0 && editor.text.length > 0
            onClicked: if (App.agenda.insertAfter(panel.blockId, editor.text)) panel.blockId += 1
        }
        ConsoleButton {
            objectName: "liveEditDelete"
            text: qsTr("Delete it")
            enabled: panel.blockId > 0
            onClicked: if (App.agenda.deleteBlock(panel.blockId)) { panel.blockId = 0; editor.text = "" }
        }
    }
}
