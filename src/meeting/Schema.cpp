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
        {4, R"sql(
-- A meeting runs from an agenda (议程): ordered items, each with its kind,
-- speaker, planned time and draft. Positions are 1, 2, 3 … with no gap.
CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    position INTEGER NOT NULL CHECK (position >= 1),
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('host', 'speech', 'report', 'remarks', 'review', 'vote', 'break')),
    speaker_id INTEGER REFERENCES person(id),  -- NULL: a guest (name and role below) or nobody
    speaker_name TEXT NOT NULL DEFAULT '',     -- as it was when set, for the record
    speaker_role TEXT NOT NULL DEFAULT '',
    planned_s INTEGER CHECK (planned_s IS NULL OR planned_s >= 0), -- NULL: from the draft at the speaker's pace
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'running', 'done', 'skipped')),
    actual_start TEXT,                         -- the first time it started
    actual_end TEXT,                           -- the last time it ended
    spent_ms INTEGER NOT NULL DEFAULT 0,       -- time run in spans already ended
    running_since TEXT                         -- the current span's start, while running
);
CREATE INDEX agenda_by_meeting ON agenda_item (meeting_id, position);
-- An item's draft: the file as brought (so the review can be changed later),
-- the review's decisions, and the snapshot: the text as imported and
-- reviewed, one block per line, with its SHA-256. Live edits are events.
CREATE TABLE agenda_draft (
    item_id INTEGER PRIMARY KEY REFERENCES agenda_item(id),
    source TEXT NOT NULL,                      -- the file's name as given
    file BLOB,                                 -- NULL for a speech kept before agendas: its text is the draft
    choice TEXT NOT NULL DEFAULT '',           -- SpeechChoice JSON: lines put back, blanks filled
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    han_chars INTEGER NOT NULL DEFAULT 0,
    taken_at TEXT NOT NULL
);
-- 列席 for one item only.
CREATE TABLE agenda_observer (
    item_id INTEGER NOT NULL REFERENCES agenda_item(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (item_id, person_id)
);
-- What happened to the agenda, append-only: items added, removed, moved,
-- re-timed, given a draft; started, ended, skipped; and every live edit of a
-- draft (which block, before, after).
CREATE TABLE agenda_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    item_id INTEGER NOT NULL,                  -- no reference: a removed item's events stay
    kind TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'moved', 'retimed', 'draft', 'started', 'ended', 'skipped',
                                       'edit', 'insert', 'delete')),
    at TEXT NOT NULL,
    block INTEGER NOT NULL DEFAULT 0,          -- an edit's block id (insert: the new block's; detail: after which)
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_event_by_item ON agenda_event (item_id, id);
-- The prompter's log names the item read (a speaker's pace is learned from it).
ALTER TABLE prompter_log ADD COLUMN item_id INTEGER;

-- Every meeting keeps the speech it had as its first item, a 讲话, its draft
-- the snapshot as it was (source, text, SHA-256): the seal's "speech" link of
-- a meeting finalized before agendas is checked against it. Its times come
-- from the prompter's log.
INSERT INTO agenda_item (meeting_id, position, title, kind, state, actual_start, actual_end)
    SELECT s.meeting_id, 1, m.title, 'speech',
           CASE WHEN EXISTS (SELECT 1 FROM prompter_log l WHERE l.meeting_id = s.meeting_id) THEN 'done' ELSE 'waiting' END,
           (SELECT min(at) FROM prompter_log l WHERE l.meeting_id = s.meeting_id),
           (SELECT max(at) FROM prompter_log l WHERE l.meeting_id = s.meeting_id)
    FROM speech_snapshot s JOIN meeting m ON m.id = s.meeting_id ORDER BY s.meeting_id;
INSERT INTO agenda_draft (item_id, source, file, text, sha256, taken_at)
    SELECT i.id, s.source, NULL, s.text, s.sha256, s.taken_at
    FROM speech_snapshot s JOIN agenda_item i ON i.meeting_id = s.meeting_id;
UPDATE prompter_log SET item_id = (SELECT id FROM agenda_item i WHERE i.meeting_id = prompter_log.meeting_id);
DROP TABLE speech_snapshot;                    -- its triggers go with it

CREATE TRIGGER agenda_event_no_update BEFORE UPDATE ON agenda_event
    BEGIN SELECT RAISE(ABORT, 'the agenda log is append-only'); END;
CREATE TRIGGER agenda_event_no_delete BEFORE DELETE ON agenda_event
    BEGIN SELECT RAISE(ABORT, 'the agenda log is append-only'); END;
CREATE TRIGGER agenda_event_sealed BEFORE INSERT ON agenda_event
    WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_item_sealed_insert BEFORE INSERT ON agenda_item
    WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_item_sealed_update BEFORE UPDATE ON agenda_item
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_item_sealed_delete BEFORE DELETE ON agenda_item
    WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_draft_sealed_insert BEFORE INSERT ON agenda_draft
    WHEN (SELECT m.state FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_draft_sealed_update BEFORE UPDATE ON agenda_draft
    WHEN (SELECT m.state FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_draft_sealed_delete BEFORE DELETE ON agenda_draft
    WHEN (SELECT m.state FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_observer_sealed_insert BEFORE INSERT ON agenda_observer
    WHEN (SELECT m.state FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
CREATE TRIGGER agenda_observer_sealed_delete BEFORE DELETE ON agenda_observer
    WHEN (SELECT m.state FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;

-- The seal covers the agenda: each item (with its draft's hash and who
-- attended it) and each agenda event. The links are copied as they are.
CREATE TABLE seal_link_v4 (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    what TEXT NOT NULL CHECK (what IN ('meeting', 'expected', 'event', 'speech', 'item', 'agenda_event', 'recording', 'record')),
    ref INTEGER NOT NULL DEFAULT 0,
    content TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (meeting_id, seq)
);
INSERT INTO seal_link_v4 SELECT meeting_id, seq, what, ref, content, hash FROM seal_link;
DROP TABLE seal_link;
ALTER TABLE seal_link_v4 RENAME TO seal_link;
CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
)sql"},
        {5, R"sql(
-- How a sign-in came: '' at the door screen, the console or the command
-- line; 'phone' by scanning the room's code (扫码). Older events are ''.
ALTER TABLE attendance_event ADD COLUMN channel TEXT NOT NULL DEFAULT '' CHECK (channel IN ('', 'phone'));
-- A phone that opened the sign-in address with a fresh code: its cookie's
-- SHA-256 (the cookie itself is never stored), the meeting, and once used,
-- the one person it signed in (one phone, one person per meeting).
CREATE TABLE phone_session (
    id TEXT PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    opened_at TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    person_id INTEGER REFERENCES person(id),
    event_id INTEGER REFERENCES attendance_event(id)
);
CREATE INDEX phone_session_by_meeting ON phone_session (meeting_id);
-- Attempts the room's server refused (a stale code, a second person from
-- one phone, too many requests): kept with the meeting for the operator, not
-- part of the sealed record.
CREATE TABLE lan_refusal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER REFERENCES meeting(id),
    at TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lan_refusal_by_meeting ON lan_refusal (meeting_id, id);
)sql"},
        {6, R"sql(
-- An administrator's word that the clock is right now, after records were
-- written by a clock that ran ahead (ClockCheck): from then on the clock is
-- held against this moment and the rows written after it, not the earlier
-- ones (up to the ids kept here). Append-only: the record keeps each one.
CREATE TABLE clock_accepted (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,                  -- the clock when it was accepted
    attendance_upto INTEGER NOT NULL,  -- the attendance events written before
    agenda_upto INTEGER NOT NULL,      -- the agenda events written before
    latest_before TEXT NOT NULL,       -- the latest of those, for people
    reason TEXT NOT NULL CHECK (length(reason) > 0)
);
CREATE TRIGGER clock_accepted_no_update BEFORE UPDATE ON clock_accepted
    BEGIN SELECT RAISE(ABORT, 'clock acceptances are append-only'); END;
CREATE TRIGGER clock_accepted_no_delete BEFORE DELETE ON clock_accepted
    BEGIN SELECT RAISE(ABORT, 'clock acceptances are append-only'); END;
)sql"},
        {7, R"sql(
-- What an item is about, for its quorum (DecisionRules): '' a general matter,
-- 'appointment' 干部任免, 'major' 重大事项.
ALTER TABLE agenda_item ADD COLUMN matter TEXT NOT NULL DEFAULT '' CHECK (matter IN ('', 'appointment', 'major'));
-- How an item was decided, append-only (Decisions): a member's withdrawal
-- (回避) with the reason; a vote with its method, counts (or each member's
-- ballot for a named vote), the result and the numbers it was reckoned by; a
-- revote is a later row with its reason, the earlier one kept; an absent
-- member's written opinion (书面意见) as text or a scanned file; and the
-- decision's text (议定事项), the latest row being the current text.
CREATE TABLE decision_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    item_id INTEGER NOT NULL REFERENCES agenda_item(id),
    kind TEXT NOT NULL CHECK (kind IN ('recusal', 'vote', 'opinion', 'decision')),
    person_id INTEGER REFERENCES person(id),   -- a recusal's or an opinion's member
    at TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',             -- the reason, the opinion or the decision
    method TEXT NOT NULL DEFAULT '' CHECK (method IN ('', 'hands', 'secret', 'named')),
    votes_for INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
    votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
    votes_abstain INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
    result TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'passed', 'failed', 'deferred')),
    basis TEXT NOT NULL DEFAULT '',            -- JSON: the rule and the numbers the result follows from
    ballots TEXT NOT NULL DEFAULT '',          -- JSON, a named vote: [{"person": id, "choice": "for"}]
    file_name TEXT NOT NULL DEFAULT '',
    file BLOB,
    file_sha256 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decision_by_item ON decision_event (item_id, id);
CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision_event
    BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision_event
    BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decision_sealed BEFORE INSERT ON decision_event
    WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'the meeting is finalized'); END;
-- The seal covers the decisions: the links are copied as they are.
CREATE TABLE seal_link_v7 (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    what TEXT NOT NULL CHECK (what IN ('meeting', 'expected', 'event', 'speech', 'item', 'agenda_event', 'decision', 'recording', 'record')),
    ref INTEGER NOT NULL DEFAULT 0,
    content TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (meeting_id, seq)
);
INSERT INTO seal_link_v7 SELECT meeting_id, seq, what, ref, content, hash FROM seal_link;
DROP TABLE seal_link;
ALTER TABLE seal_link_v7 RENAME TO seal_link;
CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal_link
    BEGIN SELECT RAISE(ABORT, 'the seal is append-only'); END;
)sql"},
        {8, R"sql(
-- The outbox (PRODUCT.md "Many rooms"): every row that matters to the
-- organisation's central store gets a UUID and a row here in the same
-- transaction as itself (the triggers below), whichever way it was written.
-- The sync sends them in order and marks them sent only after the server
-- committed them; the server keeps each UUID once, so sending again adds
-- nothing. Without a central store the rows only wait.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-'
                                                 || hex(randomblob(2)) || '-' || hex(randomblob(6)))),
    kind TEXT NOT NULL,
    meeting_id INTEGER,
    ref INTEGER NOT NULL,                  -- the row's id in its table (a seal link's seq, an expected person's id)
    payload TEXT NOT NULL,                 -- JSON: the row as it is
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    sent_at TEXT                           -- when the server committed it
);
CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;

-- Each kind's row as the outbox carries it, defined once for the triggers and the backlog.
CREATE VIEW outbox_meeting AS SELECT id AS meeting_id, id AS ref, json_object(
    'id', id, 'title', title, 'kind', kind, 'session', session, 'place', place, 'planned_start', planned_start,
    'planned_end', planned_end, 'actual_start', actual_start, 'actual_end', actual_end, 'chair', chair, 'recorder', recorder,
    'grace_minutes', grace_minutes, 'state', state) AS payload FROM meeting;
CREATE VIEW outbox_expected AS SELECT e.meeting_id, e.person_id AS ref, json_object(
    'meeting', e.meeting_id, 'person', e.person_id, 'name', p.name, 'unit', p.unit, 'title', p.title, 'role', e.role) AS payload
    FROM expected e JOIN person p ON p.id = e.person_id;
CREATE VIEW outbox_attendance AS SELECT e.meeting_id, e.id AS ref, json_object(
    'id', e.id, 'meeting', e.meeting_id, 'person', e.person_id, 'name', p.name, 'unit', p.unit, 'kind', e.kind, 'at', e.at,
    'recorded_at', e.recorded_at, 'reason', e.reason, 'approver', e.approver, 'signature', CAST(e.signature AS TEXT),
    'amendment', e.amendment, 'channel', e.channel) AS payload
    FROM attendance_event e JOIN person p ON p.id = e.person_id;
CREATE VIEW outbox_item AS SELECT meeting_id, id AS ref, json_object(
    'id', id, 'meeting', meeting_id, 'position', position, 'title', title, 'kind', kind, 'matter', matter, 'speaker', speaker_name,
    'speaker_role', speaker_role, 'planned_s', planned_s, 'state', state, 'actual_start', actual_start, 'actual_end', actual_end,
    'spent_ms', spent_ms) AS payload FROM agenda_item;
CREATE VIEW outbox_agenda AS SELECT meeting_id, id AS ref, json_object(
    'id', id, 'meeting', meeting_id, 'item', item_id, 'kind', kind, 'at', at, 'block', block, 'before', before, 'after', after,
    'detail', detail) AS payload FROM agenda_event;
CREATE VIEW outbox_decision AS SELECT meeting_id, id AS ref, json_object(
    'id', id, 'meeting', meeting_id, 'item', item_id, 'kind', kind, 'person', person_id, 'at', at, 'text', text, 'method', method,
    'for', votes_for, 'against', votes_against, 'abstain', votes_abstain, 'result', result, 'basis', basis, 'ballots', ballots,
    'file_name', file_name, 'file_sha256', file_sha256) AS payload FROM decision_event;
CREATE VIEW outbox_recording AS SELECT meeting_id, id AS ref, json_object(
    'id', id, 'meeting', meeting_id, 'file', file, 'started_at', started_at, 'sample_rate', sample_rate, 'duration_ms', duration_ms,
    'sha256', sha256, 'state', state, 'note', note) AS payload FROM recording;
CREATE VIEW outbox_seal AS SELECT meeting_id, seq AS ref, json_object(
    'meeting', meeting_id, 'seq', seq, 'what', what, 'ref', ref, 'content', content, 'hash', hash) AS payload FROM seal_link;

-- What was recorded before the outbox, in the order it could have happened.
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'meeting', meeting_id, ref, payload FROM outbox_meeting ORDER BY ref;
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'expected', meeting_id, ref, payload FROM outbox_expected ORDER BY meeting_id, ref;
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'item', meeting_id, ref, payload FROM outbox_item ORDER BY ref;
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'attendance', meeting_id, ref, payload FROM outbox_attendance ORDER BY ref;
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'agenda', meeting_id, ref, payload FROM outbox_agenda ORDER BY ref;
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'decision', meeting_id, ref, payload FROM outbox_decision ORDER BY ref;
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'recording', meeting_id, ref, payload FROM outbox_recording ORDER BY ref;
INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'seal', meeting_id, ref, payload FROM outbox_seal ORDER BY meeting_id, ref;

-- From now on, each row with its outbox row, in its own transaction.
CREATE TRIGGER outbox_meeting_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'meeting', meeting_id, ref, payload FROM outbox_meeting WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_meeting_update AFTER UPDATE ON meeting BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'meeting', meeting_id, ref, payload FROM outbox_meeting WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_expected_insert AFTER INSERT ON expected BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'expected', meeting_id, ref, payload FROM outbox_expected
        WHERE meeting_id = NEW.meeting_id AND ref = NEW.person_id; END;
CREATE TRIGGER outbox_expected_update AFTER UPDATE ON expected BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'expected', meeting_id, ref, payload FROM outbox_expected
        WHERE meeting_id = NEW.meeting_id AND ref = NEW.person_id; END;
CREATE TRIGGER outbox_expected_delete AFTER DELETE ON expected BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) VALUES ('expected_removed', OLD.meeting_id, OLD.person_id,
        json_object('meeting', OLD.meeting_id, 'person', OLD.person_id)); END;
CREATE TRIGGER outbox_item_insert AFTER INSERT ON agenda_item BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'item', meeting_id, ref, payload FROM outbox_item WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_item_update AFTER UPDATE ON agenda_item BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'item', meeting_id, ref, payload FROM outbox_item WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_item_delete AFTER DELETE ON agenda_item BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) VALUES ('item_removed', OLD.meeting_id, OLD.id,
        json_object('id', OLD.id, 'meeting', OLD.meeting_id)); END;
CREATE TRIGGER outbox_attendance_insert AFTER INSERT ON attendance_event BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'attendance', meeting_id, ref, payload FROM outbox_attendance WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_agenda_insert AFTER INSERT ON agenda_event BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'agenda', meeting_id, ref, payload FROM outbox_agenda WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_decision_insert AFTER INSERT ON decision_event BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'decision', meeting_id, ref, payload FROM outbox_decision WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_recording_insert AFTER INSERT ON recording BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'recording', meeting_id, ref, payload FROM outbox_recording WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_recording_update AFTER UPDATE ON recording BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'recording', meeting_id, ref, payload FROM outbox_recording WHERE ref = NEW.id; END;
CREATE TRIGGER outbox_seal_insert AFTER INSERT ON seal_link BEGIN
    INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'seal', meeting_id, ref, payload FROM outbox_seal
        WHERE meeting_id = NEW.meeting_id AND ref = NEW.seq; END;
)sql"},
        {9, R"sql(
-- What comes down from the organisation's central store (central/Receive):
-- the directory's people carry its id, a booked meeting its booking's id and
-- version; a newer directory or booking is applied in one transaction, and
-- never over what this kiosk recorded itself.
ALTER TABLE person ADD COLUMN central_id INTEGER;
CREATE UNIQUE INDEX person_central ON person (central_id) WHERE central_id IS NOT NULL;
ALTER TABLE meeting ADD COLUMN booking_id INTEGER;
ALTER TABLE meeting ADD COLUMN booking_version INTEGER;
CREATE UNIQUE INDEX meeting_booking ON meeting (booking_id) WHERE booking_id IS NOT NULL;
-- The versions applied (directory_version …).
CREATE TABLE central_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Who is expected goes up with the directory's id: reports find a person across rooms by it.
DROP VIEW outbox_expected;
CREATE VIEW outbox_expected AS SELECT e.meeting_id, e.person_id AS ref, json_object(
    'meeting', e.meeting_id, 'person', e.person_id, 'central_id', p.central_id, 'name', p.name, 'unit', p.unit, 'title', p.title,
    'role', e.role) AS payload
    FROM expected e JOIN person p ON p.id = e.person_id;
)sql"},
    };
    return steps;
}

} // namespace lectern
