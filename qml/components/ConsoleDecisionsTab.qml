pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// How an item is decided (议定), as the secretary records it during the
// meeting: the item's quorum, its members with where each stands (present,
// on leave, absent, withdrawn), a member's withdrawal (回避) with the
// reason, an absent member's written opinion, the vote's counts (a revote
// with its reason, or 暂缓), and the decision's text. Everything recorded for
// the item shows as the record will print it. The panel is App.decisions.
RowLayout {
    id: tab

    readonly property DecisionDesk desk: App.decisions
    spacing: Window.width / 60

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 3
        spacing: Window.height / 90

        RowLayout {
            spacing: Window.width / 120
            ConsoleText { Layout.fillWidth: false; text: qsTr("Item"); wrapMode: Text.NoWrap }
            ConsoleComboBox {
                id: itemChoice
                objectName: "decisionItem"
                Layout.fillWidth: true
                model: App.agenda.items
                textRole: "name"
                valueRole: "itemId"
                // The panel's item shown as chosen, whichever way it was chosen
                // (here, or the agenda moving on), once the list has it: set,
                // not bound, as choosing in the list would undo a binding.
                function showChosen() { currentIndex = indexOfValue(tab.desk.itemId) }
                onActivated: tab.desk.itemId = currentValue
                onCountChanged: showChosen()
                Component.onCompleted: showChosen()
                Connections {
                    target: tab.desk
                    function onChanged() { itemChoice.showChosen() }
                }
            }
        }
        ConsoleText {
            objectName: "decisionTitle"
            text: tab.desk.itemId > 0 ? tab.desk.itemTitle + (tab.desk.matter.length > 0 ? "  (" + tab.desk.matter + ")" : "")
                                      : qsTr("This meeting has no agenda item to decide on.")
            color: Theme.heading
            font.bold: true
        }
        QuorumLine {
            objectName: "decisionQuorum"
            text: tab.desk.quorumLine
            met: tab.desk.quorumMet
        }
        ConsoleField {
            id: noteField
            objectName: "decisionNote"
            label: qsTr("Reason or opinion")
            placeholder: qsTr("why a member withdraws, or an absent member's written opinion")
        }
        ListView {
            id: members
            objectName: "decisionMembers"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Window.height / 200
            ScrollBar.vertical: ScrollBar { policy: members.contentHeight > members.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            model: tab.desk.members
            delegate: Rectangle {
                id: member
                required property int index
                required property int personId
                required property string name
                required property string standing
                required property string standingLabel
                required property string note
                required property bool canRecuse
                required property bool canSendOpinion
                width: ListView.view.width - Window.height / 60
                implicitHeight: memberLine.implicitHeight + Window.height / 80
                color: Theme.row
                RowLayout {
                    id: memberLine
                    anchors.fill: parent
                    anchors.leftMargin: Window.width / 120
                    anchors.rightMargin: Window.width / 120
                    spacing: Window.width / 100
                    ConsoleText {
                        objectName: "member_" + member.index
                        Layout.fillWidth: true
                        text: member.name + "  ·  " + member.standingLabel + (member.note.length > 0 ? "  ·  " + member.note : "")
                        color: member.standing === "present" ? Theme.text : Theme.dimText
                        elide: Text.ElideRight
                        wrapMode: Text.NoWrap
                    }
                    ConsoleButton {
                        objectName: "recuse_" + member.index
                        visible: member.canRecuse
                        enabled: noteField.text.trim().length > 0
                        text: qsTr("Withdraws")
                        onClicked: if (tab.desk.recuse(member.personId, noteField.text)) noteField.text = ""
                    }
                    ConsoleButton {
                        objectName: "opinion_" + member.index
                        visible: member.canSendOpinion
                        enabled: noteField.text.trim().length > 0
                        text: qsTr("Written opinion")
                        onClicked: if (tab.desk.sendOpinion(member.personId, noteField.text)) noteField.text = ""
                    }
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 2
        spacing: Window.height / 90

        ConsoleText { text: qsTr("Vote"); color: Theme.heading; font.bold: true }
        RowLayout {
            spacing: Window.width / 120
            ConsoleComboBox {
                id: method
                objectName: "voteMethod"
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "key"
                model: [{ key: "hands", label: qsTr("show of hands") }, { key: "secret", label: qsTr("secret ballot") },
                        { key: "named", label: qsTr("named vote") }]
            }
            // 暂缓表决: a toggle the size of the other buttons (the style's check box is tiny on this screen).
            ConsoleButton {
                id: deferred
                objectName: "voteDeferred"
                checkable: true
                text: (checked ? "✓ " : "") + qsTr("deferred")
            }
        }
        ConsoleField { id: votesFor; objectName: "votesFor"; label: qsTr("For"); input.validator: IntValidator { bottom: 0; top: 9999 } }
        ConsoleField { id: votesAgainst; objectName: "votesAgainst"; label: qsTr("Against"); input.validator: IntValidator { bottom: 0; top: 9999 } }
        ConsoleField { id: votesAbstain; objectName: "votesAbstain"; label: qsTr("Abstaining"); input.validator: IntValidator { bottom: 0; top: 9999 } }
        ConsoleField {
            id: voteReason
            objectName: "voteReason"
            label: qsTr("Reason")
            placeholder: tab.desk.votesTaken > 0 ? qsTr("a revote says why it is held") : qsTr("for a deferral, why")
        }
        ConsoleButton {
            objectName: "recordVote"
            enabled: tab.desk.itemId > 0
            text: tab.desk.votesTaken > 0 ? qsTr("Record the revote") : qsTr("Record the vote")
            onClicked: {
                if (tab.desk.vote(method.currentValue, Number(votesFor.text || 0), Number(votesAgainst.text || 0), Number(votesAbstain.text || 0),
                                  deferred.checked, voteReason.text)) {
                    votesFor.text = votesAgainst.text = votesAbstain.text = voteReason.text = ""
                    deferred.checked = false
                }
            }
        }
        ConsoleText {
            objectName: "decisionError"
            visible: text.length > 0
            text: tab.desk.error
            color: Theme.error
        }
        ConsoleText { text: qsTr("Decided (议定事项)"); color: Theme.heading; font.bold: true }
        TextArea {
            id: decision
            objectName: "decisionText"
            Layout.fillWidth: true
            Layout.preferredHeight: Window.height / 8
            text: tab.desk.decision
            wrapMode: TextEdit.Wrap
            font.family: Typography.sans
            font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
            color: Theme.text
            background: Rectangle { color: Theme.panel; border.color: decision.activeFocus ? Theme.heading : Theme.outline }
        }
        ConsoleButton {
            objectName: "saveDecision"
            enabled: tab.desk.itemId > 0 && decision.text.trim().length > 0 && decision.text !== tab.desk.decision
            text: qsTr("Save the decision")
            onClicked: tab.desk.setDecision(decision.text)
        }
        ConsoleText { text: qsTr("On the record"); color: Theme.heading; font.bold: true }
        ListView {
            id: recorded
            objectName: "decisionRecorded"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: tab.desk.recorded
            delegate: ConsoleText {
                required property string modelData
                width: ListView.view.width
                text: modelData
                sizeFactor: 0.85
            }
        }
    }
}
