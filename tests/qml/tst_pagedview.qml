import QtQuick
import QtTest
import Lectern

TestCase {
    id: test
    name: "PagedView"
    width: 960
    height: 540
    visible: true
    when: windowShown

    SpeechSession {
        id: session
        source: ":/media/sample-speech.txt"
    }
    PageModel {
        id: pageModel
        speech: session.model
    }
    PageNavigator {
        id: pageNav
        pages: pageModel
    }
    Component {
        id: viewComponent
        PagedView {
            anchors.fill: parent
            pages: pageModel
            navigator: pageNav
            title: session.title
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

    function test_drawsTheEnginesLines() {
        pageNav.page = 0
        const view = createTemporaryObject(viewComponent, test)
        verify(view !== null, viewComponent.errorString())
        const lines = findChild(view, "pageLines")
        const expected = pageModel.linesOf(0)
        compare(lines.count, expected.length)
        compare(lines.itemAt(0).text, expected[0].styled)
        compare(expected[0].styled, expected[0].text) // a title has no bold lead
        compare(lines.itemAt(0).font.pixelSize, expected[0].px)
        // The 1920×1080 canvas is scaled to the item, whatever its size.
        compare(view.canvasScale, 0.5)
        compare(findChild(view, "pageNumber").text, "1 / " + pageModel.count)
    }

    function test_turnsPagesAndBlanks() {
        pageNav.page = 0
        const view = createTemporaryObject(viewComponent, test)
        const lines = findChild(view, "pageLines")
        pageNav.next()
        compare(lines.itemAt(0).text, pageModel.linesOf(1)[0].styled)
        compare(findChild(view, "pageNumber").text, "2 / " + pageModel.count)
        const blank = findChild(view, "blankScreen")
        verify(!blank.visible)
        pageNav.toggleBlank(PageNavigator.Black)
        verify(blank.visible)
        verify(Qt.colorEqual(blank.color, "black"))
        pageNav.toggleBlank(PageNavigator.White)
        verify(Qt.colorEqual(blank.color, "white"))
        pageNav.toggleBlank(PageNavigator.White)
        verify(!blank.visible)
        compare(pageNav.page, 1)
    }

    Component {
        id: overviewComponent
        PageOverview {
            anchors.fill: parent
            pages: pageModel
            navigator: pageNav
        }
    }

    function test_overviewGoesToThePageClicked() {
        pageNav.page = 0
        const overview = createTemporaryObject(overviewComponent, test)
        verify(overview !== null, overviewComponent.errorString())
        waitForRendering(overview)
        compare(overview.grid.count, pageModel.count)
        let chosen = 0
        overview.chosen.connect(() => ++chosen)
        // The grid lays its cells out on its own polish, not always by the first frame.
        tryVerify(() => overview.grid.itemAtIndex(2) !== null)
        const cell = overview.grid.itemAtIndex(2)
        mouseClick(cell)
        compare(pageNav.page, 2)
        verify(!pageNav.follow)
        compare(chosen, 1)
    }

    PrompterController {
        id: prompter
        model: session.model
    }

    function test_followMarkShowsWhileTheSpeakerReads() {
        pageNav.page = 0
        pageNav.reading = prompter
        pageNav.follow = true
        const view = createTemporaryObject(viewComponent, test)
        const mark = findChild(view, "followMark")
        verify(!mark.visible) // nobody is reading yet
        prompter.resume()
        verify(mark.visible)
        pageNav.follow = false
        verify(!mark.visible)
        prompter.pause()
        pageNav.reading = null
    }

    function test_typedNumberShows() {
        pageNav.page = 0
        const view = createTemporaryObject(viewComponent, test)
        pageNav.handleKey(Qt.Key_3, 0)
        verify(findChild(view, "pageNumber").text.indexOf("3") >= 0)
        pageNav.handleKey(Qt.Key_Return, 0)
        compare(pageNav.page, 2)
        compare(findChild(view, "pageNumber").text, "3 / " + pageModel.count)
    }

    // Every key of the paged display goes through the navigator (C++): the
    // overview, the clock and the type size too; the page only shows state.
    Component {
        id: pagedPage
        PagedPage {
            width: 1280
            height: 720
        }
    }
    function test_keysOfThePagedPage() {
        const page = createTemporaryObject(pagedPage, test)
        verify(page !== null, pagedPage.errorString())
        page.forceActiveFocus()
        tryVerify(() => App.pages.count > 0)
        const overview = findChild(page, "pageOverview")
        verify(!overview.visible)
        keyClick(Qt.Key_G)
        verify(App.navigator.overview)
        verify(overview.visible)
        keyClick(Qt.Key_Escape)
        verify(!overview.visible)
        const clock = App.navigator.showClock
        keyClick(Qt.Key_C)
        compare(App.navigator.showClock, !clock)
        const px = App.pages.effectiveFontPx
        keyClick(Qt.Key_Plus)
        compare(App.pages.effectiveFontPx, px + 6)
        keyClick(Qt.Key_Minus)
        compare(App.pages.effectiveFontPx, px)
        App.navigator.first()
        keyClick(Qt.Key_PageDown)
        compare(App.navigator.page, 1)
    }
}
