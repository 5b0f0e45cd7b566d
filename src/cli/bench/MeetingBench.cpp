#include "MeetingBench.h"

#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/PersonSearch.h"
#include "meeting/PinyinKeys.h"
#include "meeting/Roster.h"
#include "records/AttendanceSheet.h"
#include "records/SignInSheetPdf.h"
#include "records/SignatureStrokes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>

namespace lectern::bench {
namespace {

QJsonObject figures(const QString &name, QList<double> ms, int n)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms.isEmpty() ? 0.0 : ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))]; };
    return QJsonObject{{"name", name}, {"samples", int(ms.size())}, {"n", n}, {"p50_ms", at(0.5)}, {"p99_ms", at(0.99)},
                       {"max_ms", ms.isEmpty() ? 0.0 : ms.last()}};
}

// 5,000 names from common surnames and given-name characters, with units.
QList<RosterRow> generatedRoster(int n)
{
    const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈单欧阳");
    const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文斌玉兰飞红波");
    QList<RosterRow> rows;
    for (int i = 0; i < n; ++i) {
        RosterRow r;
        r.name = QString(surnames[i % surnames.size()]) + given[(i / 7) % given.size()] + (i % 3 ? QString(given[(i / 11) % given.size()]) : QString());
        r.unit = QStringLiteral("第%1处").arg(i % 40 + 1);
        rows.append(r);
    }
    return rows;
}

} // namespace

QJsonArray runMeetingBenchmarks(const QString &dir)
{
    QJsonArray out;
    MeetingStore store(dir);
    roster::upsert(store.db(), generatedRoster(5000));
    const QList<Person> people = roster::all(store.db());

    // Search: what a person types at the door, keystroke by keystroke.
    PersonSearch index;
    index.setPeople(people);
    QList<double> keystrokes;
    int found = 0;
    for (int q = 0; q < 200; ++q) {
        const Person &p = people[(q * 37) % people.size()];
        QStringList queries;
        const QStringList reading = p.readings.value(0);
        QString initials, full;
        for (const QString &s : reading) {
            initials += s.front();
            full += s;
        }
        queries = {q % 3 == 0 ? initials : q % 3 == 1 ? full : p.name};
        for (const QString &query : queries) {
            for (qsizetype k = 1; k <= query.size(); ++k) {
                QElapsedTimer t;
                t.start();
                found += int(index.search(query.left(k)).size());
                keystrokes.append(t.nsecsElapsed() / 1e6);
            }
        }
    }
    out.append(figures(QStringLiteral("search_5000_keystroke"), keystrokes, int(people.size())));

    // Durable sign-ins, one at a time, as the door takes them.
    Meeting m;
    m.title = QStringLiteral("基准测试会议");
    m.plannedStart = QDateTime::currentDateTime();
    QList<Expected> expected;
    for (int i = 0; i < 300; ++i)
        expected.append({people[i].id, Role::Attend});
    const qint64 meeting = meetings::create(store.db(), m, expected, QDateTime::currentDateTime());
    QList<double> signIns;
    for (const Expected &e : expected) {
        const QDateTime now = QDateTime::currentDateTime();
        QElapsedTimer t;
        t.start();
        attendance::signIn(store.db(), meeting, e.personId, now, now);
        signIns.append(t.nsecsElapsed() / 1e6);
    }
    out.append(figures(QStringLiteral("durable_signin_300"), signIns, int(expected.size())));
    Q_UNUSED(found);

    // The sign-in sheet of 500 people, each with a signature of 60 points, as a PDF.
    records::SignatureStrokes signature;
    signature.width = 600;
    signature.height = 200;
    for (int s = 0; s < 3; ++s) {
        QList<records::SignaturePoint> stroke;
        for (int i = 0; i < 20; ++i)
            stroke.append({QPointF(40 + s * 180 + i * 8, 100 + ((i * 37 + s * 11) % 80) - 40), i * 16});
        signature.strokes.append(stroke);
    }
    const QByteArray json = signature.toJson();
    QList<Expected> five;
    for (int i = 300; i < 800; ++i)
        five.append({people[i].id, Role::Attend});
    Meeting big = m;
    big.title = QStringLiteral("五百人大会");
    const qint64 bigId = meetings::create(store.db(), big, five, QDateTime::currentDateTime());
    for (const Expected &e : five) {
        const QDateTime now = QDateTime::currentDateTime();
        attendance::signIn(store.db(), bigId, e.personId, now, now, EventKind::SignIn, json);
    }
    QList<double> exports;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const records::AttendanceSheet sheet = records::buildSheet(store.db(), *meetings::byId(store.db(), bigId));
        records::writeSignInSheetPdf(sheet, dir + QStringLiteral("/signin-500.pdf"));
        exports.append(t.nsecsElapsed() / 1e6);
    }
    out.append(figures(QStringLiteral("export_signin_pdf_500"), exports, int(five.size())));
    return out;
}

} // namespace lectern::bench
