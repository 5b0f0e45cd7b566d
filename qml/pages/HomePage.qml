pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The start screen: today's meeting with its live counts, and an entry per
// role. Sign-in and the speech open at once; the console, the records and the
// settings ask for the administrator's PIN first (administer). With no
// meeting set up, the speech entries open the sample speech, so that a new
// user sees something useful at once.
FocusScope {
    id: root

    signal administer(string what)

    readonly property real unitPx: Math.max(14, height / 40)

    MeetingSummary {
        id: today
        dataDir: App.dataDir
        meetingId: App.meetingId
    }
    // Live by itself: the summary reads the counts again whenever the door
    // (another screen, the command line) commits a sign-in.
    Timer {
        id: clockTick
        property date now: new Date()
        interval: 1000
        running: root.visible
        repeat: true
        onTriggered: now = new Date()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // The product and the time, quietly.
    Text {
        textFormat: Text.PlainText
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: root.unitPx * 1.2
        text: qsTr("Lectern")
        color: Theme.dimText
        font.family: Typography.serif
        font.pixelSize: Typography.px(root.unitPx * 1.2)
    }
    Text {
        textFormat: Text.PlainText
        objectName: "homeClock"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.unitPx * 1.2
        text: Qt.formatDateTime(clockTick.now, "yyyy-MM-dd  HH:mm")
        color: Theme.dimText
        font.family: Typography.sans
        font.pixelSize: Typography.px(root.unitPx * 1.2)
    }

    // While sign-in is open, phones sign in from here too (扫码签到): the
    // code changes every 15 s, as on the sign-in screen.
    Column {
        id: homePhones
        objectName: "homePhoneCode"
        readonly property string url: App.lan.window >= 0 && today.takesSignIns ? App.lan.signInUrl(today.shownId) : ""
        visible: url.length > 0
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: root.unitPx * 1.2
        // In the margin beside the entries, never over them.
        width: Math.max(0, Math.min((root.width - entries.width) / 2 - root.unitPx * 2.4, root.height * 0.22))
        spacing: root.unitPx * 0.3
        QrCode {
            width: parent.width
            height: width
            text: homePhones.url
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Scan to sign in")
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 0.8)
        }
    }

    // Today's meeting.
    Column {
        id: meeting
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: root.height * 0.09
        anchors.leftMargin: root.width * 0.08
        anchors.rightMargin: root.width * 0.08
        spacing: root.unitPx * 0.6

        Text {
            textFormat: Text.PlainText
            objectName: "homeMeetingTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: today.ready ? today.title : qsTr("No meeting is set up")
            color: Theme.text
            font.family: Typography.serif
            font.bold: true
            font.pixelSize: Typography.px(root.unitPx * 2.2)
            elide: Text.ElideRight
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.5
            height: Math.max(2, root.unitPx / 8)
            color: Theme.accent
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: today.ready
                  ? today.whenWhere
                  : qsTr("The speech entries open the sample speech: “%1”. Set up a meeting in the console.").arg(App.session.title)
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 1.1)
            wrapMode: Text.Wrap
        }
        // The agenda's item on now and its speaker (or the next one to come).
        Text {
            textFormat: Text.PlainText
            objectName: "homeAgendaItem"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: today.ready && App.agenda.hasAgenda && text.length > 0
            text: App.agenda.currentItemId > 0
                  ? qsTr("Now: %1 %2").arg(App.agenda.currentKind + " " + App.agenda.currentTitle).arg(App.agenda.currentSpeaker)
                  : App.agenda.nextTitle.length > 0 ? qsTr("First: %1").arg(App.agenda.nextTitle) : ""
            color: Theme.heading
            font.family: Typography.sans
            font.bold: App.agenda.currentItemId > 0
            font.pixelSize: Typography.px(root.unitPx * 1.1)
            elide: Text.ElideRight
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: today.ready
            spacing: root.unitPx * 2.5
            Repeater {
                model: [
                    { label: qsTr("Expected"), value: today.expected },
                    { label: qsTr("Present"), value: today.present },
                    { label: qsTr("On leave"), value: today.onLeave },
                    today.started ? { label: qsTr("Absent"), value: today.absent }
                                  : { label: qsTr("Not yet arrived"), value: today.notYet },
                    { label: qsTr("Late"), value: today.late }
                ]
                Column {
                    required property var modelData
                    spacing: root.unitPx * 0.2
                    Text {
                        textFormat: Text.PlainText
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: String(parent.modelData.value)
                        color: Theme.heading
                        font.family: Typography.sans
                        font.bold: true
                        font.pixelSize: Typography.px(root.unitPx * 2.4)
                    }
                    Text {
                        textFormat: Text.PlainText
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: parent.modelData.label
                        color: Theme.dimText
                        font.family: Typography.sans
                        font.pixelSize: Typography.px(root.unitPx)
                    }
                }
            }
        }
    }

    // The roles: the three everyone may open, then the three behind the PIN.
    Grid {
        id: entries
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: root.height * 0.07
        columns: 3
        spacing: root.unitPx * 1.2
        readonly property real tileWidth: Math.min(root.width * 0.26, root.unitPx * 16)
        readonly property real tileHeight: Math.max(Theme.touchPx(root.height), root.height * 0.17)

        HomeTile {
            objectName: "homeSignin"
            width: entries.tileWidth
            height: entries.tileHeight
            primary: true
            label: qsTr("Sign-in")
            detail: today.ready ? qsTr("At the door, by name or initials") : qsTr("Needs a meeting (console)")
            enabled: today.ready
            onActivated: { App.meetingId = today.shownId; App.mode = AppOptions.Signin }
        }
        HomeTile {
            objectName: "homePrompter"
            width: entries.tileWidth
            height: entries.tileHeight
            primary: true
            label: qsTr("Teleprompter")
            detail: App.session.title
            enabled: App.session.status === SpeechSession.Ready
            onActivated: App.mode = AppOptions.Prompter
        }
        HomeTile {
            objectName: "homePaged"
            width: entries.tileWidth
            height: entries.tileHeight
            primary: true
            label: qsTr("Projected pages")
            detail: App.session.title
            enabled: App.session.status === SpeechSession.Ready
            onActivated: App.mode = AppOptions.Paged
        }
        HomeTile {
            objectName: "homeConsole"
            width: entries.tileWidth
            height: entries.tileHeight * 0.7
            label: qsTr("Console")
            locked: true
            onActivated: root.administer("meetings")
        }
        HomeTile {
            objectName: "homeRecords"
            width: entries.tileWidth
            height: entries.tileHeight * 0.7
            label: qsTr("Records")
            locked: true
            onActivated: root.administer("records")
        }
        HomeTile {
            objectName: "homeSettings"
            width: entries.tileWidth
            height: entries.tileHeight * 0.7
            label: qsTr("Settings")
            locked: true
            onActivated: root.administer("settings")
        }
    }
}
