#include "Attendance.h"

#include <limits>

namespace lectern {

QString eventKindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::SignIn: return QStringLiteral("sign_in");
    case EventKind::Undo: return QStringLiteral("undo");
    case EventKind::Leave: return QStringLiteral("leave");
    case EventKind::Absent: return QStringLiteral("absent");
    case EventKind::WalkIn: return QStringLiteral("walk_in");
    case EventKind::RetroSignIn: return QStringLiteral("retro_sign_in");
    }
    return {};
}

std::optional<EventKind> eventKindFromKey(const QString &key)
{
    for (EventKind k : {EventKind::SignIn, EventKind::Undo, EventKind::Leave, EventKind::Absent, EventKind::WalkIn, EventKind::RetroSignIn})
        if (eventKindKey(k) == key)
            return k;
    return std::nullopt;
}

bool hasStarted(const Meeting &meeting, const QDateTime &now)
{
    return !meeting.takesSignIns() || !meeting.plannedStart.isValid() || !now.isValid() || now >= meeting.plannedStart;
}

std::optional<int> msecsUntilStart(const Meeting &meeting, const QDateTime &now)
{
    if (hasStarted(meeting, now))
        return std::nullopt;
    const qint64 ms = now.msecsTo(meeting.plannedStart) + 1; // just past the start
    if (ms <= 0 || ms > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(ms);
}

AttendanceState deriveAttendance(const Meeting &meeting, const QList<Expected> &expected, const QList<AttendanceEvent> &events,
                                 const QDateTime &now)
{
    const bool started = hasStarted(meeting, now);
    AttendanceState state;
    QHash<qint64, Role> roles;
    for (const Expected &e : expected) {
        roles.insert(e.personId, e.role);
        state.people.insert(e.personId, {});
    }
    const QDateTime lateAfter = meeting.plannedStart.addSecs(qint64(meeting.graceMinutes) * 60);
    for (const AttendanceEvent &e : events) {
        PersonAttendance &p = state.people[e.personId];
        switch (e.kind) {
        case EventKind::SignIn:
        case EventKind::WalkIn:
        case EventKind::RetroSignIn:
            if (p.presence == Presence::Present)
                break; // a second sign-in changes nothing (and is never written)
            p = {};
            p.presence = Presence::Present;
            p.signedInAt = e.at;
            p.late = meeting.plannedStart.isValid() && e.at > lateAfter;
            p.walkIn = e.kind == EventKind::WalkIn || !roles.contains(e.personId);
            p.retroactive = e.kind == EventKind::RetroSignIn;
            p.byPhone = e.channel == Channel::Phone;
            p.signature = e.signature;
            break;
        case EventKind::Undo:
            p = {}; // as if that sign-in (or leave) had not been
            break;
        case EventKind::Leave:
            p = {};
            p.presence = Presence::OnLeave;
            p.reason = e.reason;
            p.approver = e.approver;
            break;
        case EventKind::Absent:
            p = {};
            p.presence = Presence::Absent;
            p.reason = e.reason;
            break;
        }
    }
    AttendanceCounts &c = state.counts;
    for (auto it = state.people.begin(); it != state.people.end(); ++it) {
        PersonAttendance &p = it.value();
        const auto role = roles.constFind(it.key());
        if (role == roles.cend()) {
            c.walkIns += p.presence == Presence::Present ? 1 : 0;
            continue;
        }
        if (*role == Role::Observe) {
            c.observersPresent += p.presence == Presence::Present ? 1 : 0;
            continue;
        }
        ++c.expected;
        switch (p.presence) {
        case Presence::Present:
            ++c.present;
            c.late += p.late ? 1 : 0;
            break;
        case Presence::OnLeave: ++c.onLeave; break;
        case Presence::None:
            p.notYet = !started;
            ++(started ? c.absent : c.notYet);
            break;
        case Presence::Absent: ++c.absent; break; // marked absent by the secretary, before the start too
        }
    }
    return state;
}

} // namespace lectern
