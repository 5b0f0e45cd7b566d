pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// The run order (议程), live: the item on now and next, the projected end
// against the meeting's end (red when it will overrun), and each item's plan,
// actual time and over/under. Next and previous move the speaker's prompter
// and the projected pages to that item's draft; any item can be started,
// played next or skipped, and a break added after the item on now.
RowLayout {
    id: tab

    readonly property AgendaController agenda: App.agenda
    spacing: Window.width / 60

    // Starts an item (0: the next one), asking first when it is a vote
    // without a quorum; going ahead is allowed, and the record says so.
    function start(itemId) {
        const go = () => itemId > 0 ? tab.agenda.startItem(itemId) : tab.agenda.next()
        const warning = tab.agenda.startWarning(itemId)
        if (warning.length > 0)
            confirm.ask(warning, go)
        else
            go()
    }
    ConsoleConfirm { id: confirm; objectName: "agendaConfirm" }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 3
        spacing: Window.height / 90

        ConsoleText {
            visible: tab.agenda.meetingId > 0
            text: tab.agenda.meetingTitle
            color: Theme.heading
            font.bold: true
        }
        ConsoleText {
            objectName: "agendaNow"
            text: !tab.agenda.hasAgenda ? qsTr("This meeting has no agenda. Add items with: lectern agenda add MEETING --title … --kind …")
                  : tab.agenda.currentItemId > 0 ? qsTr("Now: %1 %2  ·  Next: %3").arg(tab.agenda.currentTitle).arg(tab.agenda.currentSpeaker)
                                                       .arg(tab.agenda.nextTitle.length > 0 ? tab.agenda.nextTitle : qsTr("nothing"))
                  : qsTr("Not started  ·  Next: %1").arg(tab.agenda.nextTitle)
            font.bold: true
        }
        // The quorum of the item on now (else the next): members expected, present, needed.
        QuorumLine {
            objectName: "agendaQuorum"
            visible: tab.agenda.hasAgenda && text.length > 0
            text: tab.agenda.quorumLine
            met: tab.agenda.quorumMet
        }
        ConsoleText {
            objectName: "agendaEnd"
            visible: tab.agenda.hasAgenda
            text: (tab.agenda.plannedEnd.length > 0
                   ? qsTr("Projected end %1 · planned end %2 · %3").arg(tab.agenda.projectedEnd).arg(tab.agenda.plannedEnd)
                         .arg(tab.agenda.overrun ? qsTr("%1 over").arg(tab.agenda.endMargin) : qsTr("on time"))
                   : qsTr("Projected end %1").arg(tab.agenda.projectedEnd))
                  + (tab.agenda.overUnder.length > 0 ? "  ·  " + qsTr("items %1").arg(tab.agenda.overUnder) : "")
                  + (tab.agenda.longerThanMeeting ? "  ·  " + qsTr("the agenda is longer than the meeting") : "")
            color: tab.agenda.overrun ? Theme.overTime : Theme.text
        }
        RowLayout {
            visible: tab.agenda.hasAgenda
            spacing: Window.width / 80
            ConsoleButton { objectName: "agendaPrevious"; text: qsTr("Previous item"); onClicked: tab.agenda.previous() }
            ConsoleButton { objectName: "agendaNext"; text: qsTr("Next item"); onClicked: tab.start(0) }
            ConsoleButton { objectName: "agendaBreak"; text: qsTr("Add a 10-minute break"); onClicked: tab.agenda.addBreak(10) }
            ConsoleText { text: tab.agenda.error; color: Theme.error; visible: tab.agenda.error.length > 0 }
        }
        // Re-time an item: its planned minutes by hand (empty: from its draft again).
        RowLayout {
            visible: tab.agenda.hasAgenda
            spacing: Window.width / 120
            ConsoleText { Layout.fillWidth: false; text: qsTr("Re-time"); wrapMode: Text.NoWrap }
            ConsoleComboBox {
                id: retimeItem
                objectName: "retimeItem"
                Layout.fillWidth: true
                model: tab.agenda.items
                textRole: "name"
                valueRole: "itemId"
            }
            TextField {
                id: retimeMinutes
                objectName: "retimeMinutes"
                Layout.preferredWidth: Window.width / 14
                Layout.preferredHeight: Theme.touchPx(Window.height) * 0.7
                placeholderText: qsTr("minutes")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                validator: DoubleValidator { bottom: 0; top: 1440 }
                font.family: Typography.sans
                font.pixelSize: Typography.px(Math.max(16, Window.height / 50))
                leftPadding: Window.height / 120
                // A box to type in, seen in every look (the style's own is dark on dark).
                background: Rectangle { color: Theme.panel; border.color: retimeMinutes.activeFocus ? Theme.heading : Theme.outline }
            }
            ConsoleButton {
                objectName: "retimeSet"
                text: qsTr("Set")
                enabled: retimeItem.currentIndex >= 0
                onClicked: tab.agenda.retime(retimeItem.currentValue, retimeMinutes.text.length > 0 ? Number(retimeMinutes.text) : -1)
            }
        }
        ListView {
            id: list
            objectName: "agendaItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Window.height / 200
            ScrollBar.vertical: ScrollBar { policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            model: tab.agenda.items
            delegate: Rectangle {
                id: row
                required property int index
                required property int itemId
                required property int position
                required property string title
                required property string kind
                required property string speaker
                required property string state
                required property string stateLabel
                required property string planned
                required property string actual
                required property string overUnder
                required property bool over
                required property string startsAt
                required property string matter
                required property string result
                width: ListView.view.width - Window.height / 60 // clear of the scroll bar
                implicitHeight: line.implicitHeight + Window.height / 80
                color: state === "running" ? Theme.rowPressed : Theme.row
                border.color: state === "running" ? Theme.readingLine : "transparent"
                RowLayout {
                    id: line
                    anchors.fill: parent
                    anchors.leftMargin: Window.width / 120
                    anchors.rightMargin: Window.width / 120
                    spacing: Window.width / 100
                    ConsoleText {
                        objectName: "agendaRow_" + row.index
                        Layout.fillWidth: true
                        text: row.position + ". " + row.kind + (row.matter.length > 0 ? " (" + row.matter + ")" : "")
                              + (row.title.length > 0 ? "  " + row.title : "") + (row.speaker.length > 0 ? "  ·  " + row.speaker : "")
                              + (row.result.length > 0 ? "  ·  " + row.result : "")
                        font.bold: row.state === "running"
                        color: row.state === "skipped" ? Theme.dimText : Theme.text
                        elide: Text.ElideRight
                        wrapMode: Text.NoWrap
                    }
                    ConsoleText {
                        Layout.fillWidth: false
                        wrapMode: Text.NoWrap
                        text: qsTr("plan %1").arg(row.planned) + (row.actual.length > 0 ? "  ·  " + row.actual
                                                                 : row.startsAt.length > 0 ? "  ·  " + qsTr("from %1").arg(row.startsAt) : "")
                              + "  ·  " + row.stateLabel
                        color: Theme.dimText
                    }
                    ConsoleText {
                        Layout.fillWidth: false
                        Layout.minimumWidth: Window.width / 18
                        wrapMode: Text.NoWrap
                        text: row.overUnder
                        color: row.over ? Theme.overTime : Theme.good
                        font.bold: row.over
                    }
                    ConsoleButton {
                        objectName: "agendaStart_" + row.index
                        visible: row.state !== "running"
                        text: qsTr("Start")
                        onClicked: tab.start(row.itemId)
                    }
                    ConsoleButton {
                        objectName: "agendaPlayNext_" + row.index
                        visible: row.state === "waiting" || row.state === "skipped"
                        text: qsTr("Play next")
                        onClicked: tab.agenda.playNext(row.itemId)
                    }
                    ConsoleButton {
                        objectName: "agendaSkip_" + row.index
                        visible: row.state === "waiting"
                        text: qsTr("Skip")
                        onClicked: tab.agenda.skipItem(row.itemId)
                    }
                }
            }
        }
    }
    ConsoleLiveEdit {
        visible: tab.agenda.shownItemId > 0
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 2
    }
}
