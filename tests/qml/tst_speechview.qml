import QtQuick
import QtTest
import Lectern

TestCase {
    id: test
    name: "SpeechView"
    width: 1280
    height: 720
    when: windowShown

    SpeechSession {
        id: session
    }

    Component {
        id: viewComponent
        SpeechView {
            width: 1000
            height: 600
            basePx: 24
        }
    }

    function test_showsEveryBlock() {
        session.source = ":/media/sample-speech.txt"
        compare(session.status, SpeechSession.Ready)
        const view = createTemporaryObject(viewComponent, test, { model: session.model })
        verify(view !== null)
        compare(view.count, session.model.rowCount())
        verify(view.count > 10)
        tryVerify(() => view.itemAtIndex(0) !== null)
        const first = view.itemAtIndex(0)
        compare(first.kind, "title")
        compare(first.text, session.title)
        verify(first.font.pixelSize > 24)
    }

    function test_scrollsToEnd() {
        session.source = ":/media/sample-speech.txt"
        const view = createTemporaryObject(viewComponent, test, { model: session.model })
        view.positionViewAtEnd()
        tryVerify(() => view.itemAtIndex(view.count - 1) !== null)
        compare(view.itemAtIndex(view.count - 1).kind, "closing")
        verify(view.contentY > 0)
    }

    function test_errorLeavesViewEmpty() {
        session.source = "/nonexistent/speech.txt"
        compare(session.status, SpeechSession.Error)
        verify(session.errorString.indexOf("/nonexistent/speech.txt") === 0)
        const view = createTemporaryObject(viewComponent, test, { model: session.model })
        compare(view.count, 0)
    }

    // Keys through the reader's key map: End, Home, PageDown/Space, PageUp.
    function test_keysScroll() {
        session.source = ":/media/sample-speech.txt"
        const view = createTemporaryObject(viewComponent, test, { model: session.model })
        view.forceActiveFocus()
        tryVerify(() => view.itemAtIndex(0) !== null)
        const top = view.contentY
        keyClick(Qt.Key_End)
        tryVerify(() => view.itemAtIndex(view.count - 1) !== null)
        verify(view.contentY > top)
        keyClick(Qt.Key_Home)
        tryVerify(() => view.indexAt(10, view.contentY + 1) === 0) // the title at the top again
        const home = view.contentY
        keyClick(Qt.Key_PageDown)
        const down = view.contentY
        verify(down > home)
        keyClick(Qt.Key_Space)
        verify(view.contentY > down)
        keyClick(Qt.Key_PageUp)
        compare(view.contentY, down)
        compare(ReaderKeys.actionFor(Qt.Key_End, Qt.ControlModifier), ReaderKeys.None)
    }
}
