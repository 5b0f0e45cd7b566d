import QtQuick
import QtTest
import Lectern

// The sign-in screen's pieces: the letter keys type, the card will not
// confirm an empty signature, and signing enables it.
TestCase {
    id: test
    name: "SignIn"
    visible: true
    width: 1280
    height: 720
    when: windowShown

    Component {
        id: keysComponent
        LetterKeys {
            width: 900
            height: 400
        }
    }
    Component {
        id: cardComponent
        SignInCard {
            width: 700
            height: 600
            name: "张三"
            unit: "办公室"
        }
    }

    function test_keysType() {
        const keys = createTemporaryObject(keysComponent, test)
        const letters = signalSpy.createObject(test, { target: keys, signalName: "letter" })
        const erased = signalSpy.createObject(test, { target: keys, signalName: "erase" })
        mouseClick(findChild(keys, "key_Z"))
        mouseClick(findChild(keys, "key_S"))
        mouseClick(findChild(keys, "key_erase"))
        compare(letters.count, 2)
        compare(letters.signalArguments[0][0], "z")
        compare(letters.signalArguments[1][0], "s")
        compare(erased.count, 1)
        // Keys are large for fingers: over 9 mm on a 23-inch 1080p screen (34 px) even in this small test window.
        verify(findChild(keys, "key_Q").width > 34)
    }

    function test_cardNeedsASignature() {
        const card = createTemporaryObject(cardComponent, test)
        const confirmed = signalSpy.createObject(test, { target: card, signalName: "confirmed" })
        const confirm = findChild(card, "confirmButton")
        verify(!confirm.enabled)
        mouseClick(confirm)
        compare(confirmed.count, 0)
        const pad = findChild(card, "signaturePad")
        verify(pad.empty)
        mousePress(pad, 20, 20)
        mouseMove(pad, 80, 60)
        mouseMove(pad, 140, 30)
        mouseRelease(pad, 140, 30)
        verify(!pad.empty)
        tryVerify(() => confirm.enabled)
        mouseClick(confirm)
        compare(confirmed.count, 1)
        const strokes = JSON.parse(confirmed.signalArguments[0][0])
        compare(strokes.strokes.length, 1)
        verify(strokes.strokes[0].length >= 2)
        mouseClick(findChild(card, "againButton"))
        verify(pad.empty)
    }

    function test_alreadySignedInCanOnlyGoBack() {
        const card = createTemporaryObject(cardComponent, test, { alreadySignedIn: true, signedInAt: "08:58" })
        verify(findChild(card, "alreadySignedIn").visible)
        verify(!findChild(card, "confirmButton").visible)
        const back = signalSpy.createObject(test, { target: card, signalName: "cancelled" })
        mouseClick(findChild(card, "backButton"))
        compare(back.count, 1)
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
