import QtQuick
import QtTest
import Lectern

TestCase {
    id: test
    name: "OperatorConsole"
    visible: true // mouse clicks need visible items; TestCase is hidden by default
    width: 1280
    height: 720
    when: windowShown

    SpeechSession {
        id: session
        source: ":/media/sample-speech.txt"
    }
    PrompterViewState {
        id: look
        // The speaker's screen, as its view would report it.
        referenceWidth: 1920
        referenceHeight: 1080
    }
    PrompterController {
        id: prompter
        model: session.model
        viewState: look
    }
    PageModel {
        id: pageModel
        speech: session.model
    }
    PageNavigator {
        id: pageNav
        pages: pageModel
        reading: prompter
    }
    Component {
        id: projectingConsole
        OperatorConsole {
            anchors.fill: parent
            controller: prompter
            model: session.model
            viewState: look
            projector: pageNav
        }
    }

    function test_projectorControls() {
        prompter.home()
        pageNav.follow = true
        const console_ = createTemporaryObject(projectingConsole, test)
        waitForRendering(console_)
        mouseClick(findChild(console_, "projectorNext"))
        compare(pageNav.page, 1)
        verify(!pageNav.follow)
        mouseClick(findChild(console_, "projectorPrevious"))
        compare(pageNav.page, 0)
        prompter.jumpToSection(3)
        compare(pageNav.page, 0) // not following
        mouseClick(findChild(console_, "projectorFollow"))
        verify(pageNav.follow)
        compare(pageNav.page, pageModel.pageOf(prompter.anchorBlock, prompter.anchorOffset))
    }

    Component {
        id: consoleComponent
        OperatorConsole {
            anchors.fill: parent
            controller: prompter
            model: session.model
            viewState: look
        }
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

    function test_buttonsDriveTheSharedController() {
        prompter.home()
        prompter.speed = 180
        const console_ = createTemporaryObject(consoleComponent, test)
        verify(console_ !== null, consoleComponent.errorString())
        waitForRendering(console_) // layouts are placed before the first frame
        const faster = findChild(console_, "faster")
        verify(faster !== null)
        mouseClick(faster)
        compare(prompter.speed, 190)
        mouseClick(findChild(console_, "slower"))
        compare(prompter.speed, 180)
        mouseClick(findChild(console_, "startPause"))
        compare(prompter.state, PrompterController.Countdown)
        mouseClick(findChild(console_, "startPause"))
        compare(prompter.state, PrompterController.Paused)
    }

    function test_targetDurationFromTheField() {
        prompter.home()
        const console_ = createTemporaryObject(consoleComponent, test)
        waitForRendering(console_)
        const field = findChild(console_, "targetDuration")
        verify(field !== null)
        mouseClick(field)
        keyClick(Qt.Key_5)
        keyClick(Qt.Key_Colon, Qt.ShiftModifier)
        keyClick(Qt.Key_0)
        keyClick(Qt.Key_0)
        keyClick(Qt.Key_Return)
        compare(prompter.targetSeconds, 300)
        compare(prompter.speed, Math.round(prompter.total * 60 / 300))
        verify(console_.activeFocus, "the keyboard goes back to the prompter after typing")
    }

    // The console's buttons change the same view state as the keys (so they are saved too).
    function test_lookButtonsChangeTheSharedViewState() {
        look.reset()
        const console_ = createTemporaryObject(consoleComponent, test)
        waitForRendering(console_)
        const px = look.effectiveFontPx
        mouseClick(findChild(console_, "larger"))
        compare(look.effectiveFontPx, px + 4)
        mouseClick(findChild(console_, "smaller"))
        compare(look.effectiveFontPx, px)
        mouseClick(findChild(console_, "mirror"))
        verify(look.mirrorHorizontal)
        mouseClick(findChild(console_, "mirror"))
        verify(!look.mirrorHorizontal)
    }

    // The preview is the speaker's screen scaled to its width, and never a
    // size the renderer chokes on, even before the speaker's screen has a size.
    function test_previewTypeIsScaledAndClamped() {
        look.reset()
        const console_ = createTemporaryObject(consoleComponent, test)
        waitForRendering(console_)
        const preview = findChild(console_, "operatorPreview")
        compare(preview.fontPx, Math.round(look.effectiveFontPx * preview.width / 1920))
        look.referenceWidth = 0  // a speaker window not yet mapped
        verify(preview.fontPx <= Typography.maxPx)
        look.referenceWidth = 1  // or mapped one pixel wide
        verify(preview.fontPx <= Typography.maxPx, preview.fontPx)
        look.referenceWidth = 1920
    }

    function test_previewFollowsTheSameAnchor() {
        const console_ = createTemporaryObject(consoleComponent, test)
        const preview = findChild(console_, "operatorPreview")
        verify(preview !== null)
        prompter.jumpToSection(2)
        tryVerify(() => {
            const r = preview.anchorRect()
            return r.y - 1 <= preview.readingLineY && preview.readingLineY <= r.y + r.height * preview.lineSpacing + preview.list.spacing + 1
        }, 2000)
    }
}
