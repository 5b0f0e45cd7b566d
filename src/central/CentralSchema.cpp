#include "CentralSchema.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace lectern::central {

const QList<CentralStep> &centralSchema()
{
    static const QList<CentralStep> steps = {
        {1, R"sql(
-- The role row-level security grants to: every room's login role is in it.
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lectern_rooms') THEN
        CREATE ROLE lectern_rooms NOLOGIN;
    END IF;
END $$;

-- A meeting room: its kiosk logs in as `role` (lectern central room add).
CREATE TABLE room (
    name text PRIMARY KEY CHECK (length(name) > 0),
    role name NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The organisation's directory, kept once and sent down to every room.
CREATE TABLE person (
    id bigserial PRIMARY KEY,
    name text NOT NULL CHECK (length(name) > 0),
    unit text NOT NULL DEFAULT '',
    title text NOT NULL DEFAULT '',
    UNIQUE (name, unit)
);
-- The directory's version: a kiosk applies a newer one whole, in one transaction.
CREATE TABLE directory_version (
    version bigint NOT NULL
);
INSERT INTO directory_version VALUES (0);

-- Meetings booked centrally for one room, with their agenda and who is
-- expected (JSON as the kiosk takes them); a changed booking has a higher version.
CREATE TABLE booked_meeting (
    id bigserial PRIMARY KEY,
    room_role name NOT NULL REFERENCES room (role),
    title text NOT NULL CHECK (length(title) > 0),
    planned_start timestamptz NOT NULL,
    planned_end timestamptz,
    place text NOT NULL DEFAULT '',
    booking jsonb NOT NULL DEFAULT '{}',
    version bigint NOT NULL DEFAULT 1
);
CREATE INDEX booked_meeting_by_room ON booked_meeting (room_role, planned_start);

-- What the rooms send: every event of their records once. The kiosk gives
-- each its UUID in the same transaction as the event; a batch sent again
-- (a lost reply, a kiosk killed mid-upload) adds nothing (ON CONFLICT DO NOTHING).
CREATE TABLE event (
    event_id uuid PRIMARY KEY,
    room_role name NOT NULL DEFAULT current_user,
    kind text NOT NULL,
    local_meeting bigint,
    payload jsonb NOT NULL,
    recorded_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_by_room_meeting ON event (room_role, local_meeting);

-- A room sees and writes its own events and meetings, and reads the
-- directory; nothing else. The policies bind every role but the owner's.
ALTER TABLE event ENABLE ROW LEVEL SECURITY;
CREATE POLICY room_own_events ON event TO lectern_rooms
    USING (room_role = current_user) WITH CHECK (room_role = current_user);
ALTER TABLE booked_meeting ENABLE ROW LEVEL SECURITY;
CREATE POLICY room_own_meetings ON booked_meeting FOR SELECT TO lectern_rooms
    USING (room_role = current_user);
GRANT USAGE ON SCHEMA public TO lectern_rooms;
GRANT SELECT, INSERT ON event TO lectern_rooms;
GRANT SELECT ON booked_meeting, person, directory_version TO lectern_rooms;
)sql"},
    };
    return steps;
}

int currentVersion(const PgConnection &c)
{
    if (c.exec(QStringLiteral("SELECT to_regclass('lectern_schema') IS NOT NULL")).value() != u"t")
        return 0;
    return c.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM lectern_schema")).value().toInt();
}

int migrate(const PgConnection &admin)
{
    admin.script(QStringLiteral("CREATE TABLE IF NOT EXISTS lectern_schema (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"));
    int version = 0;
    for (;;) {
        admin.script(QStringLiteral("BEGIN"));
        try {
            // One administrator at a time: the lock ends with the transaction.
            admin.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('lectern central schema'))"));
            version = currentVersion(admin);
            const int last = centralSchema().last().version;
            if (version > last)
                throw CentralError(QCoreApplication::translate("lectern::central", "the central store is at version %1, newer than this program's %2: upgrade Lectern first")
                                       .arg(version).arg(last));
            const CentralStep *next = nullptr;
            for (const CentralStep &s : centralSchema())
                if (s.version == version + 1)
                    next = &s;
            if (!next) {
                admin.script(QStringLiteral("COMMIT"));
                return version;
            }
            admin.script(QString::fromUtf8(next->sql));
            admin.exec(QStringLiteral("INSERT INTO lectern_schema (version) VALUES ($1)"), {QString::number(next->version)});
            admin.script(QStringLiteral("COMMIT"));
        } catch (const CentralError &) {
            admin.script(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

} // namespace lectern::central
