#include "PhoneApi.h"

#include "PhoneSignature.h"

#include "RoomToken.h"
#include "meeting/Meetings.h"
#include "meeting/PhoneSignIn.h"
#include "meeting/Roster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace lectern::lan {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString clockTime(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

PhoneApi::PhoneApi(const store::Database &db, QByteArray secret, Clock clock) : m_db(db), m_secret(std::move(secret)), m_clock(std::move(clock))
{
}

HttpAnswer PhoneApi::handle(const HttpAsk &ask)
{
    const QString &path = ask.path;
    const bool get = ask.method == "GET";
    const bool post = ask.method == "POST";
    if (path.startsWith(QLatin1String("/s/"))) {
        // /s/<meeting>/<token>
        const QStringList parts = path.mid(3).split(u'/');
        bool ok = false;
        const qint64 meetingId = parts.size() == 2 ? parts[0].toLongLong(&ok) : 0;
        if (!get)
            return HttpAnswer::methodNotAllowed();
        if (!ok || meetingId <= 0)
            return HttpAnswer::error(404, QStringLiteral("not_found"));
        return open(ask, meetingId, parts[1]);
    }
    if (path == u"/api/v1/session")
        return get ? session(ask) : HttpAnswer::methodNotAllowed();
    if (path == u"/api/v1/search")
        return post ? search(ask) : HttpAnswer::methodNotAllowed();
    if (path == u"/api/v1/signin")
        return post ? signIn(ask) : HttpAnswer::methodNotAllowed();
    return HttpAnswer::none();
}

HttpAnswer PhoneApi::open(const HttpAsk &ask, qint64 meetingId, const QString &token)
{
    const QDateTime now = m_clock();
    HttpAnswer a;
    a.status = 303;
    // A phone that already has a session of this meeting keeps it, whatever
    // the code: scanning again shows whom it signed in, and never opens a
    // second session to sign a second person.
    const auto held = phone::find(m_db, ask.cookie(kCookie));
    if (held && held->meetingId == meetingId) {
        a.addHeader("Location", "/phone");
        return a;
    }
    const TokenCheck check = checkToken(m_secret, meetingId, token, now);
    const auto meeting = meetings::byId(m_db, meetingId);
    if (!accepted(check) || !meeting) {
        a.addHeader("Location", "/phone?e=stale");
        a.refusal = check == TokenCheck::Stale ? QStringLiteral("stale_token") : QStringLiteral("bad_token");
        a.meetingId = meeting ? meetingId : 0;
        return a;
    }
    if (!meeting->takesSignIns()) {
        a.addHeader("Location", "/phone?e=closed");
        return a;
    }
    const QString key = phone::open(m_db, meetingId, ask.address, now);
    a.addHeader("Location", "/phone");
    // For the day of the meeting; HttpOnly: the page's script never sees it.
    a.addHeader("Set-Cookie", QByteArray(kCookie) + '=' + key.toLatin1() + "; Path=/; Max-Age=86400; HttpOnly; SameSite=Strict");
    return a;
}

HttpAnswer PhoneApi::session(const HttpAsk &ask)
{
    const auto s = phone::find(m_db, ask.cookie(kCookie));
    if (!s)
        return HttpAnswer::error(403, QStringLiteral("no_session"));
    const auto m = meetings::byId(m_db, s->meetingId);
    QJsonObject meeting{{QStringLiteral("title"), m ? m->title : QString()},
                        {QStringLiteral("place"), m ? m->place : QString()},
                        {QStringLiteral("start"), m && m->plannedStart.isValid() ? clockTime(m->plannedStart) : QString()},
                        {QStringLiteral("open"), m && m->takesSignIns()}};
    QJsonValue signedIn = QJsonValue::Null;
    if (s->personId != 0)
        signedIn = QJsonObject{{QStringLiteral("name"), s->name},
                               {QStringLiteral("at"), meetings::timeText(s->signedInAt)},
                               {QStringLiteral("time"), clockTime(s->signedInAt)}};
    return HttpAnswer::json(200, compact({{QStringLiteral("meeting"), meeting}, {QStringLiteral("signed"), signedIn}}));
}

const PersonSearch &PhoneApi::peopleOf(qint64 meetingId)
{
    auto it = m_people.find(meetingId);
    if (it == m_people.end()) {
        PersonSearch index;
        index.setPeople(phone::signablePeople(m_db, meetingId));
        it = m_people.insert(meetingId, std::move(index));
    }
    return *it;
}

HttpAnswer PhoneApi::search(const HttpAsk &ask)
{
    const auto s = phone::find(m_db, ask.cookie(kCookie));
    if (!s)
        return HttpAnswer::error(403, QStringLiteral("no_session"));
    HttpAnswer refused;
    const auto body = ask.jsonObject(&refused);
    if (!body)
        return refused;
    const QJsonValue q = body->value(QStringLiteral("q"));
    if (!q.isString())
        return HttpAnswer::error(400, QStringLiteral("bad_query"));
    const QString query = q.toString().trimmed().left(32);
    QJsonArray people;
    // Two characters at least: one letter would list half the room.
    if (query.size() >= 2) {
        const PersonSearch &index = peopleOf(s->meetingId);
        for (const PersonSearch::Hit &hit : index.search(query, kResultsShown)) {
            const Person &p = index.people()[hit.index];
            people.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("unit"), p.unit}});
        }
    }
    return HttpAnswer::json(200, compact({{QStringLiteral("people"), people}}));
}

HttpAnswer PhoneApi::signIn(const HttpAsk &ask)
{
    const QString key = ask.cookie(kCookie);
    const auto s = phone::find(m_db, key);
    if (!s)
        return HttpAnswer::error(403, QStringLiteral("no_session"), QStringLiteral("no_session"));
    HttpAnswer refused;
    const auto body = ask.jsonObject(&refused);
    if (!body)
        return refused;
    const QJsonValue id = body->value(QStringLiteral("person_id"));
    if (!id.isDouble() || id.toDouble() != std::floor(id.toDouble()) || id.toDouble() <= 0)
        return HttpAnswer::error(400, QStringLiteral("bad_person"));
    const QByteArray signature = signatureFromPhone(body->value(QStringLiteral("signature")));
    if (signature.isEmpty())
        return HttpAnswer::error(400, QStringLiteral("bad_signature"));
    const phone::Answer answer = phone::signIn(m_db, key, qint64(id.toDouble()), signature, m_clock());
    const QJsonObject when{{QStringLiteral("at"), meetings::timeText(answer.at)},
                           {QStringLiteral("time"), clockTime(answer.at)},
                           {QStringLiteral("name"), answer.name}};
    switch (answer.result) {
    case phone::Result::Recorded: {
        QJsonObject o = when;
        o.insert(QStringLiteral("status"), QStringLiteral("signed"));
        if (signedIn) {
            const auto p = roster::byId(m_db, qint64(id.toDouble()));
            signedIn(s->meetingId, answer.name, p ? p->unit : QString(), answer.at);
        }
        return HttpAnswer::json(200, compact(o));
    }
    case phone::Result::AlreadySignedIn: {
        QJsonObject o = when;
        o.insert(QStringLiteral("status"), QStringLiteral("already_signed"));
        return HttpAnswer::json(409, compact(o));
    }
    case phone::Result::PhoneUsed: {
        QJsonObject o = when;
        o.insert(QStringLiteral("error"), QStringLiteral("phone_used"));
        HttpAnswer a = HttpAnswer::json(403, compact(o));
        a.refusal = QStringLiteral("phone_used");
        a.meetingId = s->meetingId;
        return a;
    }
    case phone::Result::NotExpected:
        return HttpAnswer::error(404, QStringLiteral("not_expected"));
    case phone::Result::MeetingClosed:
        return HttpAnswer::error(403, QStringLiteral("closed"));
    case phone::Result::ClockBehind: // the room's PC must be mended first: the desk says why
        return HttpAnswer::error(503, QStringLiteral("clock"));
    case phone::Result::NoSession:
        break;
    }
    return HttpAnswer::error(403, QStringLiteral("no_session"), QStringLiteral("no_session"));
}

} // namespace lectern::lan
