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
        {2, R"sql(
-- The kiosk's own order: its outbox's seq, so that what a room sent can be
-- read in the order it happened there (recorded_at has only milliseconds).
ALTER TABLE event ADD COLUMN room_seq bigint;
CREATE INDEX event_by_room_seq ON event (room_role, room_seq);
-- The sealed meetings, for `lectern central verify`.
CREATE INDEX event_seals ON event (room_role, local_meeting) WHERE kind = 'seal';

-- Typed, indexed projections of the events for reports across rooms, kept by
-- the trigger below as events arrive (and rebuilt from `event` by
-- rebuild_reports(): the events are the truth, these only read them fast).
-- Meetings as their rooms last sent them.
CREATE TABLE report_meeting (
    room_role name NOT NULL,
    local_meeting bigint NOT NULL,
    title text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT '',
    place text NOT NULL DEFAULT '',
    planned_start timestamptz,
    planned_end timestamptz,
    actual_start timestamptz,
    actual_end timestamptz,
    grace_minutes integer NOT NULL DEFAULT 0,
    state text NOT NULL DEFAULT '',
    PRIMARY KEY (room_role, local_meeting)
);
CREATE INDEX report_meeting_by_start ON report_meeting (planned_start);
-- Who each meeting expected (the person's kiosk id, the directory's id when
-- the kiosk had it from the centre, name and unit as sent).
CREATE TABLE report_expected (
    room_role name NOT NULL,
    local_meeting bigint NOT NULL,
    person bigint NOT NULL,
    central_person bigint,
    name text NOT NULL,
    unit text NOT NULL DEFAULT '',
    role text NOT NULL DEFAULT '',
    PRIMARY KEY (room_role, local_meeting, person)
);
CREATE INDEX report_expected_by_name ON report_expected (name);
CREATE INDEX report_expected_by_unit ON report_expected (unit);
CREATE INDEX report_expected_by_central ON report_expected (central_person) WHERE central_person IS NOT NULL;
-- Where each person stands, as the kiosk derives it from its log (Attendance.cpp):
-- a sign-in makes them present (a second changes nothing), an undo as if it
-- had not been, a leave or an absence replaces what was.
CREATE TABLE report_presence (
    room_role name NOT NULL,
    local_meeting bigint NOT NULL,
    person bigint NOT NULL,
    presence text NOT NULL CHECK (presence IN ('present', 'leave', 'absent')),
    signed_in_at timestamptz,
    PRIMARY KEY (room_role, local_meeting, person)
);

CREATE FUNCTION lectern_time(t text) RETURNS timestamptz LANGUAGE sql STABLE AS $f$ SELECT nullif(t, '')::timestamptz $f$;

CREATE FUNCTION apply_event(e event) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
    p jsonb := e.payload;
    k text := p->>'kind';
BEGIN
    IF e.kind = 'meeting' THEN
        INSERT INTO report_meeting VALUES (e.room_role, e.local_meeting, coalesce(p->>'title', ''), coalesce(k, ''), coalesce(p->>'place', ''),
                lectern_time(p->>'planned_start'), lectern_time(p->>'planned_end'), lectern_time(p->>'actual_start'),
                lectern_time(p->>'actual_end'), coalesce((p->>'grace_minutes')::integer, 0), coalesce(p->>'state', ''))
            ON CONFLICT (room_role, local_meeting) DO UPDATE SET title = EXCLUDED.title, kind = EXCLUDED.kind, place = EXCLUDED.place,
                planned_start = EXCLUDED.planned_start, planned_end = EXCLUDED.planned_end, actual_start = EXCLUDED.actual_start,
                actual_end = EXCLUDED.actual_end, grace_minutes = EXCLUDED.grace_minutes, state = EXCLUDED.state;
    ELSIF e.kind = 'expected' THEN
        INSERT INTO report_expected VALUES (e.room_role, e.local_meeting, (p->>'person')::bigint, (p->>'central_id')::bigint,
                coalesce(p->>'name', ''), coalesce(p->>'unit', ''), coalesce(p->>'role', ''))
            ON CONFLICT (room_role, local_meeting, person) DO UPDATE SET central_person = EXCLUDED.central_person, name = EXCLUDED.name,
                unit = EXCLUDED.unit, role = EXCLUDED.role;
    ELSIF e.kind = 'expected_removed' THEN
        DELETE FROM report_expected WHERE room_role = e.room_role AND local_meeting = e.local_meeting AND person = (p->>'person')::bigint;
    ELSIF e.kind = 'attendance' THEN
        IF k IN ('sign_in', 'walk_in', 'retro_sign_in') THEN
            INSERT INTO report_presence AS r VALUES (e.room_role, e.local_meeting, (p->>'person')::bigint, 'present', lectern_time(p->>'at'))
                ON CONFLICT (room_role, local_meeting, person) DO UPDATE SET presence = 'present', signed_in_at = EXCLUDED.signed_in_at
                WHERE r.presence <> 'present';
        ELSIF k = 'undo' THEN
            DELETE FROM report_presence WHERE room_role = e.room_role AND local_meeting = e.local_meeting AND person = (p->>'person')::bigint;
        ELSIF k IN ('leave', 'absent') THEN
            INSERT INTO report_presence VALUES (e.room_role, e.local_meeting, (p->>'person')::bigint, k, NULL)
                ON CONFLICT (room_role, local_meeting, person) DO UPDATE SET presence = EXCLUDED.presence, signed_in_at = NULL;
        END IF;
    END IF;
END $f$;
REVOKE ALL ON FUNCTION apply_event(event) FROM PUBLIC;

-- Runs as its owner: a room's role inserts events and never touches the projections itself.
CREATE FUNCTION event_arrived() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
BEGIN
    PERFORM apply_event(NEW);
    RETURN NULL;
END $f$;
REVOKE ALL ON FUNCTION event_arrived() FROM PUBLIC;
-- Only for rows really inserted: an event sent again (ON CONFLICT DO NOTHING) is not applied twice.
CREATE TRIGGER event_applied AFTER INSERT ON event FOR EACH ROW EXECUTE FUNCTION event_arrived();

-- The projections again from the events, each room in its own order.
CREATE FUNCTION rebuild_reports() RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
    e event;
BEGIN
    TRUNCATE report_meeting, report_expected, report_presence;
    FOR e IN SELECT * FROM event ORDER BY room_role, room_seq NULLS FIRST, recorded_at LOOP
        PERFORM apply_event(e);
    END LOOP;
END $f$;
REVOKE ALL ON FUNCTION rebuild_reports() FROM PUBLIC;
SELECT rebuild_reports();

-- A room only sends: it reads no event's content, not even its own (a room's
-- password that leaked reads nobody's signatures). ON CONFLICT (event_id)
-- needs to see the key it arbitrates on, and only that (its own rows' keys).
REVOKE SELECT ON event FROM lectern_rooms;
GRANT SELECT (event_id) ON event TO lectern_rooms;
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

int migrate(const PgConnection &admin, int upTo)
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
            if (!next || next->version > upTo) {
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
