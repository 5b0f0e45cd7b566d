// The administrator's PIN: a salted slow hash, never the PIN; set once, then
// changed only with the current one; wrong PINs make the next try wait longer.
#include "app/AdminPin.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

constexpr int kFast = 1000; // rounds for the logic tests; the default is checked once

struct Clock
{
    QDateTime now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    std::function<QDateTime()> fn() { return [this] { return now; }; }
};

} // namespace

class TestAdminPin : public QObject
{
    Q_OBJECT
private slots:
    void storedAsASaltedSlowHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin-pin.json"));
        AdminPin pin(path); // the real number of rounds
        QVERIFY(!pin.isSet());
        QCOMPARE(pin.check(QStringLiteral("2468")), AdminPin::Check::NotSet);
        QCOMPARE(pin.set(QStringLiteral("246810")), AdminPin::SetResult::Done);
        QVERIFY(pin.isSet());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray stored = f.readAll();
        QVERIFY(!stored.contains("246810"));
        QVERIFY(stored.contains("pbkdf2-hmac-sha256"));
        QVERIFY(stored.contains(QByteArray::number(AdminPin::kIterations)));
        QVERIFY(AdminPin::kIterations >= 100000);
        QVERIFY(f.permissions() & QFile::ReadOwner);
        QVERIFY(!(f.permissions() & QFile::ReadOther));
        QCOMPARE(pin.check(QStringLiteral("246810")), AdminPin::Check::Right);
    }

    void sameSecretDifferentSalt()
    {
        QTemporaryDir dir;
        AdminPin a(dir.filePath(QStringLiteral("a.json")), kFast), b(dir.filePath(QStringLiteral("b.json")), kFast);
        a.set(QStringLiteral("1234"));
        b.set(QStringLiteral("1234"));
        QFile fa(dir.filePath(QStringLiteral("a.json"))), fb(dir.filePath(QStringLiteral("b.json")));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QVERIFY(fa.readAll() != fb.readAll());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("4 digits") << "1234" << true;
        QTest::newRow("12 digits") << "123456789012" << true;
        QTest::newRow("3 digits") << "123" << false;
        QTest::newRow("13 digits") << "1234567890123" << false;
        QTest::newRow("letters") << "12ab" << false;
        QTest::newRow("full-width digits") << "１２３４" << false;
        QTest::newRow("empty") << "" << false;
    }
    void formats()
    {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        AdminPin p(dir.filePath(QStringLiteral("p.json")), kFast);
        QCOMPARE(p.set(pin) == AdminPin::SetResult::Done, ok);
        QCOMPARE(p.isSet(), ok);
    }

    void changingNeedsTheCurrentPin()
    {
        QTemporaryDir dir;
        Clock clock;
        AdminPin p(dir.filePath(QStringLiteral("p.json")), kFast);
        p.setClock(clock.fn());
        QCOMPARE(p.set(QStringLiteral("1111")), AdminPin::SetResult::Done);
        QCOMPARE(p.set(QStringLiteral("2222")), AdminPin::SetResult::WrongCurrent);
        clock.now = clock.now.addSecs(5);
        QCOMPARE(p.set(QStringLiteral("2222"), QStringLiteral("1111")), AdminPin::SetResult::Done);
        QCOMPARE(p.check(QStringLiteral("2222")), AdminPin::Check::Right);
    }

    // 1 s after the first wrong PIN, 2 s after the second, 4 s … also across a restart.
    void backOffGrowsAndPersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        Clock clock;
        {
            AdminPin p(path, kFast);
            p.setClock(clock.fn());
            p.set(QStringLiteral("4321"));
            QCOMPARE(p.check(QStringLiteral("0000")), AdminPin::Check::Wrong);
            QCOMPARE(p.secondsToWait(), 1);
            QCOMPARE(p.check(QStringLiteral("4321")), AdminPin::Check::Waiting); // even the right one waits
            clock.now = clock.now.addSecs(1);
            QCOMPARE(p.check(QStringLiteral("0000")), AdminPin::Check::Wrong);
            QCOMPARE(p.secondsToWait(), 2);
            clock.now = clock.now.addSecs(2);
            QCOMPARE(p.check(QStringLiteral("0000")), AdminPin::Check::Wrong);
            QCOMPARE(p.secondsToWait(), 4);
        }
        AdminPin again(path, kFast); // a restart does not reset the count
        again.setClock(clock.fn());
        QCOMPARE(again.secondsToWait(), 4);
        QCOMPARE(again.check(QStringLiteral("4321")), AdminPin::Check::Waiting);
        clock.now = clock.now.addSecs(4);
        QCOMPARE(again.check(QStringLiteral("4321")), AdminPin::Check::Right);
        QCOMPARE(again.secondsToWait(), 0); // a right PIN clears the count
        for (int i = 0; i < 12; ++i) {
            clock.now = clock.now.addSecs(600);
            QCOMPARE(again.check(QStringLiteral("9999")), AdminPin::Check::Wrong);
        }
        QCOMPARE(again.secondsToWait(), 300); // capped at 5 minutes
    }

    void damagedFileIsNoPin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"algorithm\":\"pbkdf2-hmac-sha256\",\"salt\":\"xx\",\"hash\":\"yy\",\"iterations\":5}");
        f.close();
        AdminPin p(path, kFast);
        QVERIFY(!p.isSet());
        QCOMPARE(p.check(QStringLiteral("1234")), AdminPin::Check::NotSet);
    }
};

QTEST_GUILESS_MAIN(TestAdminPin)
#include "tst_adminpin.moc"
