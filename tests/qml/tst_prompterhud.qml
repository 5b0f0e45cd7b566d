import QtQuick
import QtTest
import Lectern

// The agenda item's clock on the speaker's HUD: as is with time to spare,
// amber in the last minute, red and counting up once over.
TestCase {
    id: test
    name: "PrompterHud"
    visible: true
    width: 1280
    height: 200
    when: windowShown

    SpeechSession {
        id: session
        source: ":/media/sample-speech.txt"
    }
    PrompterController {
        id: prompter
        model: session.model
    }
    Component {
        id: hudComponent
        PrompterHud {
            width: 1280
            controller: prompter
            itemRunning: true
        }
    }

    function test_itemClock_data() {
        return [
            { tag: "2:00 left", remaining: 120, text: "2:00", colour: Theme.text, shown: false },
            { tag: "0:30 left", remaining: 30, text: "0:30", colour: Theme.lastMinute, shown: true },
            { tag: "0:45 over", remaining: -45, text: "+0:45", colour: Theme.overTime, shown: true },
        ]
    }
    function test_itemClock(data) {
        const hud = createTemporaryObject(hudComponent, test, { itemRemaining: data.remaining })
        verify(hud)
        const clock = findChild(hud, "hudItemClock")
        verify(clock)
        verify(clock.visible)
        verify(clock.text.indexOf(data.text) >= 0, clock.text)
        compare(clock.color, data.colour)
        compare(clock.font.bold, data.remaining <= 60)
        // While the text runs undisturbed the HUD hides, but never in the item's last minute or over it.
        prompter.start()
        tryCompare(prompter, "state", PrompterController.Running, 5000)
        tryCompare(hud, "shown", data.shown, 5000)
        prompter.pause()
        prompter.home()
    }

    function test_noItemNoClock() {
        const hud = createTemporaryObject(hudComponent, test, { itemRunning: false, itemRemaining: -10 })
        verify(!findChild(hud, "hudItemClock").visible)
    }
}
