// The rotating sign-in token and the rate per address, on a clock the test sets.
#include "lan/RateLimiter.h"
#include "lan/RoomToken.h"
#include "lan/RoomSecret.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern::lan;

namespace {
const QByteArray kSecret = QByteArray(32, '\x5a');
const QDateTime kNoon = QDateTime::fromSecsSinceEpoch(1796000007); // inside a window
}

class TestRoomToken : public QObject
{
    Q_OBJECT
private slots:
    // A code shown at `shownAt` seconds, opened `openedAfter` seconds later.
    void windows_data()
    {
        QTest::addColumn<int>("shownAt");     // seconds into a window when the code was on the screen
        QTest::addColumn<int>("openedAfter"); // seconds later
        QTest::addColumn<int>("expected");    // TokenCheck
        QTest::newRow("at once") << 0 << 0 << int(TokenCheck::Current);
        QTest::newRow("end of its window") << 0 << 14 << int(TokenCheck::Current);
        QTest::newRow("the next window") << 0 << 15 << int(TokenCheck::Previous);
        QTest::newRow("shown late, opened in the next") << 14 << 1 << int(TokenCheck::Previous);
        QTest::newRow("end of the next window") << 0 << 29 << int(TokenCheck::Previous);
        QTest::newRow("two windows on: stale") << 0 << 30 << int(TokenCheck::Stale);
        QTest::newRow("shown late, 15 s on: still taken") << 14 << 15 << int(TokenCheck::Previous);
        QTest::newRow("shown late, 16 s on: stale") << 14 << 16 << int(TokenCheck::Stale);
        QTest::newRow("a photo sent on, ten minutes later") << 3 << 600 << int(TokenCheck::Stale);
        QTest::newRow("from a clock ahead") << 0 << -15 << int(TokenCheck::Stale);
        QTest::newRow("two days later: not even known as stale") << 0 << 2 * 86400 << int(TokenCheck::Invalid);
    }
    void windows()
    {
        QFETCH(int, shownAt);
        QFETCH(int, openedAfter);
        QFETCH(int, expected);
        const qint64 start = windowAt(kNoon) * kWindowSeconds; // the start of a window
        const QDateTime shown = QDateTime::fromSecsSinceEpoch(start + shownAt);
        const QString token = tokenFor(kSecret, 7, windowAt(shown));
        QCOMPARE(int(checkToken(kSecret, 7, token, shown.addSecs(openedAfter))), expected);
        // Every photo stops working within 30 s of being taken.
        if (openedAfter >= 30)
            QVERIFY(!accepted(checkToken(kSecret, 7, token, shown.addSecs(openedAfter))));
    }

    void onlyThisMeetingAndThisSecret()
    {
        const QString token = tokenFor(kSecret, 7, windowAt(kNoon));
        QCOMPARE(token.size(), 16);
        QCOMPARE(checkToken(kSecret, 7, token, kNoon), TokenCheck::Current);
        QCOMPARE(checkToken(kSecret, 8, token, kNoon), TokenCheck::Invalid);
        QCOMPARE(checkToken(QByteArray(32, '\x5b'), 7, token, kNoon), TokenCheck::Invalid);
        QCOMPARE(checkToken({}, 7, token, kNoon), TokenCheck::Invalid);
        QCOMPARE(checkToken(kSecret, 7, token.toUpper(), kNoon), token.toUpper() == token ? TokenCheck::Current : TokenCheck::Invalid);
        QCOMPARE(checkToken(kSecret, 7, token.left(15), kNoon), TokenCheck::Invalid);
        QCOMPARE(checkToken(kSecret, 7, QString(), kNoon), TokenCheck::Invalid);
        // Each window has its own token.
        QVERIFY(tokenFor(kSecret, 7, windowAt(kNoon)) != tokenFor(kSecret, 7, windowAt(kNoon) + 1));
        QCOMPARE(windowEnd(kNoon).toSecsSinceEpoch() % kWindowSeconds, 0);
        QVERIFY(windowEnd(kNoon) > kNoon && windowEnd(kNoon) <= kNoon.addSecs(kWindowSeconds));
    }

    // The secret is made once, kept for the kiosk's user only, and read back the same.
    void theSecretIsKept()
    {
        QTemporaryDir dir;
        QString error;
        const QByteArray first = roomSecret(dir.path(), &error);
        QCOMPARE(first.size(), 32);
        QVERIFY(error.isEmpty());
        QCOMPARE(roomSecret(dir.path()), first);
        const QFile::Permissions p = QFile::permissions(dir.filePath(QStringLiteral("lan-secret")));
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther)));
        // A damaged one is replaced, not used.
        QFile f(dir.filePath(QStringLiteral("lan-secret")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("short");
        f.close();
        const QByteArray fresh = roomSecret(dir.path());
        QCOMPARE(fresh.size(), 32);
        QVERIFY(fresh != first);
        // A folder that cannot be written: an error naming the file, no secret.
        const QByteArray none = roomSecret(QStringLiteral("/proc/lectern-no-such"), &error);
        QVERIFY(none.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("lan-secret")), qPrintable(error));
    }

    void rateLimit_data()
    {
        QTest::addColumn<int>("perSecond");
        QTest::addColumn<int>("requests");  // at once
        QTest::addColumn<int>("allowed");
        QTest::newRow("under") << 20 << 15 << 15;
        QTest::newRow("at") << 20 << 20 << 20;
        QTest::newRow("over") << 20 << 50 << 20;
        QTest::newRow("one a second") << 1 << 5 << 1;
    }
    void rateLimit()
    {
        QFETCH(int, perSecond);
        QFETCH(int, requests);
        QFETCH(int, allowed);
        RateLimiter limiter(perSecond);
        int n = 0;
        for (int i = 0; i < requests; ++i)
            n += limiter.allow(QStringLiteral("10.0.0.1"), 1000) ? 1 : 0;
        QCOMPARE(n, allowed);
        // Another address has its own bucket.
        QVERIFY(limiter.allow(QStringLiteral("10.0.0.2"), 1000));
        // Refilled at the rate: after a second, `perSecond` more.
        int later = 0;
        for (int i = 0; i < 2 * perSecond; ++i)
            later += limiter.allow(QStringLiteral("10.0.0.1"), 2000) ? 1 : 0;
        QCOMPARE(later, perSecond);
        // A steady rate at the limit is never refused.
        RateLimiter steady(perSecond);
        for (int ms = 0; ms < 5000; ms += 1000 / perSecond)
            QVERIFY(steady.allow(QStringLiteral("a"), ms));
    }

    void quietAddressesAreForgotten()
    {
        RateLimiter limiter(20);
        for (int i = 0; i < 1000; ++i)
            limiter.allow(QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250), 0);
        QCOMPARE(limiter.tracked(), 1000);
        limiter.allow(QStringLiteral("10.9.9.9"), 61'000);
        QCOMPARE(limiter.tracked(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoomToken)
#include "tst_roomtoken.moc"
