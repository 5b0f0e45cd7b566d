// Typing the administrator's PIN on the keypad: the rules live here, in C++
// (the dialog only draws the dots and the message): 4–12 digits, the first
// PIN typed twice, a wrong one refused with a live count of the seconds to
// wait, keys pressed meanwhile not taken, the right one granted.
#include "app/AdminGate.h"
#include "app/PinEntry.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

void type(PinEntry &entry, const QString &keys)
{
    for (const QChar c : keys)
        entry.press(QString(c));
    entry.press(QStringLiteral("ok"));
}

} // namespace

class TestPinEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingTheFirstPin_data()
    {
        QTest::addColumn<QStringList>("typings");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<QString>("says");
        QTest::newRow("too short") << QStringList{QStringLiteral("123")} << false << "4 to 12 digits";
        QTest::newRow("first typing") << QStringList{QStringLiteral("2468")} << false << "same PIN again";
        QTest::newRow("the two differ") << QStringList{QStringLiteral("2468"), QStringLiteral("2469")} << false << "differ";
        QTest::newRow("twice the same") << QStringList{QStringLiteral("2468"), QStringLiteral("2468")} << true << "";
        QTest::newRow("twelve digits") << QStringList{QStringLiteral("123456789012"), QStringLiteral("123456789012")} << true << "";
    }
    void settingTheFirstPin()
    {
        QFETCH(QStringList, typings);
        QFETCH(bool, granted);
        QFETCH(QString, says);
        QTemporaryDir dir;
        AdminGate gate(dir.filePath(QStringLiteral("pin.json")));
        PinEntry entry;
        entry.setGate(&gate);
        QVERIFY(entry.setting());
        QSignalSpy grants(&entry, &PinEntry::granted);
        for (const QString &t : std::as_const(typings))
            type(entry, t);
        QCOMPARE(grants.size(), granted ? 1 : 0);
        QCOMPARE(gate.pinSet(), granted);
        QCOMPARE(entry.setting(), !granted);
        QVERIFY2(entry.message().contains(says), qPrintable(entry.message()));
        QCOMPARE(entry.length(), 0);
    }

    void keysAndTheLength()
    {
        QTemporaryDir dir;
        AdminGate gate(dir.filePath(QStringLiteral("pin.json")));
        PinEntry entry;
        entry.setGate(&gate);
        QSignalSpy changed(&entry, &PinEntry::changed);
        for (int i = 0; i < 15; ++i) // never more than 12
            entry.press(QStringLiteral("7"));
        QCOMPARE(entry.length(), 12);
        entry.press(QStringLiteral("del"));
        QCOMPARE(entry.length(), 11);
        entry.press(QStringLiteral("x")); // not a key of the keypad
        entry.press(QStringLiteral("77"));
        QCOMPARE(entry.length(), 11);
        QVERIFY(changed.size() >= 13);
        entry.reset();
        QCOMPARE(entry.length(), 0);
    }

    void aWrongPinWaitsThenTheRightOneIsGranted()
    {
        QTemporaryDir dir;
        AdminGate gate(dir.filePath(QStringLiteral("pin.json")));
        QCOMPARE(gate.setFirstPin(QStringLiteral("2468")), AdminGate::Right);
        PinEntry entry;
        entry.setGate(&gate);
        QVERIFY(!entry.setting());
        QSignalSpy grants(&entry, &PinEntry::granted);
        type(entry, QStringLiteral("1357"));
        QCOMPARE(grants.size(), 0);
        QVERIFY(entry.secondsToWait() > 0);
        QVERIFY(entry.waiting());
        QVERIFY2(entry.message().contains(QString::number(entry.secondsToWait())), qPrintable(entry.message()));
        // While it waits the keypad takes nothing, not even the right PIN.
        type(entry, QStringLiteral("2468"));
        QCOMPARE(grants.size(), 0);
        QCOMPARE(entry.length(), 0);
        // The count runs down by itself and the message goes with it.
        QTRY_COMPARE_WITH_TIMEOUT(entry.secondsToWait(), 0, 5000);
        QVERIFY(!entry.waiting());
        QTRY_COMPARE_WITH_TIMEOUT(entry.message(), QString(), 3000);
        type(entry, QStringLiteral("2468"));
        QCOMPARE(grants.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPinEntry)
#include "tst_pinentry.moc"
