pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The sign-in screen at the door, for a touch screen and no instructions:
// type the first letters of your name on the screen's keys (zs for 张三), tap
// your name, sign, confirm. Phone numbers are never shown here. The desk
// (C++) does the searching and the recording; this page only presents it.
FocusScope {
    id: root

    property alias desk: desk
    readonly property real unitPx: Math.max(14, height / 36)

    // A keyboard, when there is one, types too (the operator's, or a scanner's).
    Keys.onPressed: (event) => {
        if (card.visible) {
            if (event.key === Qt.Key_Escape) {
                card.visible = false
                event.accepted = true
            }
            return
        }
        if (event.key === Qt.Key_Backspace) {
            desk.backspace()
        } else if (event.key === Qt.Key_Escape) {
            desk.clearQuery()
        } else if (event.text.length === 1 && /[a-zA-Z]/.test(event.text)) {
            desk.type(event.text)
        } else {
            return
        }
        event.accepted = true
    }

    SignInDesk {
        id: desk
        dataDir: App.dataDir
        meetingId: App.meetingId // the console's choice; 0: today's
        searchFirst: App.options.searchFirst
        onSignedIn: (name, unit, late) => {
            chime.play()
            confirmation.show(name, late)
        }
    }
    SoundCue {
        id: chime
        name: "chime"
        deviceId: App.audio.outputId
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // The meeting and its live counts.
    Column {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.unitPx
        spacing: root.unitPx * 0.3
        Text {
            textFormat: Text.PlainText
            objectName: "meetingTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: desk.ready ? desk.title : qsTr("Sign-in")
            color: Theme.text
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 1.6)
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            textFormat: Text.PlainText
            objectName: "counts"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: desk.ready
            // Before the start nobody is absent: who has not signed in is 未到.
            text: (desk.started ? qsTr("%1 %2 · expected %3 · present %4 · on leave %5 · absent %6 · late %7 · %8%")
                                : qsTr("%1 %2 · expected %3 · present %4 · on leave %5 · not yet arrived %6 · late %7 · %8%"))
                    .arg(desk.startText).arg(desk.place).arg(desk.expected).arg(desk.present)
                    .arg(desk.onLeave).arg(desk.started ? desk.absent : desk.notYet).arg(desk.late)
                    .arg(desk.expected > 0 ? Math.round(desk.present * 1000 / desk.expected) / 10 : 0)
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx)
        }
    }

    // A database restored from a backup: the operator must know at once.
    Rectangle {
        objectName: "recoveryBanner"
        visible: desk.recovery.length > 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: recoveryText.implicitHeight + root.unitPx
        color: Theme.bad
        z: 10
        Text {
            textFormat: Text.PlainText
            id: recoveryText
            anchors.centerIn: parent
            width: parent.width - root.unitPx * 2
            wrapMode: Text.Wrap
            text: desk.recovery
            color: Theme.text
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 0.8)
        }
    }

    Text {
        textFormat: Text.PlainText
        objectName: "deskError"
        anchors.centerIn: parent
        width: parent.width * 0.7
        visible: !desk.ready
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: desk.error
        color: Theme.error
        font.family: Typography.sans
        font.pixelSize: Typography.px(root.unitPx * 1.3)
    }

    Item {
        visible: desk.ready
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: root.unitPx

        // What was typed, and the people it finds.
        Column {
            id: left
            width: parent.width * 0.42
            height: parent.height
            spacing: root.unitPx * 0.5
            Rectangle {
                width: parent.width
                height: root.unitPx * 3
                radius: height * 0.15
                color: Theme.panel
                Text {
                    textFormat: Text.PlainText
                    objectName: "query"
                    anchors.fill: parent
                    anchors.leftMargin: root.unitPx
                    verticalAlignment: Text.AlignVCenter
                    text: desk.query.length > 0 ? desk.query.toUpperCase() : qsTr("Type the first letters of your name, e.g. ZS for 张三")
                    color: desk.query.length > 0 ? Theme.heading : Theme.dimText
                    font.family: Typography.sans
                    font.pixelSize: Typography.px(desk.query.length > 0 ? root.unitPx * 1.6 : root.unitPx * 0.9)
                    font.letterSpacing: desk.query.length > 0 ? root.unitPx * 0.3 : 0
                    elide: Text.ElideRight
                }
            }
            ListView {
                id: results
                objectName: "results"
                width: parent.width
                height: parent.height - root.unitPx * 7
                clip: true
                model: desk.results
                spacing: root.unitPx * 0.3
                delegate: Rectangle {
                    id: rowItem
                    required property int index
                    required property string name
                    required property string unit
                    required property bool signedIn
                    objectName: "result_" + index
                    width: ListView.view.width
                    height: root.unitPx * 3
                    radius: height * 0.12
                    color: rowTap.pressed ? Theme.rowPressed : Theme.row
                    Text {
                        textFormat: Text.PlainText
                        anchors.left: parent.left
                        anchors.leftMargin: root.unitPx
                        anchors.verticalCenter: parent.verticalCenter
                        text: rowItem.name
                        color: Theme.text
                        font.family: Typography.sans
                        font.pixelSize: Typography.px(root.unitPx * 1.4)
                    }
                    Text {
                        textFormat: Text.PlainText
                        anchors.right: parent.right
                        anchors.rightMargin: root.unitPx
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width * 0.5
                        horizontalAlignment: Text.AlignRight
                        text: rowItem.signedIn ? qsTr("%1 · signed in").arg(rowItem.unit) : rowItem.unit
                        color: rowItem.signedIn ? Theme.heading : Theme.dimText
                        font.family: Typography.sans
                        font.pixelSize: Typography.px(root.unitPx * 0.9)
                        elide: Text.ElideLeft
                    }
                    TapHandler {
                        id: rowTap
                        onTapped: card.open(rowItem.index, rowItem.name, rowItem.unit, rowItem.signedIn)
                    }
                }
            }
            Rectangle {
                objectName: "walkInButton"
                width: parent.width
                height: root.unitPx * 2.6
                radius: height * 0.15
                color: walkTap.pressed ? Theme.rowPressed : Theme.row
                border.color: Theme.outline
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: qsTr("My name is not on the list")
                    color: Theme.dimText
                    font.family: Typography.sans
                    font.pixelSize: Typography.px(root.unitPx)
                }
                TapHandler {
                    id: walkTap
                    onTapped: card.openWalkIn()
                }
            }
        }

        LetterKeys {
            objectName: "letterKeys"
            anchors.left: left.right
            anchors.leftMargin: root.unitPx
            anchors.right: phonePanel.visible ? phonePanel.left : parent.right
            anchors.rightMargin: phonePanel.visible ? root.unitPx : 0
            height: parent.height
            onLetter: (l) => desk.type(l)
            onErase: desk.backspace()
            onClearAll: desk.clearQuery()
        }

        // 扫码签到: the code changes every 15 s (a photo of it sent on stops
        // working); the room's Wi-Fi first when one is configured; the
        // address in words for a phone that cannot scan.
        Column {
            id: phonePanel
            objectName: "phonePanel"
            // Phones sign into the meeting this screen shows, with the code of this window.
            readonly property string url: App.lan.window >= 0 ? App.lan.signInUrl(desk.meetingId) : ""
            visible: url.length > 0
            anchors.right: parent.right
            width: Math.min(parent.width * 0.22, parent.height * 0.42)
            spacing: root.unitPx * 0.4
            Text {
                textFormat: Text.PlainText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Or scan with your phone")
                color: Theme.heading
                font.family: Typography.sans
                font.pixelSize: Typography.px(root.unitPx * 1.1)
                font.bold: true
            }
            QrCode {
                objectName: "signInCode"
                width: parent.width
                height: width
                text: phonePanel.url
            }
            Text {
                textFormat: Text.PlainText
                objectName: "lanAddress"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WrapAnywhere
                text: App.lan.address
                color: Theme.dimText
                font.family: Typography.sans
                font.pixelSize: Typography.px(root.unitPx * 0.75)
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                visible: App.lan.wifiCode.length > 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Not on the room's Wi-Fi? Scan this first: %1").arg(App.lan.wifiName)
                color: Theme.text
                font.family: Typography.sans
                font.pixelSize: Typography.px(root.unitPx * 0.75)
            }
            QrCode {
                objectName: "wifiCode"
                visible: App.lan.wifiCode.length > 0
                width: parent.width * 0.6
                height: width
                anchors.horizontalCenter: parent.horizontalCenter
                text: App.lan.wifiCode
            }
        }
    }

    // Dims everything behind the card.
    Rectangle {
        anchors.fill: parent
        color: "#c0000000"
        visible: card.visible
        TapHandler {} // taps outside the card do nothing
    }

    SignInCard {
        id: card
        objectName: "signInCard"
        visible: false
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.6, parent.height * 1.1)
        height: parent.height * 0.8
        property int row: -1

        function open(row, name, unit, signedIn) {
            card.row = row
            card.walkIn = false
            card.name = name
            card.unit = unit
            card.alreadySignedIn = signedIn
            card.signedInAt = desk.signedInTime(row)
            card.reset()
            card.visible = true
        }
        function openWalkIn() {
            card.row = -1
            card.walkIn = true
            card.alreadySignedIn = false
            card.reset()
            card.visible = true
        }
        onCancelled: visible = false
        onConfirmed: (signature) => {
            const outcome = walkIn ? desk.signInWalkIn(signature) : desk.signIn(row, signature)
            if (outcome === SignInDesk.AlreadySignedIn) {
                alreadySignedIn = true
                return
            }
            visible = false
            if (outcome !== SignInDesk.Recorded)
                confirmation.fail()
        }
    }

    // Said at once, and gone by itself: the screen is ready for the next person.
    Rectangle {
        id: confirmation
        objectName: "confirmation"
        property string message
        property bool good: true
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: header.bottom
        anchors.topMargin: root.unitPx * 0.5
        width: label.implicitWidth + root.unitPx * 3
        height: root.unitPx * 3.2
        radius: height * 0.2
        color: good ? Theme.good : Theme.bad
        opacity: 0
        visible: opacity > 0
        Text {
            textFormat: Text.PlainText
            id: label
            anchors.centerIn: parent
            text: confirmation.message
            color: Theme.onColour
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 1.4)
        }
        function show(name, late) {
            good = true
            message = late ? qsTr("%1 signed in (late)").arg(name) : qsTr("%1 signed in. Thank you!").arg(name)
            fade.restart()
        }
        function fail() {
            good = false
            message = qsTr("Not recorded. Please ask the staff.")
            fade.restart()
        }
        SequentialAnimation {
            id: fade
            NumberAnimation { target: confirmation; property: "opacity"; to: 1; duration: 80 }
            PauseAnimation { duration: 1800 }
            NumberAnimation { target: confirmation; property: "opacity"; to: 0; duration: 400 }
        }
    }
}
