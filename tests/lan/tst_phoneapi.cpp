// The phones' API as requests and answers, without a network: the code's
// token, the session cookie, search, sign-in, and the JSON contract of
// docs/lan.md.
#include "lan/PhoneApi.h"
#include "lan/RoomToken.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/PhoneSignIn.h"
#include "meeting/Roster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lectern;
using namespace lectern::lan;

namespace {

const QByteArray kSecret(32, '\x11');
const QDateTime kNow(QDate(2026, 12, 7), QTime(9, 12, 3), QTimeZone(8 * 3600));

struct Fixture
{
    QTemporaryDir dir;
    MeetingStore store{dir.path()};
    QDateTime now = kNow;
    PhoneApi api{store.db(), kSecret, [this] { return now; }};
    qint64 meeting = 0;
    QHash<QString, qint64> ids;

    Fixture()
    {
        roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, QStringLiteral("13912345678")},
                                    {QStringLiteral("张珊珊"), QStringLiteral("财务处"), {}, {}},
                                    {QStringLiteral("<script>alert(1)</script>"), QStringLiteral("<b>信息中心</b>"), {}, {}},
                                    {QStringLiteral("赵四"), QStringLiteral("纪委"), {}, {}}}); // not expected
        for (const Person &p : roster::all(store.db()))
            ids.insert(p.name, p.id);
        Meeting m;
        m.title = QStringLiteral("周例会");
        m.place = QStringLiteral("三楼会议室");
        m.plannedStart = kNow.addSecs(1800);
        meeting = meetings::create(store.db(), m,
                                   {{ids[QStringLiteral("张三")], Role::Chair},
                                    {ids[QStringLiteral("张珊珊")], Role::Attend},
                                    {ids[QStringLiteral("<script>alert(1)</script>")], Role::Attend}},
                                   kNow.addSecs(-3600));
    }

    HttpAnswer get(const QString &path, const QString &cookie = {})
    {
        HttpAsk ask;
        ask.method = "GET";
        ask.path = path;
        ask.address = QStringLiteral("192.168.1.50");
        if (!cookie.isEmpty())
            ask.headers.insert("cookie", "other=1; lectern_phone=" + cookie.toLatin1());
        return api.handle(ask);
    }
    HttpAnswer post(const QString &path, const QByteArray &body, const QString &cookie, const QByteArray &type = "application/json")
    {
        HttpAsk ask;
        ask.method = "POST";
        ask.path = path;
        ask.body = body;
        ask.address = QStringLiteral("192.168.1.50");
        ask.headers.insert("content-type", type);
        if (!cookie.isEmpty())
            ask.headers.insert("cookie", "lectern_phone=" + cookie.toLatin1());
        return api.handle(ask);
    }
    // Scans the code on the screen now: the session's cookie.
    QString scan()
    {
        const HttpAnswer a = get(QStringLiteral("/s/%1/%2").arg(meeting).arg(tokenFor(kSecret, meeting, windowAt(now))));
        for (const auto &[name, value] : a.headers)
            if (name == "Set-Cookie")
                return QString::fromLatin1(value.mid(value.indexOf('=') + 1, 32));
        return {};
    }
    static QByteArray signature() { return "{\"w\":300,\"h\":150,\"strokes\":[[[10,10,0],[40,60,16],[90,20,33]]]}"; }
    QByteArray signInBody(const QString &name) const
    {
        return "{\"person_id\":" + QByteArray::number(ids.value(name)) + ",\"signature\":" + signature() + "}";
    }
};

QJsonObject json(const HttpAnswer &a)
{
    return QJsonDocument::fromJson(a.body).object();
}

QByteArray header(const HttpAnswer &a, const QByteArray &name)
{
    for (const auto &[n, v] : a.headers)
        if (n == name)
            return v;
    return {};
}

} // namespace

class TestPhoneApi : public QObject
{
    Q_OBJECT
private slots:
    void aFreshCodeOpensASession()
    {
        Fixture f;
        const HttpAnswer a = f.get(QStringLiteral("/s/%1/%2").arg(f.meeting).arg(tokenFor(kSecret, f.meeting, windowAt(kNow))));
        QCOMPARE(a.status, 303);
        QCOMPARE(header(a, "Location"), QByteArray("/phone"));
        const QByteArray cookie = header(a, "Set-Cookie");
        QVERIFY(cookie.startsWith("lectern_phone="));
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(a.refusal.isEmpty());
        const QString key = QString::fromLatin1(cookie.mid(14, 32));
        const HttpAnswer s = f.get(QStringLiteral("/api/v1/session"), key);
        QCOMPARE(s.status, 200);
        QCOMPARE(json(s)[u"meeting"].toObject()[u"title"].toString(), QStringLiteral("周例会"));
        QCOMPARE(json(s)[u"meeting"].toObject()[u"place"].toString(), QStringLiteral("三楼会议室"));
        QVERIFY(json(s)[u"signed"].isNull());
        QCOMPARE(phone::find(f.store.db(), key)->meetingId, f.meeting);
    }

    // The token must be fresh when the session starts: a photo of the code
    // opened later starts nothing, and the operator sees why.
    void aStaleCodeOpensNothing_data()
    {
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("at once") << 0 << true << QString();
        QTest::newRow("20 s later") << 20 << true << QString();
        QTest::newRow("31 s later") << 31 << false << QStringLiteral("stale_token");
        QTest::newRow("two days later") << 2 * 86400 << false << QStringLiteral("bad_token");
    }
    void aStaleCodeOpensNothing()
    {
        QFETCH(int, secondsLater);
        QFETCH(bool, opens);
        QFETCH(QString, refusal);
        Fixture f;
        const qint64 shown = windowAt(kNow);
        f.now = QDateTime::fromSecsSinceEpoch(shown * kWindowSeconds, kNow.timeZone()).addSecs(secondsLater);
        const HttpAnswer a = f.get(QStringLiteral("/s/%1/%2").arg(f.meeting).arg(tokenFor(kSecret, f.meeting, shown)));
        QCOMPARE(a.status, 303);
        QCOMPARE(header(a, "Location") == "/phone", opens);
        QCOMPARE(!header(a, "Set-Cookie").isEmpty(), opens);
        QCOMPARE(a.refusal, refusal);
        QCOMPARE(phone::openSessions(f.store.db(), f.meeting), opens ? 1 : 0);
    }

    void malformedAddressesAreNotFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("no token") << QStringLiteral("/s/1");
        QTest::newRow("not a meeting") << QStringLiteral("/s/abc/0123456789abcdef");
        QTest::newRow("negative") << QStringLiteral("/s/-1/0123456789abcdef");
        QTest::newRow("extra part") << QStringLiteral("/s/1/0123456789abcdef/x");
    }
    void malformedAddressesAreNotFound()
    {
        QFETCH(QString, path);
        Fixture f;
        const HttpAnswer a = f.get(path);
        QVERIFY2(a.status == 404 || (a.status == 303 && header(a, "Set-Cookie").isEmpty()), qPrintable(QString::number(a.status)));
        QCOMPARE(f.api.handle({"GET", QStringLiteral("/nothing"), {}, {}, {}}).status, 0); // not the phone's: the server says 404
    }

    // Only the meeting's people, only after two characters, only name, unit and id.
    void searchFindsOnlyTheMeetingsPeople_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("one letter: nothing yet") << QStringLiteral("z") << QStringList();
        QTest::newRow("initials") << QStringLiteral("zs") << QStringList{QStringLiteral("张三"), QStringLiteral("张珊珊")};
        QTest::newRow("full pinyin") << QStringLiteral("zhangsan") << QStringList{QStringLiteral("张三")};
        QTest::newRow("characters") << QStringLiteral("张珊") << QStringList{QStringLiteral("张珊珊")};
        QTest::newRow("not expected") << QStringLiteral("赵四") << QStringList();
        QTest::newRow("markup is a name like any") << QStringLiteral("<script") << QStringList{QStringLiteral("<script>alert(1)</script>")};
    }
    void searchFindsOnlyTheMeetingsPeople()
    {
        QFETCH(QString, q);
        QFETCH(QStringList, names);
        Fixture f;
        const QString key = f.scan();
        const HttpAnswer a = f.post(QStringLiteral("/api/v1/search"), QJsonDocument(QJsonObject{{QStringLiteral("q"), q}}).toJson(), key);
        QCOMPARE(a.status, 200);
        QVERIFY(a.type.startsWith("application/json"));
        QStringList found;
        for (const QJsonValue &v : json(a)[u"people"].toArray()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("unit")}));
            QVERIFY(p[u"id"].toInteger() > 0);
            found.append(p[u"name"].toString());
        }
        found.sort();
        names.sort();
        QCOMPARE(found, names);
        QVERIFY(!a.body.contains("139")); // no phone numbers, ever
    }

    void searchRefusesWhatIsNotAQuery_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("withSession");
        QTest::addColumn<int>("status");
        QTest::newRow("no session") << QByteArray("{\"q\":\"zs\"}") << QByteArray("application/json") << false << 403;
        QTest::newRow("not JSON") << QByteArray("q=zs") << QByteArray("application/json") << true << 400;
        QTest::newRow("a form") << QByteArray("q=zs") << QByteArray("application/x-www-form-urlencoded") << true << 415;
        QTest::newRow("an array") << QByteArray("[\"zs\"]") << QByteArray("application/json") << true << 400;
        QTest::newRow("q a number") << QByteArray("{\"q\":12}") << QByteArray("application/json") << true << 400;
        QTest::newRow("truncated") << QByteArray("{\"q\":\"z") << QByteArray("application/json") << true << 400;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QByteArray("application/json") << true << 400;
    }
    void searchRefusesWhatIsNotAQuery()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(bool, withSession);
        QFETCH(int, status);
        Fixture f;
        const QString key = withSession ? f.scan() : QString();
        const HttpAnswer a = f.post(QStringLiteral("/api/v1/search"), body, key, type);
        QCOMPARE(a.status, status);
        QVERIFY(!json(a)[u"error"].toString().isEmpty());
    }

    // One phone signs in one person; again for the same person it is told
    // when; for another it is refused (代签), and the operator sees it.
    void onePhoneOnePerson()
    {
        Fixture f;
        QList<QString> signedNames;
        f.api.signedIn = [&](qint64, const QString &name, const QString &, const QDateTime &) { signedNames.append(name); };
        const QString key = f.scan();
        const HttpAnswer a = f.post(QStringLiteral("/api/v1/signin"), f.signInBody(QStringLiteral("张三")), key);
        QCOMPARE(a.status, 200);
        QCOMPARE(json(a)[u"status"].toString(), QStringLiteral("signed"));
        QCOMPARE(json(a)[u"time"].toString(), QStringLiteral("09:12"));
        QCOMPARE(json(a)[u"name"].toString(), QStringLiteral("张三"));
        QCOMPARE(QDateTime::fromString(json(a)[u"at"].toString(), Qt::ISODateWithMs), kNow);
        QCOMPARE(signedNames, QList<QString>{QStringLiteral("张三")});
        // Committed, by phone, with the strokes.
        const QList<AttendanceEvent> events = attendance::events(f.store.db(), f.meeting);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].channel, Channel::Phone);
        QVERIFY(events[0].signature.contains("strokes"));

        f.now = kNow.addSecs(120);
        const HttpAnswer again = f.post(QStringLiteral("/api/v1/signin"), f.signInBody(QStringLiteral("张三")), key);
        QCOMPARE(again.status, 409);
        QCOMPARE(json(again)[u"time"].toString(), QStringLiteral("09:12"));
        const HttpAnswer other = f.post(QStringLiteral("/api/v1/signin"), f.signInBody(QStringLiteral("张珊珊")), key);
        QCOMPARE(other.status, 403);
        QCOMPARE(json(other)[u"error"].toString(), QStringLiteral("phone_used"));
        QCOMPARE(other.refusal, QStringLiteral("phone_used"));
        QCOMPARE(other.meetingId, f.meeting);
        QCOMPARE(attendance::events(f.store.db(), f.meeting).size(), 1);

        // Scanning again, even a code long gone, shows 已于 09:12 签到.
        f.now = kNow.addSecs(3600);
        const HttpAnswer rescan = f.get(QStringLiteral("/s/%1/%2").arg(f.meeting).arg(tokenFor(kSecret, f.meeting, windowAt(kNow))), key);
        QCOMPARE(header(rescan, "Location"), QByteArray("/phone"));
        QVERIFY(header(rescan, "Set-Cookie").isEmpty());
        QVERIFY(rescan.refusal.isEmpty());
        const QJsonObject s = json(f.get(QStringLiteral("/api/v1/session"), key));
        QCOMPARE(s[u"signed"].toObject()[u"name"].toString(), QStringLiteral("张三"));
        QCOMPARE(s[u"signed"].toObject()[u"time"].toString(), QStringLiteral("09:12"));
    }

    void signInRefusesWhatIsNotASignIn_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray person = "\"person_id\":PID,";
        QTest::newRow("no signature") << QByteArray("{" + person + "\"signature\":{}}") << 400 << "bad_signature";
        QTest::newRow("a tap") << QByteArray("{" + person + "\"signature\":{\"strokes\":[[[1,1,0]]]}}") << 400 << "bad_signature";
        QTest::newRow("strings for numbers") << QByteArray("{" + person + "\"signature\":{\"strokes\":[[[\"1\",\"1\",0],[2,2,1]]]}}") << 400
                                             << "bad_signature";
        QTest::newRow("four numbers a point") << QByteArray("{" + person + "\"signature\":{\"strokes\":[[[1,1,0,9],[2,2,1]]]}}") << 400
                                              << "bad_signature";
        QTest::newRow("negative") << QByteArray("{" + person + "\"signature\":{\"strokes\":[[[-1,1,0],[2,2,1]]]}}") << 400 << "bad_signature";
        QTest::newRow("no person") << QByteArray("{\"signature\":{\"strokes\":[[[1,1,0],[2,2,1]]]}}") << 400 << "bad_person";
        QTest::newRow("person as text") << QByteArray("{\"person_id\":\"1\",\"signature\":{\"strokes\":[[[1,1,0],[2,2,1]]]}}") << 400
                                        << "bad_person";
        QTest::newRow("not expected") << QByteArray("{\"person_id\":NOT,\"signature\":{\"strokes\":[[[1,1,0],[2,2,1]]]}}") << 404
                                      << "not_expected";
        QTest::newRow("nobody") << QByteArray("{\"person_id\":99999,\"signature\":{\"strokes\":[[[1,1,0],[2,2,1]]]}}") << 404 << "not_expected";
        QTest::newRow("without sizes: the strokes' extent")
            << QByteArray("{" + person + "\"signature\":{\"strokes\":[[[1,1,0],[2,2,1]]]}}") << 200 << "";
    }
    void signInRefusesWhatIsNotASignIn()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        Fixture f;
        body.replace("PID", QByteArray::number(f.ids[QStringLiteral("张珊珊")]));
        body.replace("NOT", QByteArray::number(f.ids[QStringLiteral("赵四")]));
        const HttpAnswer a = f.post(QStringLiteral("/api/v1/signin"), body, f.scan());
        QCOMPARE(a.status, status);
        QCOMPARE(json(a)[u"error"].toString(), error);
        QCOMPARE(attendance::events(f.store.db(), f.meeting).size(), status == 200 ? 1 : 0);
    }

    void tooManyPointsAreNotASignature()
    {
        QJsonArray stroke;
        for (int i = 0; i < 20001; ++i)
            stroke.append(QJsonArray{i % 300, i % 150, i});
        QVERIFY(signatureFromPhone(QJsonObject{{QStringLiteral("strokes"), QJsonArray{stroke}}}).isEmpty());
        stroke.removeLast();
        QVERIFY(!signatureFromPhone(QJsonObject{{QStringLiteral("strokes"), QJsonArray{stroke}}}).isEmpty());
    }

    void withoutASessionNothingIsSigned()
    {
        Fixture f;
        QCOMPARE(f.post(QStringLiteral("/api/v1/signin"), f.signInBody(QStringLiteral("张三")), {}).status, 403);
        const HttpAnswer made = f.post(QStringLiteral("/api/v1/signin"), f.signInBody(QStringLiteral("张三")), QString(32, u'a'));
        QCOMPARE(made.status, 403);
        QCOMPARE(json(made)[u"error"].toString(), QStringLiteral("no_session"));
        QCOMPARE(f.get(QStringLiteral("/api/v1/session")).status, 403);
        QVERIFY(attendance::events(f.store.db(), f.meeting).isEmpty());
    }

    void aClosedMeetingOpensNoSession()
    {
        Fixture f;
        QVERIFY(meetings::close(f.store.db(), f.meeting, kNow));
        const HttpAnswer a = f.get(QStringLiteral("/s/%1/%2").arg(f.meeting).arg(tokenFor(kSecret, f.meeting, windowAt(kNow))));
        QCOMPARE(header(a, "Location"), QByteArray("/phone?e=closed"));
        QVERIFY(header(a, "Set-Cookie").isEmpty());
    }

    // The pages and their files come from the kiosk, with a policy that
    // lets nothing else in (lan::page, for the phone and the remote alike).
    void thePagesAreServed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("contains");
        QTest::newRow("phone page") << QStringLiteral("/phone") << QByteArray("text/html") << QByteArray("/phone.js");
        QTest::newRow("phone page, slash") << QStringLiteral("/phone/") << QByteArray("text/html") << QByteArray("/phone.js");
        QTest::newRow("phone script") << QStringLiteral("/phone.js") << QByteArray("text/javascript") << QByteArray("textContent");
        QTest::newRow("phone style") << QStringLiteral("/phone.css") << QByteArray("text/css") << QByteArray("canvas#pad");
        QTest::newRow("remote page") << QStringLiteral("/remote") << QByteArray("text/html") << QByteArray("/remote.js");
        QTest::newRow("remote script") << QStringLiteral("/remote.js") << QByteArray("text/javascript") << QByteArray("/api/v1/remote/ws");
        QTest::newRow("remote style") << QStringLiteral("/remote.css") << QByteArray("text/css") << QByteArray(".primary");
    }
    void thePagesAreServed()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, contains);
        const HttpAnswer a = page({"GET", path, {}, {}, {}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.type.startsWith(type));
        QVERIFY(a.body.contains(contains));
        QVERIFY(!a.body.contains("http://") && !a.body.contains("https://")); // nothing fetched from outside
        QCOMPARE(header(a, "Content-Security-Policy").contains("default-src 'self'"), type == "text/html");
        // And nothing but GET.
        QCOMPARE(page({"POST", path, {}, {}, {}}).status, 405);
    }

    void otherPathsAreNoPage()
    {
        for (const char *path : {"/", "/phone.html", "/www/phone.js", "/../phone.js", "/remote.js/x", "/api/v1/session"})
            QVERIFY2(page({"GET", QString::fromLatin1(path), {}, {}, {}}).status == 0, path);
    }
};

QTEST_GUILESS_MAIN(TestPhoneApi)
#include "tst_phoneapi.moc"
