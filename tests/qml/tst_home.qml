import QtQuick
import QtTest
import Lectern

// The home screen: an entry per role; the speech entries open their role at
// once, the administrator's ask for the PIN (administer); the language
// switches at run time. The console's tabs show their pages.
TestCase {
    id: test
    name: "Home"
    visible: true
    width: 1280
    height: 720
    when: windowShown

    Component {
        id: homeComponent
        HomePage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: consoleComponent
        ConsolePage {
            width: 1280
            height: 720
        }
    }
    SignalSpy { id: administered; signalName: "administer" }

    function cleanup() {
        App.mode = AppOptions.Home
        App.language = "en"
    }

    function test_entries() {
        const home = createTemporaryObject(homeComponent, test)
        administered.target = home
        administered.clear()
        for (const name of ["homeConsole", "homeRecords", "homeSettings"])
            mouseClick(findChild(home, name))
        compare(administered.count, 3)
        compare(administered.signalArguments[0][0], "meetings")
        compare(administered.signalArguments[1][0], "records")
        compare(administered.signalArguments[2][0], "settings")
        compare(App.mode, AppOptions.Home) // none of them opened anything by itself
        mouseClick(findChild(home, "homePrompter"))
        compare(App.mode, AppOptions.Prompter)
        // Touch targets: at least 9 mm (34 px on a 23-inch 1080p screen) even in this small window.
        verify(findChild(home, "homeSettings").height > 34)
    }

    function test_languageSwitchesAtRunTime() {
        const home = createTemporaryObject(homeComponent, test)
        const console_ = findChild(home, "homeConsole")
        App.language = "en"
        compare(console_.label, "Console")
        App.language = "zh_CN"
        compare(console_.label, "会务")
        App.language = "en"
        compare(console_.label, "Console")
    }

    function test_consoleTabs() {
        const page = createTemporaryObject(consoleComponent, test)
        waitForRendering(page) // the tabs where they are drawn, before tapping one
        verify(findChild(page, "meetingTitleField").visible)
        verify(!findChild(page, "removalList").visible)
        mouseClick(findChild(page, "tab_speech"))
        tryVerify(() => findChild(page, "removalList").visible)
        verify(!findChild(page, "meetingTitleField").visible)
        // The speech in use is what the review opens: the sample's title in the preview.
        tryVerify(() => findChild(page, "speechPreview").text.indexOf(App.session.title) >= 0)
        mouseClick(findChild(page, "tab_settings"))
        tryVerify(() => findChild(page, "quitKiosk").visible)
        mouseClick(findChild(page, "consoleHome"))
        compare(App.mode, AppOptions.Home)
    }
}
