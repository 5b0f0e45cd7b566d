#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lectern::central {

class PgConnection;

// Reports across rooms, read from the server's projections of the events
// (report_meeting, report_expected, report_presence: indexed, kept by a
// trigger as events arrive). A person's state in a meeting is the kiosk's
// (statusKey): present, late, leave, absent, not_yet (it has not started).
struct ReportPeriod
{
    QDate from; // invalid: open
    QDate to;   // inclusive; invalid: open
};

struct ReportPerson
{
    QString name;
    QString unit;
    QString role;  // attend, observe, chair, record
    QString state; // a statusKey
    QDateTime signedInAt;
};

struct ReportMeeting
{
    QString room;
    qint64 meeting = 0; // the kiosk's id
    QString title;
    QString kind;
    QDateTime start;    // planned
    int expected = 0;   // 应到: observers (列席) apart
    int present = 0;    // 实到 of them
    QList<ReportPerson> people;
};

// Every meeting a person was expected at (by name, or by the directory's id
// when `who` is a number), with their state.
QList<ReportMeeting> personReport(const PgConnection &admin, const QString &who, const ReportPeriod &period);
// How the server runs a person's, a room's or a unit's report (EXPLAIN ANALYZE): for the benchmark's record.
enum class Subject { Person, Room, Unit };
QString reportPlan(const PgConnection &admin, Subject subject, const QString &who, const ReportPeriod &period);
// Every meeting held in a room (by its name), with everyone expected.
QList<ReportMeeting> roomReport(const PgConnection &admin, const QString &room, const ReportPeriod &period);

// A unit's attendance per person and kind of meeting (meetings that have started).
struct UnitRow
{
    QString name;
    QString unit;
    QString kind;
    int expected = 0; // meetings they were expected at (as members, not 列席)
    int present = 0;  // of them, present (late included)
    int late = 0;
    int leave = 0;
    int absent = 0;
    double rate() const { return expected > 0 ? double(present) / expected : 0; }
};
QList<UnitRow> unitReport(const PgConnection &admin, const QString &unit, const ReportPeriod &period);

} // namespace lectern::central
