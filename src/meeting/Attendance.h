#pragma once

#include "Meetings.h"

#include <QByteArray>
#include <QHash>

namespace lectern {

enum class EventKind { SignIn, Undo, Leave, Absent, WalkIn, RetroSignIn };
// How a sign-in came: at the door screen, the console or the command line
// (Desk), or from a phone that scanned the room's code (Phone, 扫码).
enum class Channel { Desk, Phone };
QString eventKindKey(EventKind kind); // sign_in, undo, leave, absent, walk_in, retro_sign_in
std::optional<EventKind> eventKindFromKey(const QString &key);

// One row of the append-only attendance log.
struct AttendanceEvent
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 personId = 0;
    EventKind kind = EventKind::SignIn;
    QDateTime at;         // when it happened
    QDateTime recordedAt; // when it was written
    QString reason;
    QString approver;
    QByteArray signature;
    Channel channel = Channel::Desk;
};

// What a person's events add up to, in the order they were written.
enum class Presence { None, Present, OnLeave, Absent };

struct PersonAttendance
{
    Presence presence = Presence::None;
    QDateTime signedInAt; // the sign-in that counts (valid when Present)
    bool late = false;    // signed in after the planned start plus the grace period
    bool walkIn = false;  // not expected: came to the door
    bool retroactive = false; // 补签: entered afterwards by an administrator
    bool byPhone = false;     // 扫码: signed in from a phone
    bool notYet = false;  // 未到: no sign-in yet, and the meeting has not started (not 缺席)
    QString reason;       // of the leave or the absence
    QString approver;     // of the leave
    QByteArray signature; // of the sign-in that counts (SignatureStrokes JSON), if signed
};

// 应到 expected to attend (出席, 主持, 记录; 列席 observers are counted apart),
// 实到 of them present, 请假 on leave, 缺席 neither, 迟到 present but late;
// walk-ins and observers present are counted on their own. Before the
// meeting starts nobody is 缺席 yet: who has not signed in is 未到.
struct AttendanceCounts
{
    int expected = 0;
    int present = 0;
    int onLeave = 0;
    int absent = 0;
    int notYet = 0; // 未到, before the start
    int late = 0;
    int observersPresent = 0;
    int walkIns = 0;
    double rate() const { return expected > 0 ? double(present) / expected : 0; }
};

// The current attendance, derived from the log and never stored: one pass
// over the events in the order written, as it stands at `now`.
struct AttendanceState
{
    QHash<qint64, PersonAttendance> people; // by person id, for everyone with an event or expected
    AttendanceCounts counts;
};
AttendanceState deriveAttendance(const Meeting &meeting, const QList<Expected> &expected,
                                 const QList<AttendanceEvent> &events, const QDateTime &now);
// The meeting has started at `now`: its planned start has passed, or it is
// closed (a meeting is over once closed, whenever it was planned).
bool hasStarted(const Meeting &meeting, const QDateTime &now);
// How long until it starts, for a screen to change over then (nullopt: it
// has started, or starts too far ahead for a timer: a screen is refreshed
// long before).
std::optional<int> msecsUntilStart(const Meeting &meeting, const QDateTime &now);

} // namespace lectern
