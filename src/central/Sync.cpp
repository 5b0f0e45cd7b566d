#include "Sync.h"

#include "PgConnection.h"
#include "Receive.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::central {
namespace {

struct Row
{
    qint64 seq = 0;
    QJsonObject event;
};

QList<Row> unsent(const store::Database &db, int limit)
{
    QList<Row> rows;
    store::Statement s = db.prepare("SELECT seq, event_id, kind, meeting_id, payload, recorded_at FROM outbox WHERE sent_at IS NULL "
                                    "ORDER BY seq LIMIT ?1");
    s.bind(1, limit);
    while (s.step()) {
        QJsonObject e{{"id", s.text(1)}, {"seq", s.integer(0)}, {"kind", s.text(2)}, {"at", s.text(5)},
                      {"payload", QJsonDocument::fromJson(s.text(4).toUtf8()).object()}};
        if (!s.isNull(3))
            e.insert("meeting", s.integer(3));
        rows.append({s.integer(0), e});
    }
    return rows;
}

} // namespace

SyncRound sendOutbox(const store::Database &db, const PgConnection &server, int batchSize)
{
    SyncRound round;
    try {
        for (;;) {
            const QList<Row> rows = unsent(db, batchSize);
            if (rows.isEmpty())
                break;
            QJsonArray batch;
            for (const Row &r : rows)
                batch.append(r.event);
            // One statement, one transaction on the server: all of the batch or none of it.
            server.exec(QStringLiteral("INSERT INTO event (event_id, room_seq, kind, local_meeting, payload, recorded_at) "
                                       "SELECT (e->>'id')::uuid, (e->>'seq')::bigint, e->>'kind', (e->>'meeting')::bigint, e->'payload', "
                                       "(e->>'at')::timestamptz "
                                       "FROM jsonb_array_elements($1::jsonb) AS e ORDER BY (e->>'seq')::bigint ON CONFLICT (event_id) DO NOTHING"),
                        {QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact))});
            // Committed there: marked here.
            db.prepare("UPDATE outbox SET sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE seq BETWEEN ?1 AND ?2 AND sent_at IS NULL")
                .bind(1, rows.first().seq)
                .bind(2, rows.last().seq)
                .run();
            round.sent += int(rows.size());
        }
    } catch (const CentralError &e) {
        round.error = e.message();
    }
    round.pending = pendingCount(db);
    return round;
}

SyncRound exchange(const store::Database &db, const PgConnection &server)
{
    SyncRound round = sendOutbox(db, server);
    if (!round.error.isEmpty())
        return round;
    const Received got = receive(db, server);
    round.received = got.total();
    round.kept = got.kept;
    round.notApplied = got.notApplied;
    if (got.total() > 0) { // the meetings and people written here go up too
        const SyncRound again = sendOutbox(db, server);
        round.sent += again.sent;
        round.pending = again.pending;
        round.error = again.error;
    }
    if (!got.error.isEmpty())
        round.error = got.error;
    return round;
}

int pendingCount(const store::Database &db)
{
    store::Statement s = db.prepare("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
    s.step();
    return int(s.integer(0));
}

QDateTime lastSentAt(const store::Database &db)
{
    store::Statement s = db.prepare("SELECT max(sent_at) FROM outbox");
    s.step();
    return s.isNull(0) ? QDateTime() : QDateTime::fromString(s.text(0), Qt::ISODateWithMs);
}

} // namespace lectern::central
