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
    case Presence::Absent:
    case Presence::None: return QStringLiteral("absent");
    }
    return {};
}

QString statusLabel(const PersonAttendance &p)
{
    switch (p.presence) {
    case Presence::Present:
        return p.late ? QCoreApplication::translate("lectern::Labels", "late") : QCoreApplication::translate("lectern::Labels", "present");
    case Presence::OnLeave: return QCoreApplication::translate("lectern::Labels", "on leave");
    case Presence::Absent:
    case Presence::None: return QCoreApplication::translate("lectern::Labels", "absent");
    }
    return {};
}

} // namespace lectern
