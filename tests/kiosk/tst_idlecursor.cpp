// The pointer hides when the mouse rests and comes back when it moves.
#include "kiosk/IdleCursor.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWindow>

using namespace lectern;

class TestIdleCursor : public QObject
{
    Q_OBJECT
private slots:
    void hidesWhenIdleAndComesBack()
    {
        QWindow window;
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        {
            IdleCursor cursor(50);
            QVERIFY(!cursor.hidden());
            QTRY_VERIFY(cursor.hidden());
            QVERIFY(QGuiApplication::overrideCursor());
            QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
            QTest::mouseMove(&window, QPoint(50, 50));
            QVERIFY(!cursor.hidden());
            QVERIFY(!QGuiApplication::overrideCursor());
            QTRY_VERIFY(cursor.hidden()); // and again after resting
        }
        QVERIFY(!QGuiApplication::overrideCursor()); // gone with the kiosk
    }
};

QTEST_MAIN(TestIdleCursor)
#include "tst_idlecursor.moc"
