import QtQuick
import QtTest
import Lectern

// The quorum line the console shows for an item, and the decisions tab that
// carries one: what it says, how it looks met and not met, and that it
// wraps rather than cuts off in a narrow column.
TestCase {
    id: test
    name: "QuorumLine"
    visible: true
    width: 1280
    height: 720
    when: windowShown

    Component {
        id: lineComponent
        QuorumLine { width: 600 }
    }
    Component {
        id: tabComponent
        ConsoleDecisionsTab { anchors.fill: parent }
    }

    function findChild(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChild(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_metAndNotMet() {
        const line = createTemporaryObject(lineComponent, test, { text: "应到 9 · 实到 6 · 需 5 · 已达", met: true })
        const label = findChild(line, "quorumText")
        verify(line.visible)
        compare(label.text, "✓ 应到 9 · 实到 6 · 需 5 · 已达")
        verify(!label.font.bold)
        verify(Qt.colorEqual(label.color, Theme.text))
        verify(Qt.colorEqual(line.color, Theme.panel))
        line.met = false
        line.text = "应到 9 · 实到 5 · 需 6 · 未达"
        compare(label.text, "⚠ 应到 9 · 实到 5 · 需 6 · 未达")
        verify(label.font.bold)
        verify(Qt.colorEqual(label.color, Theme.onColour))
        verify(Qt.colorEqual(line.color, Theme.bad))
        verify(Qt.colorEqual(line.border.color, Theme.overTime))
    }

    function test_emptyIsHidden() {
        const line = createTemporaryObject(lineComponent, test, { text: "", met: false })
        verify(!line.visible)
    }

    function test_wrapsInANarrowColumn() {
        const line = createTemporaryObject(lineComponent, test, { text: "应到 8（回避 1） · 实到 4 · 需 5 · 未达", met: false, width: 120 })
        const label = findChild(line, "quorumText")
        waitForRendering(line)
        verify(!label.truncated)
        verify(label.lineCount > 1)
        verify(line.height >= label.height) // the box grows with its text: nothing spills out
    }

    // The decisions tab with no meeting: it says so, shows no quorum, records nothing.
    function test_decisionsTabWithoutAMeeting() {
        const tab = createTemporaryObject(tabComponent, test)
        waitForRendering(tab)
        verify(findChild(tab, "decisionTitle").text.length > 0)
        verify(!findChild(tab, "decisionQuorum").visible)
        verify(!findChild(tab, "recordVote").enabled)
        compare(findChild(tab, "decisionMembers").count, 0)
    }
}
