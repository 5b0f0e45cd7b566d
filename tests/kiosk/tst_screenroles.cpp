// What each screen is for: remembered roles for the screens connected now,
// the rest as the kiosk always placed them (the console on the primary, then
// left to right the speaker's and the projection), one role per screen, and
// never a role on a screen that is gone.
#include "kiosk/ScreenRoles.h"

#include <QTest>

using namespace lectern;

namespace {

// Screens "A" (primary, at 0), "B" (at 1920), "C" (at 3840), in the order given.
QList<ScreenInfo> screens(const QString &which)
{
    QList<ScreenInfo> out;
    for (const QChar c : which) {
        const int x = (c.unicode() - u'A') * 1920;
        out.append({QString(c), QPoint(x, 0), c == u'A'});
    }
    return out;
}

// "console=A prompter=B projection=- signin=-": the assignment by screen key.
QString describe(const QList<ScreenInfo> &s, const RoleAssignment &a)
{
    auto key = [&s](int i) { return i >= 0 ? s[i].key : QStringLiteral("-"); };
    return QStringLiteral("console=%1 prompter=%2 projection=%3 signin=%4")
        .arg(key(a.console), key(a.prompter), key(a.projection), key(a.signin));
}

} // namespace

class TestScreenRoles : public QObject
{
    Q_OBJECT
private slots:
    void assign_data()
    {
        QTest::addColumn<QString>("connected");
        QTest::addColumn<QStringList>("stored"); // "B=signin"
        QTest::addColumn<QString>("expected");
        QTest::newRow("one screen") << "A" << QStringList{} << "console=A prompter=- projection=- signin=-";
        QTest::newRow("two, as always") << "AB" << QStringList{} << "console=A prompter=B projection=- signin=-";
        QTest::newRow("three, as always") << "ABC" << QStringList{} << "console=A prompter=B projection=C signin=-";
        QTest::newRow("listed right to left: still left to right") << "CBA" << QStringList{} << "console=A prompter=B projection=C signin=-";
        QTest::newRow("the projection on the nearer screen") << "ABC" << QStringList{"B=projection"} << "console=A prompter=C projection=B signin=-";
        QTest::newRow("a sign-in screen takes the second") << "AB" << QStringList{"B=signin"} << "console=A prompter=- projection=- signin=B";
        QTest::newRow("sign-in, and the third for the speaker") << "ABC" << QStringList{"B=signin"} << "console=A prompter=C projection=- signin=B";
        QTest::newRow("the console moved off the primary") << "AB" << QStringList{"B=console"} << "console=B prompter=A projection=- signin=-";
        QTest::newRow("a remembered screen that is gone") << "AB" << QStringList{"C=prompter", "B=projection"} << "console=A prompter=- projection=B signin=-";
        QTest::newRow("unplugged back to one") << "A" << QStringList{"B=signin", "C=prompter"} << "console=A prompter=- projection=- signin=-";
        QTest::newRow("two screens claim a role: the first keeps it") << "ABC" << QStringList{"B=prompter", "C=prompter"} << "console=A prompter=B projection=C signin=-";
        QTest::newRow("a role that does not exist") << "AB" << QStringList{"B=karaoke"} << "console=A prompter=B projection=- signin=-";
        QTest::newRow("the primary is the speaker's") << "AB" << QStringList{"A=prompter"} << "console=B prompter=A projection=- signin=-";
    }
    void assign()
    {
        QFETCH(QString, connected);
        QFETCH(QStringList, stored);
        QFETCH(QString, expected);
        QMap<QString, QString> roles;
        for (const QString &s : stored)
            roles.insert(s.section(u'=', 0, 0), s.section(u'=', 1));
        const QList<ScreenInfo> s = screens(connected);
        const RoleAssignment a = assignScreenRoles(s, roles);
        QCOMPARE(describe(s, a), expected);
        // Never two roles on one screen.
        QList<int> taken;
        for (int i : {a.console, a.prompter, a.projection, a.signin})
            if (i >= 0) {
                QVERIFY(!taken.contains(i));
                taken.append(i);
            }
    }

    void noScreenAtAll()
    {
        const RoleAssignment a = assignScreenRoles({}, {{QStringLiteral("A"), QStringLiteral("console")}});
        QCOMPARE(a.console, -1);
        QCOMPARE(a.prompter, -1);
    }

    void roleKeysRoundTrip()
    {
        for (ScreenRole r : {ScreenRole::Console, ScreenRole::Prompter, ScreenRole::Projection, ScreenRole::Signin})
            QCOMPARE(screenRoleFromKey(screenRoleKey(r)), r);
        QVERIFY(!screenRoleFromKey(QStringLiteral("speaker")));
    }
};

QTEST_MAIN(TestScreenRoles)
#include "tst_screenroles.moc"
