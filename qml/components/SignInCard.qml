pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The card of the person chosen: name and unit to confirm, a pad to sign on,
// confirm, sign again, or go back. Someone already signed in is told so, and
// can only go back. A walk-in (not on the list) writes name and unit by hand.
Rectangle {
    id: root

    property string name
    property string unit
    property bool alreadySignedIn: false
    property string signedInAt
    property bool walkIn: false
    readonly property alias pad: pad

    signal confirmed(string signature)
    signal cancelled()

    color: Theme.panel
    radius: height * 0.02
    border.color: Theme.heading
    border.width: 2

    readonly property real unitPx: Math.max(16, height / 16)

    function reset() { pad.clear() }

    Column {
        id: texts
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.unitPx
        spacing: root.unitPx * 0.5

        Text {
            textFormat: Text.PlainText
            objectName: "cardName"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.walkIn ? qsTr("Not on the list") : root.name
            color: Theme.text
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 1.8)
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.walkIn ? qsTr("Please write your name and unit below") : root.unit
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx)
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            objectName: "alreadySignedIn"
            visible: root.alreadySignedIn
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Already signed in at %1").arg(root.signedInAt)
            color: Theme.heading
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 1.2)
        }
        Text {
            textFormat: Text.PlainText
            visible: !root.alreadySignedIn && !root.walkIn
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Please sign below")
            color: Theme.dimText
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 0.8)
        }
    }

    // The pad takes what the texts and the buttons leave.
    Rectangle {
        visible: !root.alreadySignedIn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: texts.bottom
        anchors.bottom: buttons.top
        anchors.margins: root.unitPx
        color: Theme.paper
        radius: root.unitPx * 0.3
        SignaturePad {
            id: pad
            objectName: "signaturePad"
            anchors.fill: parent
        }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: pad.empty
            text: qsTr("Sign here")
            color: Theme.paperHint
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 1.4)
        }
    }

    Row {
        id: buttons
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: root.unitPx
        spacing: root.unitPx
        CardButton {
            objectName: "confirmButton"
            visible: !root.alreadySignedIn
            enabled: !pad.empty
            label: qsTr("Confirm")
            accent: true
            onClicked: root.confirmed(pad.toJson())
        }
        CardButton {
            objectName: "againButton"
            visible: !root.alreadySignedIn
            label: qsTr("Sign again")
            onClicked: pad.clear()
        }
        CardButton {
            objectName: "backButton"
            label: qsTr("Back")
            onClicked: root.cancelled()
        }
    }

    component CardButton: Rectangle {
        id: button
        property string label
        property bool accent: false
        signal clicked()
        width: root.unitPx * 5.5
        height: root.unitPx * 2.2
        radius: height * 0.15
        opacity: enabled ? 1 : 0.35
        color: tap.pressed ? Theme.heading : (accent ? Theme.good : Theme.button)
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: button.label
            color: button.accent ? Theme.onColour : Theme.text
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.unitPx * 0.95)
        }
        TapHandler {
            id: tap
            enabled: button.enabled
            onTapped: button.clicked()
        }
    }
}
