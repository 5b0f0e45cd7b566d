#include "Schema.h"

namespace lectern {

const QList<store::Migration> &meetingSchema()
{
    static const QList<store::Migration> steps = {
        {1, R"sql(
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    unit TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    search_keys TEXT NOT NULL DEFAULT '',  -- pinyin readings, computed at import (PinyinKeys)
    walk_in INTEGER NOT NULL DEFAULT 0,    -- added at the door, not from a roster
    UNIQUE (name, unit)                    -- two 张伟 are told apart by their unit
);
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) > 0),
    kind TEXT NOT NULL DEFAULT '',
    session TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    planned_start TEXT NOT NULL,           -- ISO 8601 with offset
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT,
    chair TEXT NOT NULL DEFAULT '',
    recorder TEXT NOT NULL DEFAULT '',
    grace_minutes INTEGER NOT NULL DEFAULT 0 CHECK (grace_minutes >= 0),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed', 'finalized')),
    created_at TEXT NOT NULL
);
CREATE TABLE expected (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT 'attend' CHECK (role IN ('attend', 'observe', 'chair', 'record')),
    PRIMARY KEY (meeting_id, person_id)
);
-- Append-only: the current attendance is derived from it, never stored twice.
CREATE TABLE attendance_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    kind TEXT NOT NULL CHECK (kind IN ('sign_in', 'undo', 'leave', 'absent', 'walk_in', 'retro_sign_in')),
    at TEXT NOT NULL,                      -- when it happened (a retroactive sign-in: when the person came)
    recorded_at TEXT NOT NULL,             -- when it was written
    reason TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '',
    signature BLOB                         -- strokes as vectors with timing (JSON)
);
CREATE INDEX attendance_by_meeting ON attendance_event (meeting_id, person_id, id);
CREATE TRIGGER attendance_no_update BEFORE UPDATE ON attendance_event
    BEGIN SELECT RAISE(ABORT, 'the attendance log is append-only'); END;
CREATE TRIGGER attendance_no_delete BEFORE DELETE ON attendance_event
    BEGIN SELECT RAISE(ABORT, 'the attendance log is append-only'); END;
CREATE TABLE speech_snapshot (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id),
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    taken_at TEXT NOT NULL
);
CREATE TABLE prompter_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    kind TEXT NOT NULL CHECK (kind IN ('started', 'paused', 'resumed', 'finished')),
    at TEXT NOT NULL
);
CREATE TABLE record_content (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id),
    notes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT ''
);
)sql"},
        {2, R"sql(
-- Finalizing seals a meeting: a hash chain over its details, who was
-- expected, every attendance event, the speech snapshot and the record's
-- content (notes and decisions), in that order.
-- Each link's hash is SHA-256 of the previous hash and the link's content.
CREATE TABLE seal_link (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    what TEXT NOT NULL CHECK (what IN ('meeting', 'expected', 'event', 'speech', 'record')),
    ref INTEGER NOT NULL DEFAULT 0,        -- the person or event the link covers
    content TEXT NOT NULL,                 -- what was hashed, readable
    hash TEXT NOT NULL,
    PRIMARY KEY (meeting_id, seq)
);
CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
-- After finalizing, attendance changes only by amendment: an event with a reason, chained at once.
ALTER TABLE attendance_event ADD COLUMN amendment INTEGER NOT NULL DEFAULT 0;
-- A finalized meeting's details and expected list no longer change.
CREATE TRIGGER meeting_sealed BEFORE UPDATE ON meeting WHEN OLD.state = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER expected_sealed_insert BEFORE INSERT ON expected
    WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER expected_sealed_update BEFORE UPDATE ON expected
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER record_sealed BEFORE UPDATE ON record_content
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER record_sealed_delete BEFORE DELETE ON record_content
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER speech_sealed BEFORE UPDATE ON speech_snapshot
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER speech_sealed_delete BEFORE DELETE ON speech_snapshot
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER expected_sealed_delete BEFORE DELETE ON expected
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
)sql"},
        {3, R"sql(
-- The meeting's recordings: one row per take (started, stopped; after a crash
-- the take is repaired and a new one begins). The row is written before the
-- first sample, so a take cut off by a crash is found and recovered at the
-- next start. Files live under <data>/recordings/, named here relative to <data>.
CREATE TABLE recording (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    file TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    sample_rate INTEGER NOT NULL CHECK (sample_rate > 0),
    duration_ms INTEGER,                   -- NULL while recording
    sha256 TEXT NOT NULL DEFAULT '',       -- of the finished file
    state TEXT NOT NULL DEFAULT 'recording' CHECK (state IN ('recording', 'complete', 'recovered', 'lost')),
    note TEXT NOT NULL DEFAULT ''          -- what recovery did, for people
);
CREATE INDEX recording_by_meeting ON recording (meeting_id, id);
CREATE TRIGGER recording_no_delete BEFORE DELETE ON recording
    BEGIN SELECT RAISE(ABORT, 'recordings are part of the record'); END;
CREATE TRIGGER recording_sealed_insert BEFORE INSERT ON recording
    WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER recording_sealed_update BEFORE UPDATE ON recording
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
-- The seal covers recordings too: its list of what a link covers grows, and
-- SQLite changes a CHECK only by building the table again (DROP TABLE fires no
-- delete trigger; the links are copied as they are, then the triggers return).
CREATE TABLE seal_link_v3 (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    what TEXT NOT NULL CHECK (what IN ('meeting', 'expected', 'event', 'speech', 'recording', 'record')),
    ref INTEGER NOT NULL DEFAULT 0,
    content TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (meeting_id, seq)
);
INSERT INTO seal_link_v3 SELECT meeting_id, seq, what, ref, content, hash FROM seal_link;
DROP TABLE seal_link;
ALTER TABLE seal_link_v3 RENAME TO seal_link;
CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
)sql"},
    };
    return steps;
}

} // namespace lectern
