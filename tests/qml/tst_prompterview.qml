import QtQuick
import QtTest
import Lectern

TestCase {
    id: test
    name: "PrompterView"
    visible: true // mouse and wheel events need visible items; TestCase is hidden by default
    width: 1280
    height: 720
    when: windowShown

    SpeechSession {
        id: session
        source: ":/media/sample-speech.txt"
    }
    PrompterViewState {
        id: look
    }
    PrompterController {
        id: prompter
        model: session.model
        viewState: look
        countdownSeconds: 1
    }
    Component {
        id: viewComponent
        PrompterView {
            width: 1200
            height: 700
            controller: prompter
            model: session.model
            viewState: look
        }
    }

    function makeView() {
        prompter.home()
        prompter.pause()
        look.reset()
        look.fontPx = 40
        const view = createTemporaryObject(viewComponent, test)
        verify(view !== null, viewComponent.errorString())
        tryVerify(() => view.list.count === session.model.rowCount())
        wait(50)
        return view
    }

    // The reading line crosses the line that holds the controller's anchor: at
    // most one line advance below that character's top.
    function verifyAnchorAtReadingLine(view, what) {
        let r = null
        const ok = () => {
            r = view.anchorRect()
            const advance = r.height * view.lineSpacing + view.list.spacing
            return r.y - 1 <= view.readingLineY && view.readingLineY <= r.y + advance + 1
        }
        if (!tryVerifyQuietly(ok, 2000))
            fail(what + ": anchor drawn at " + (r ? r.y + " (height " + r.height + ")" : "nowhere") + ", reading line at " + view.readingLineY)
    }

    // tryVerify without failing, so that the failure can say what it saw.
    function tryVerifyQuietly(condition, timeout) {
        const deadline = Date.now() + timeout
        while (Date.now() < deadline) {
            if (condition())
                return true
            wait(20)
        }
        return condition()
    }

    function test_startsAtTheTitle() {
        const view = makeView()
        verifyAnchorAtReadingLine(view, "start")
        compare(prompter.anchorBlock, 1)
    }

    function test_followsThePosition() {
        const view = makeView()
        const before = view.list.contentY
        prompter.jumpToSection(2)
        verifyAnchorAtReadingLine(view, "section 2")
        verify(view.list.contentY > before)
        prompter.nudge(60)
        verifyAnchorAtReadingLine(view, "nudged")
    }

    function test_keepsThePlaceAcrossReflow_data() {
        return [
            { tag: "font larger", prop: "fontPx", value: 64 },
            { tag: "font smaller", prop: "fontPx", value: 28 },
            { tag: "wider margins", prop: "sideMargin", value: 0.2 },
            { tag: "narrower window", prop: "width", value: 700, onView: true },
            { tag: "reading line lower", prop: "readingLine", value: 0.5 },
            { tag: "line spacing", prop: "lineSpacing", value: 1.8 },
            { tag: "mirrored", prop: "mirrorHorizontal", value: true },
        ]
    }
    function test_keepsThePlaceAcrossReflow(data) {
        const view = makeView()
        prompter.jumpToSection(2)
        prompter.nudge(37)
        verifyAnchorAtReadingLine(view, "before")
        const block = prompter.anchorBlock
        const offset = prompter.anchorOffset
        if (data.onView)
            view[data.prop] = data.value
        else
            look[data.prop] = data.value
        compare(prompter.anchorBlock, block)      // the controller's place is untouched
        compare(prompter.anchorOffset, offset)
        verifyAnchorAtReadingLine(view, data.tag) // and the view shows it at the reading line
    }

    function test_dimsWhatWasRead() {
        const view = makeView()
        prompter.jumpToSection(3)
        tryVerify(() => view.list.itemAtIndex(prompter.blockRow) !== null)
        const current = view.list.itemAtIndex(prompter.blockRow)
        compare(Qt.colorEqual(current.color, Theme.prompterHeading), true)
        verify(prompter.blockRow > 0)
        tryVerify(() => view.list.itemAtIndex(prompter.blockRow - 1) !== null)
        const before = view.list.itemAtIndex(prompter.blockRow - 1)
        compare(Qt.colorEqual(before.color, Theme.prompterRead), true)
        view.dimRead = false
        compare(Qt.colorEqual(before.color, Theme.prompterRead), false)
    }

    function test_highlightsTheSentenceBeingRead() {
        const view = makeView()
        prompter.jumpToSection(1)
        prompter.nudge(12)
        tryVerify(() => view.list.itemAtIndex(prompter.blockRow) !== null)
        const item = view.list.itemAtIndex(prompter.blockRow)
        const sentence = item.getText(prompter.sentenceStart, prompter.sentenceEnd)
        verify(sentence.length > 0)
        tryCompare(item, "selectedText", sentence)
        view.highlightSentence = false
        tryCompare(item, "selectedText", "")
    }

    // A point's lead sentence is laid out and drawn bold, the rest is not.
    function test_pointLeadsAreBold() {
        const view = makeView()
        let points = 0
        for (let row = 0; row < session.model.rowCount(); ++row) {
            const index = session.model.index(row, 0)
            if (session.model.data(index, SpeechModel.KindRole) !== "point")
                continue
            const lead = session.model.data(index, SpeechModel.LeadLengthRole)
            verify(lead > 0)
            view.list.positionViewAtIndex(row, ListView.Contain)
            tryVerify(() => view.list.itemAtIndex(row) !== null)
            const item = view.list.itemAtIndex(row)
            verify(item.boldAt(0), "row " + row)
            verify(item.boldAt(lead - 1), "row " + row)
            verify(!item.boldAt(lead + 1), "row " + row)
            ++points
        }
        verify(points >= 2)
    }

    function test_wheelNudgesByALine() {
        const view = makeView()
        prompter.jumpToSection(2)
        const before = prompter.position
        mouseWheel(view, 600, 350, 0, -120)
        compare(prompter.position, before + view.charsPerLine())
        mouseWheel(view, 600, 350, 0, 120)
        compare(prompter.position, before)
    }

    function test_dragMovesTheTextAndResumes() {
        const view = makeView()
        prompter.jumpToSection(2)
        prompter.resume()
        compare(prompter.state, PrompterController.Running)
        const before = prompter.position
        mousePress(view, 600, 500)
        for (let y = 480; y >= 200; y -= 20)
            mouseMove(view, 600, y)
        compare(prompter.state, PrompterController.Paused) // a finger holds the text
        verify(prompter.position > before + 10, prompter.position + " vs " + before)
        mouseRelease(view, 600, 200)
        compare(prompter.state, PrompterController.Running)
        prompter.pause()
    }

    // Keys go through the application's routing (the page's handler, the
    // controller's key map), and the view keys change the shared view state.
    Component {
        id: pageComponent
        PrompterPage {
            width: 1200
            height: 700
        }
    }
    function test_keysReachTheControllerThroughTheApp() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page !== null, pageComponent.errorString())
        page.forceActiveFocus()
        App.prompter.home()
        App.prompterView.reset()
        tryVerify(() => App.prompterView.referenceHeight === 700)
        keyClick(Qt.Key_PageDown)
        compare(App.prompter.sectionNumber, 1)
        const speed = App.prompter.speed
        keyClick(Qt.Key_Up)
        compare(App.prompter.speed, speed + 10)
        keyClick(Qt.Key_Down)
        compare(App.prompter.speed, speed)
        const px = App.prompterView.effectiveFontPx
        keyClick(Qt.Key_Plus)
        compare(App.prompterView.effectiveFontPx, px + 4)
        keyClick(Qt.Key_M)
        verify(App.prompterView.mirrorHorizontal)
        keyClick(Qt.Key_M)
        verify(!App.prompterView.mirrorHorizontal)
    }

    // Runs of spaces and tabs: the view's text has the model's offsets, so the
    // highlighted sentence is exactly the model's sentence.
    SpeechSession {
        id: spaced
        source: Qt.resolvedUrl("data/spaces.txt")
    }
    PrompterController {
        id: spacedPrompter
        model: spaced.model
    }
    Component {
        id: spacedView
        PrompterView {
            width: 1200
            height: 700
            controller: spacedPrompter
            model: spaced.model
            viewState: look
        }
    }
    function test_spacesKeepOffsets() {
        compare(spaced.status, SpeechSession.Ready, spaced.errorString)
        const view = createTemporaryObject(spacedView, test)
        tryVerify(() => view.list.count === spaced.model.rowCount())
        for (let row = 0; row < spaced.model.rowCount(); ++row) {
            view.list.positionViewAtIndex(row, ListView.Contain)
            tryVerify(() => view.list.itemAtIndex(row) !== null)
            const item = view.list.itemAtIndex(row)
            const text = spaced.model.data(spaced.model.index(row, 0), SpeechModel.TextRole)
            compare(item.length, text.length, "block " + row)
            compare(item.getText(0, item.length), text)
        }
        // The second sentence of the spaced paragraph, highlighted exactly.
        const row = 3
        const text = spaced.model.data(spaced.model.index(row, 0), SpeechModel.TextRole)
        verify(text.indexOf("    ") > 0 && text.indexOf("\t") > 0, text)
        const id = spaced.model.data(spaced.model.index(row, 0), SpeechModel.BlockIdRole)
        spacedPrompter.setAnchor(id, text.indexOf("第二句"))
        compare(spacedPrompter.blockRow, row)
        const item = view.list.itemAtIndex(row)
        tryCompare(item, "selectedText", text.substring(spacedPrompter.sentenceStart, spacedPrompter.sentenceEnd))
        verify(item.selectedText.indexOf("第二句") === 0, item.selectedText)
    }

    function test_countdownAndBlank() {
        const view = makeView()
        prompter.start()
        compare(prompter.state, PrompterController.Countdown)
        tryCompare(prompter, "state", PrompterController.Running, 5000)
        const at = prompter.position
        tryVerify(() => prompter.position > at + 2, 3000) // frames drive it at 180 字/分钟
        prompter.pause()
        const blank = findChild(view, "blank")
        verify(!blank.visible)
        prompter.blanked = true
        verify(blank.visible) // black over everything, HUD included
        prompter.blanked = false
        verify(!blank.visible)
    }

    // The speaker's window is cleared to the prompter's colour: no second,
    // full-screen fill under the text (it costs a sixth of a core on
    // llvmpipe); a preview in a window of another colour keeps its own.
    function test_backgroundOnlyWhereTheWindowDiffers() {
        const view = makeView()
        const window = view.Window.window
        verify(window !== null)
        const background = findChild(view, "prompterBackground")
        const before = window.color
        window.color = "white"
        verify(background.visible)
        window.color = Theme.prompterBackground
        verify(!background.visible)
        window.color = before
    }

    // Mirrored for beam-splitter glass, the speaker sees the very same picture
    // flipped: every line image, the reading line and the HUD (on OpenGL the
    // line quads are drawn by another path than Qt's image nodes).
    function test_mirroredIsTheSamePictureFlipped() {
        const view = makeView()
        prompter.jumpToSection(1)
        prompter.nudge(12)
        waitForRendering(view)
        const plain = grabImage(view)
        look.mirrorHorizontal = true
        waitForRendering(view)
        const mirrored = grabImage(view)
        const w = plain.width
        compare(mirrored.width, w)
        const light = (image, x, y) => image.red(x, y) + image.green(x, y) + image.blue(x, y) > 300
        let ink = 0, same = 0, flipped = 0, samples = 0
        for (let y = 0; y < plain.height; y += 3) {
            for (let x = 1; x < w; x += 3) {
                const a = light(plain, x, y)
                ++samples
                ink += a ? 1 : 0
                same += a === light(mirrored, x, y) ? 1 : 0
                flipped += a === light(mirrored, w - 1 - x, y) ? 1 : 0
            }
        }
        verify(ink > samples / 50, "text on screen: " + ink + " of " + samples)
        verify(flipped > samples * 0.995, "flipped picture matches at " + flipped + " of " + samples)
        verify(same < flipped - ink / 4, "mirroring changed the picture")
    }

    // The remote's look-up cue: the speaker's screen flashes (the edge and
    // "look up" in the amber of the last minute) three times, then nothing
    // is left over the text.
    function test_lookUpCueFlashesAndGoes() {
        const view = makeView()
        const cue = findChild(view, "lookUpCue")
        verify(cue !== null)
        compare(cue.visible, false)
        prompter.cueLookUp()
        tryVerify(() => cue.opacity > 0.9, 1000)
        const shown = grabImage(view)
        const edge = shown.pixel(4, view.height / 2)
        const amber = Theme.lastMinute
        // Mid-fade the frame may be a little short of full: near the amber, not the black background.
        verify(Math.abs(edge.r - amber.r) < 0.1 && Math.abs(edge.g - amber.g) < 0.1 && Math.abs(edge.b - amber.b) < 0.1,
               "edge is " + edge + ", amber " + amber)
        tryVerify(() => !cue.visible, 4000)
    }
}
