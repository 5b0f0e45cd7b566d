#pragma once

#include "HttpExchange.h"
#include "PhoneSignature.h"
#include "meeting/PersonSearch.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <functional>

namespace lectern::store {
class Database;
}

namespace lectern::lan {

// The phone's side of 扫码签到, as requests and answers (docs/lan.md):
//   GET  /s/<meeting>/<token>  the address in the room's code: a fresh token
//                              opens a session (a cookie) and goes on to /phone
//   (the page itself, /phone with its files, is lan::page())
//   GET  /api/v1/session       the meeting, and whom this phone signed in
//   POST /api/v1/search        {"q"} → {"people": [{"id", "name", "unit"}]}
//   POST /api/v1/signin        {"person_id", "signature": {"strokes": …}}
// Only the meeting's people are found, only after two characters, and only
// their names and units are ever sent. A sign-in is answered once it is
// committed. Runs on the server's thread with that thread's connection.
class PhoneApi
{
public:
    using Clock = std::function<QDateTime()>;
    PhoneApi(const store::Database &db, QByteArray secret, Clock clock = &QDateTime::currentDateTime);

    // Handles the request when it is the phone's, else nullopt-like: status 0.
    HttpAnswer handle(const HttpAsk &ask);
    // The meeting's people changed (the database watcher): search afresh.
    void forgetPeople() { m_people.clear(); }

    static constexpr const char *kCookie = "lectern_phone";
    static constexpr int kResultsShown = 8;

    // Someone was signed in by phone (for the console's list).
    std::function<void(qint64 meetingId, const QString &name, const QString &unit, const QDateTime &at)> signedIn;

private:
    HttpAnswer open(const HttpAsk &ask, qint64 meetingId, const QString &token);
    HttpAnswer session(const HttpAsk &ask);
    HttpAnswer search(const HttpAsk &ask);
    HttpAnswer signIn(const HttpAsk &ask);
    const PersonSearch &peopleOf(qint64 meetingId);

    const store::Database &m_db;
    QByteArray m_secret;
    Clock m_clock;
    QHash<qint64, PersonSearch> m_people; // by meeting: its expected people, indexed for search
};

} // namespace lectern::lan
