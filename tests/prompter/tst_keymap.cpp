#include "prompter/KeyMap.h"

#include <QTest>

using namespace lectern;

Q_DECLARE_METATYPE(lectern::PrompterAction)

class TestKeyMap : public QObject
{
    Q_OBJECT
private slots:
    void everyKey_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<PrompterAction>("action");
        QTest::addColumn<int>("argument");
        const int none = Qt::NoModifier, shift = Qt::ShiftModifier, ctrl = Qt::ControlModifier;
        // Presentation clickers.
        QTest::newRow("PageDown") << int(Qt::Key_PageDown) << none << PrompterAction::NextSection << 0;
        QTest::newRow("PageUp") << int(Qt::Key_PageUp) << none << PrompterAction::PreviousSection << 0;
        QTest::newRow("Right") << int(Qt::Key_Right) << none << PrompterAction::NextSection << 0;
        QTest::newRow("Left") << int(Qt::Key_Left) << none << PrompterAction::PreviousSection << 0;
        QTest::newRow("Space") << int(Qt::Key_Space) << none << PrompterAction::StartPause << 0;
        QTest::newRow("B") << int(Qt::Key_B) << none << PrompterAction::Blank << 0;
        QTest::newRow("period") << int(Qt::Key_Period) << none << PrompterAction::Blank << 0;
        QTest::newRow("F5") << int(Qt::Key_F5) << none << PrompterAction::StartPause << 0;
        QTest::newRow("Shift+F5") << int(Qt::Key_F5) << shift << PrompterAction::StartPause << 0;
        QTest::newRow("Esc") << int(Qt::Key_Escape) << none << PrompterAction::Stop << 0;
        // Operator keyboard.
        QTest::newRow("Enter") << int(Qt::Key_Return) << none << PrompterAction::StartPause << 0;
        QTest::newRow("Up") << int(Qt::Key_Up) << none << PrompterAction::Faster << 0;
        QTest::newRow("Down") << int(Qt::Key_Down) << none << PrompterAction::Slower << 0;
        QTest::newRow("Shift+Up") << int(Qt::Key_Up) << shift << PrompterAction::NudgeBack << 0;
        QTest::newRow("Shift+Down") << int(Qt::Key_Down) << shift << PrompterAction::NudgeForward << 0;
        QTest::newRow("Home") << int(Qt::Key_Home) << none << PrompterAction::Home << 0;
        QTest::newRow("End") << int(Qt::Key_End) << none << PrompterAction::End << 0;
        QTest::newRow("1") << int(Qt::Key_1) << none << PrompterAction::JumpToSection << 1;
        QTest::newRow("9") << int(Qt::Key_9) << none << PrompterAction::JumpToSection << 9;
        QTest::newRow("plus") << int(Qt::Key_Plus) << shift << PrompterAction::FontLarger << 0;
        QTest::newRow("equal") << int(Qt::Key_Equal) << none << PrompterAction::FontLarger << 0;
        QTest::newRow("minus") << int(Qt::Key_Minus) << none << PrompterAction::FontSmaller << 0;
        QTest::newRow("M") << int(Qt::Key_M) << none << PrompterAction::MirrorHorizontal << 0;
        QTest::newRow("V") << int(Qt::Key_V) << none << PrompterAction::MirrorVertical << 0;
        QTest::newRow("N") << int(Qt::Key_N) << none << PrompterAction::NextItem << 0;
        // Not ours.
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << ctrl << PrompterAction::None << 0;
        QTest::newRow("Ctrl+Up") << int(Qt::Key_Up) << ctrl << PrompterAction::None << 0;
        QTest::newRow("0") << int(Qt::Key_0) << none << PrompterAction::None << 0;
        QTest::newRow("X") << int(Qt::Key_X) << none << PrompterAction::None << 0;
    }
    void everyKey()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(PrompterAction, action);
        QFETCH(int, argument);
        const KeyAction got = prompterActionForKey(key, Qt::KeyboardModifiers(modifiers));
        QCOMPARE(got.action, action);
        QCOMPARE(got.argument, argument);
    }
};

QTEST_GUILESS_MAIN(TestKeyMap)
#include "tst_keymap.moc"
