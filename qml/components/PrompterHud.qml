import QtQml
import QtQuick
import Lectern

// Heads-up line for the speaker: elapsed, remaining at the current speed,
// wall clock, speed, section, progress and, with a target, ahead/behind.
// It hides itself while reading runs undisturbed, and shows on any change.
Rectangle {
    id: hud

    required property PrompterController controller
    // The agenda item on now: the seconds left of its plan (negative once
    // over); itemRunning false when no item runs (a speech on its own).
    property bool itemRunning: false
    property int itemRemaining: 0
    // The agenda's next item, named when N was pressed once (a second press goes there).
    property string nextItem: ""
    // The item's clock: as is, amber in its last minute, red counting up once over.
    function itemColor(remaining) {
        return remaining < 0 ? Theme.overTime : remaining <= 60 ? Theme.lastMinute : Theme.text
    }
    function itemText(remaining) {
        return remaining < 0 ? "+" + clock(-remaining) : clock(remaining)
    }
    // The item's last minute and its overrun are never hidden from the speaker.
    property bool shown: controller.state !== PrompterController.Running || hideTimer.running
                         || (itemRunning && itemRemaining <= 60) || controller.nextItemArmed

    function clock(seconds) {
        const s = Math.max(0, Math.round(seconds))
        const m = Math.floor(s / 60)
        return m + ":" + String(s % 60).padStart(2, "0")
    }

    readonly property real px: Typography.px(Math.max(16, width / 70))

    implicitHeight: Math.round(row.implicitHeight * 1.6)
    color: Theme.hudBackground
    opacity: shown ? 0.92 : 0
    Behavior on opacity { NumberAnimation { duration: 250 } }

    Timer {
        id: hideTimer
        interval: 3000
    }
    Connections {
        target: hud.controller
        function onSpeedChanged() { hideTimer.restart() }
        function onStateChanged() { hideTimer.restart() }
        function onTargetSecondsChanged() { hideTimer.restart() }
    }
    // The wall clock ticks only while the HUD is on screen: idle means no redraws.
    Timer {
        id: wallClock
        property date now: new Date()
        interval: 1000
        repeat: true
        running: hud.opacity > 0
        triggeredOnStart: true
        onTriggered: now = new Date()
    }

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        height: 4
        width: parent.width * hud.controller.progress
        color: Theme.readingLine
    }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 36

        HudText {
            px: hud.px
            text: qsTr("Elapsed %1").arg(hud.clock(hud.controller.elapsedSeconds)) }
        HudText {
            px: hud.px
            text: qsTr("Remaining %1").arg(hud.clock(hud.controller.remainingSeconds)) }
        HudText {
            px: hud.px
            text: qsTr("%1 chars/min").arg(hud.controller.speed) }
        HudText {
            px: hud.px
            visible: hud.controller.targetSeconds > 0
            text: hud.controller.scheduleSeconds >= 0
                  ? qsTr("Ahead %1").arg(hud.clock(hud.controller.scheduleSeconds))
                  : qsTr("Behind %1").arg(hud.clock(-hud.controller.scheduleSeconds))
            color: hud.controller.scheduleSeconds >= -5 ? Theme.text : Theme.error
        }
        HudText {
            px: hud.px
            visible: hud.controller.sectionTitle.length > 0
            text: hud.controller.sectionTitle
            color: Theme.heading
            elide: Text.ElideRight
            width: Math.min(implicitWidth, hud.width * 0.3)
        }
        HudText {
            objectName: "hudItemClock"
            px: hud.px
            visible: hud.itemRunning
            font.bold: hud.itemRemaining <= 60
            text: qsTr("Item %1").arg(hud.itemText(hud.itemRemaining))
            color: hud.itemColor(hud.itemRemaining)
        }
        HudText {
            objectName: "hudNextItem"
            px: hud.px
            visible: hud.controller.nextItemArmed
            font.bold: true
            text: hud.nextItem.length > 0 ? qsTr("N again: next item, %1").arg(hud.nextItem) : qsTr("N again: end this item")
            color: Theme.lastMinute
            elide: Text.ElideRight
            width: Math.min(implicitWidth, hud.width * 0.35)
        }
        HudText {
            px: hud.px
            text: Qt.formatTime(wallClock.now, "hh:mm") }
        HudText {
            px: hud.px
            visible: hud.controller.state === PrompterController.Paused
            text: qsTr("Paused")
            color: Theme.error
        }
        // Voice-paced: whether the text is following the speaker or waiting for them.
        HudText {
            objectName: "hudListening"
            px: hud.px
            visible: App.voicePaced
            text: hud.controller.voiceHold ? qsTr("Waiting for your voice") : qsTr("Following your voice")
            color: hud.controller.voiceHold ? Theme.dimText : Theme.heading
        }
    }
}
