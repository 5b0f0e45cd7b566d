pragma ComponentBehavior: Bound
import QtQuick
import Lectern

// The projected pages. A page is laid out on the fixed logical canvas of its
// PageModel and scaled to this item, so every screen shows the same page. The
// engine decides every line break; this view only draws its lines, one Text
// each, so what was measured is what is shown.
Item {
    id: root

    required property PageModel pages
    required property PageNavigator navigator
    property string title: ""
    readonly property string sectionTitle: pages.sectionOf(navigator.page)
    readonly property bool showClock: navigator.showClock

    readonly property real canvasScale: Math.min(width / pages.canvasWidth, height / pages.canvasHeight)

    Rectangle {
        anchors.fill: parent
        color: Theme.pageBackground
    }

    Item {
        id: canvas
        objectName: "pageCanvas"
        width: root.pages.canvasWidth
        height: root.pages.canvasHeight
        anchors.centerIn: parent
        scale: root.canvasScale

        // Header: the speech's title and the current section.
        Text {
            textFormat: Text.PlainText
            x: root.pages.marginLeft
            y: root.pages.bodyTop - root.pages.headerHeight
            width: canvas.width - 2 * root.pages.marginLeft
            height: root.pages.headerHeight * 0.7
            text: root.title + (root.sectionTitle.length > 0 ? "  ·  " + root.sectionTitle : "")
                  + (root.pages.isContinued(root.navigator.page) ? "  " + qsTr("(continued)") : "")
            color: Theme.pageMuted
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.pages.headerHeight * 0.45)
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        Rectangle {
            x: root.pages.marginLeft
            y: root.pages.bodyTop - root.pages.headerHeight * 0.25
            width: canvas.width - 2 * root.pages.marginLeft
            height: 2
            color: Theme.pageRule
        }

        Repeater {
            id: lines
            objectName: "pageLines"
            model: root.pages.linesOf(root.navigator.page)
            delegate: PageLine {
                pages: root.pages
            }
        }

        // While the pages follow the speaker, the operator can see so (the
        // audience sees a small mark too: it explains why pages turn by themselves).
        Text {
            textFormat: Text.PlainText
            objectName: "followMark"
            anchors.right: parent.right
            anchors.rightMargin: root.pages.marginLeft
            y: root.pages.bodyTop - root.pages.headerHeight
            height: root.pages.headerHeight * 0.7
            verticalAlignment: Text.AlignVCenter
            visible: root.navigator.follow && root.navigator.reading !== null && root.navigator.reading.underway
            text: qsTr("Following the speaker")
            color: Theme.pageMuted
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.pages.headerHeight * 0.35)
        }

        // A paragraph that goes on over the page says so at the foot.
        Text {
            textFormat: Text.PlainText
            x: root.pages.marginLeft
            y: root.pages.footerTop
            height: root.pages.headerHeight
            verticalAlignment: Text.AlignVCenter
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.pages.continues(root.navigator.page)
            text: qsTr("(continued on the next page)")
            color: Theme.pageMuted
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.pages.headerHeight * 0.4)
        }

        // Footer: page n / N, and the time if wanted.
        Text {
            textFormat: Text.PlainText
            objectName: "pageNumber"
            anchors.right: parent.right
            anchors.rightMargin: root.pages.marginLeft
            y: root.pages.footerTop
            height: root.pages.headerHeight
            verticalAlignment: Text.AlignVCenter
            text: root.navigator.typedNumber.length > 0
                  ? qsTr("Go to page %1 …").arg(root.navigator.typedNumber)
                  : qsTr("%1 / %2").arg(root.navigator.page + 1).arg(root.pages.count)
            color: Theme.pageMuted
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.pages.headerHeight * 0.45)
        }
        Text {
            textFormat: Text.PlainText
            x: root.pages.marginLeft
            y: root.pages.footerTop
            height: root.pages.headerHeight
            verticalAlignment: Text.AlignVCenter
            visible: root.showClock
            text: Qt.formatTime(clock.now, "hh:mm")
            color: Theme.pageMuted
            font.family: Typography.sans
            font.pixelSize: Typography.px(root.pages.headerHeight * 0.45)
            Timer {
                id: clock
                property date now: new Date()
                interval: 10000
                repeat: true
                running: root.showClock
                onTriggered: now = new Date()
            }
        }
    }

    // Blank screens are exclusive states; the page under them stays put.
    Rectangle {
        objectName: "blankScreen"
        anchors.fill: parent
        visible: root.navigator.blank !== PageNavigator.NotBlank
        color: root.navigator.blank === PageNavigator.White ? "white" : "black"
    }
}
