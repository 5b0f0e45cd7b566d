#include "AttendanceSheet.h"

#include "meeting/AttendanceLog.h"
#include "meeting/Labels.h"
#include "meeting/Roster.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lectern::records {
namespace {

int roleOrder(Role r)
{
    return r == Role::Chair ? 0 : r == Role::Record ? 1 : r == Role::Attend ? 2 : 3;
}

void setStatus(SheetRow &row, const PersonAttendance &a)
{
    row.statusKey = statusKey(a);
    row.status = statusLabel(a);
    if (a.presence == Presence::Present)
        row.time = a.signedInAt;
    row.retroactive = a.retroactive;
    row.signature = a.signature;
    QStringList note;
    if (a.retroactive)
        note.append(QCoreApplication::translate("lectern::AttendanceSheet", "entered afterwards"));
    if (a.byPhone)
        note.append(QCoreApplication::translate("lectern::AttendanceSheet", "by phone (scanned the room's code)"));
    if (!a.reason.isEmpty())
        note.append(a.reason);
    if (!a.approver.isEmpty())
        note.append(QCoreApplication::translate("lectern::AttendanceSheet", "approved by %1").arg(a.approver));
    row.note = note.join(QStringLiteral("，"));
}

} // namespace

AttendanceSheet buildSheet(const store::Database &db, const Meeting &meeting)
{
    AttendanceSheet sheet;
    sheet.meeting = meeting;
    const AttendanceState state = attendance::current(db, meeting);
    sheet.counts = state.counts;
    QList<Expected> expected = meetings::expected(db, meeting.id);
    std::stable_sort(expected.begin(), expected.end(), [](const Expected &a, const Expected &b) { return roleOrder(a.role) < roleOrder(b.role); });
    QHash<qint64, Person> people;
    for (const Person &p : roster::all(db))
        people.insert(p.id, p);
    QSet<qint64> listed;
    for (const Expected &e : expected) {
        const Person p = people.value(e.personId);
        SheetRow row;
        row.number = int(sheet.rows.size()) + 1;
        row.personId = p.id;
        row.name = p.name;
        row.unit = p.unit;
        row.title = p.title;
        row.role = roleLabel(e.role);
        row.roleKind = e.role;
        setStatus(row, state.people.value(e.personId));
        sheet.rows.append(row);
        listed.insert(e.personId);
    }
    // Walk-ins after everyone expected, in the order they signed in.
    QList<qint64> walkIns;
    for (auto it = state.people.cbegin(); it != state.people.cend(); ++it)
        if (!listed.contains(it.key()) && it.value().presence == Presence::Present)
            walkIns.append(it.key());
    std::sort(walkIns.begin(), walkIns.end(), [&state](qint64 a, qint64 b) { return state.people[a].signedInAt < state.people[b].signedInAt; });
    for (qint64 id : walkIns) {
        const Person p = people.value(id);
        SheetRow row;
        row.number = int(sheet.rows.size()) + 1;
        row.personId = id;
        row.name = p.name;
        row.unit = p.unit;
        row.title = p.title;
        row.walkIn = true;
        row.role = QCoreApplication::translate("lectern::AttendanceSheet", "walk-in");
        setStatus(row, state.people.value(id));
        sheet.rows.append(row);
    }
    return sheet;
}

PeopleLists peopleLists(const AttendanceSheet &sheet)
{
    PeopleLists out{sheet.meeting.chair, sheet.meeting.recorder, {}, {}, {}, {}, {}};
    for (const SheetRow &r : sheet.rows) {
        if (r.roleKind == Role::Chair && out.chair.isEmpty())
            out.chair = r.name;
        if (r.roleKind == Role::Record && out.recorder.isEmpty())
            out.recorder = r.name;
        const bool present = r.statusKey == u"present" || r.statusKey == u"late";
        if (present)
            (r.roleKind == Role::Observe ? out.observing : out.attending).append(r.name);
        if (present || r.walkIn)
            continue;
        const QString withStatus = r.note.isEmpty() ? QCoreApplication::translate("lectern::AttendanceSheet", "%1 (%2)").arg(r.name, r.status)
                                                    : QCoreApplication::translate("lectern::AttendanceSheet", "%1 (%2: %3)").arg(r.name, r.status, r.note);
        out.notPresent.append(withStatus);
        if (r.statusKey == u"leave")
            out.onLeave.append(r.note.isEmpty() ? r.name : QCoreApplication::translate("lectern::AttendanceSheet", "%1 (%2)").arg(r.name, r.note));
        else // the list is headed 缺席 already: the reason, if any
            out.absent.append(r.note.isEmpty() ? r.name : QCoreApplication::translate("lectern::AttendanceSheet", "%1 (%2)").arg(r.name, r.note));
    }
    return out;
}

QString formDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime l = t.toLocalTime();
    return QCoreApplication::translate("lectern::AttendanceSheet", "%1-%2-%3 %4")
        .arg(l.date().year()).arg(l.date().month()).arg(l.date().day()).arg(l.toString(QStringLiteral("HH:mm")));
}

QString formDate(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDate d = t.toLocalTime().date();
    return QCoreApplication::translate("lectern::AttendanceSheet", "%1-%2-%3").arg(d.year()).arg(d.month()).arg(d.day());
}

QString formTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace lectern::records
