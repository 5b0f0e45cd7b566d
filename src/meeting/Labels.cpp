#include "Labels.h"

#include <QCoreApplication>

namespace lectern {

QString meetingStateLabel(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft: return QCoreApplication::translate("lectern::Labels", "draft");
    case MeetingState::Open: return QCoreApplication::translate("lectern::Labels", "open");
    case MeetingState::Closed: return QCoreApplication::translate("lectern::Labels", "closed");
    case MeetingState::Finalized: return QCoreApplication::translate("lectern::Labels", "finalized");
    }
    return {};
}

QString meetingStateLabel(const Meeting &meeting, const QDateTime &now)
{
    if (meeting.state == MeetingState::Open && !hasStarted(meeting, now))
        return QCoreApplication::translate("lectern::Labels", "not started");
    return meetingStateLabel(meeting.state);
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Attend: return QCoreApplication::translate("lectern::Labels", "attending");
    case Role::Observe: return QCoreApplication::translate("lectern::Labels", "observing");
    case Role::Chair: return QCoreApplication::translate("lectern::Labels", "chairing");
    case Role::Record: return QCoreApplication::translate("lectern::Labels", "recording");
    }
    return {};
}

QString statusKey(const PersonAttendance &p)
{
    switch (p.presence) {
    case Presence::Present: return p.late ? QStringLiteral("late") : QStringLiteral("present");
    case Presence::OnLeave: return QStringLiteral("leave");
    case Presence::Absent: return QStringLiteral("absent");
    case Presence::None: return p.notYet ? QStringLiteral("not_yet") : QStringLiteral("absent");
    }
    return {};
}

QString statusLabel(const PersonAttendance &p)
{
    switch (p.presence) {
    case Presence::Present:
        return p.late ? QCoreApplication::translate("lectern::Labels", "late") : QCoreApplication::translate("lectern::Labels", "present");
    case Presence::OnLeave: return QCoreApplication::translate("lectern::Labels", "on leave");
    case Presence::Absent: return QCoreApplication::translate("lectern::Labels", "absent");
    case Presence::None:
        return p.notYet ? QCoreApplication::translate("lectern::Labels", "not yet arrived") : QCoreApplication::translate("lectern::Labels", "absent");
    }
    return {};
}

QString statusLabelForKey(const QString &key)
{
    PersonAttendance p;
    p.presence = key == u"present" || key == u"late" ? Presence::Present
        : key == u"leave"                            ? Presence::OnLeave
        : key == u"absent"                           ? Presence::Absent
                                                     : Presence::None;
    p.late = key == u"late";
    p.notYet = key == u"not_yet";
    return statusLabel(p);
}

QString itemKindLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Host: return QCoreApplication::translate("lectern::Labels", "chair's links");
    case ItemKind::Speech: return QCoreApplication::translate("lectern::Labels", "speech");
    case ItemKind::Report: return QCoreApplication::translate("lectern::Labels", "report");
    case ItemKind::Remarks: return QCoreApplication::translate("lectern::Labels", "remarks");
    case ItemKind::Review: return QCoreApplication::translate("lectern::Labels", "deliberation");
    case ItemKind::Vote: return QCoreApplication::translate("lectern::Labels", "vote");
    case ItemKind::Break: return QCoreApplication::translate("lectern::Labels", "break");
    }
    return {};
}

QString itemStateLabel(ItemState state)
{
    switch (state) {
    case ItemState::Waiting: return QCoreApplication::translate("lectern::Labels", "to come");
    case ItemState::Running: return QCoreApplication::translate("lectern::Labels", "now");
    case ItemState::Done: return QCoreApplication::translate("lectern::Labels", "done");
    case ItemState::Skipped: return QCoreApplication::translate("lectern::Labels", "skipped");
    }
    return {};
}

QString itemName(const AgendaItem &item)
{
    return item.title.isEmpty() ? itemKindLabel(item.kind) : item.title;
}

} // namespace lectern
