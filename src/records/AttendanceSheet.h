#pragma once

#include "meeting/Attendance.h"

#include <optional>

#include <QList>
#include <QString>

namespace lectern::store {
class Database;
}

namespace lectern::records {

// One line of a sign-in sheet or attendance export.
struct SheetRow
{
    int number = 0;   // 序号, from 1; walk-ins go on counting after the expected
    qint64 personId = 0;
    QString name;
    QString unit;
    QString title;
    QString role;     // 出席 / 列席 / 主持 / 记录, or 临时参会 for a walk-in (translated)
    std::optional<Role> roleKind; // none for a walk-in
    QString status;   // 已到 / 迟到 / 请假 / 缺席 (translated)
    QString statusKey; // present, late, leave, absent
    QDateTime time;   // of the sign-in that counts
    bool retroactive = false; // 补签
    bool walkIn = false;
    QString note;     // the leave's reason and approver, or 补签
    QByteArray signature;
};

// Everything the exports print, from the derived attendance: the expected
// people in roster order (chair and recorder first), then the walk-ins.
struct AttendanceSheet
{
    Meeting meeting;
    QList<SheetRow> rows;
    AttendanceCounts counts;
};
AttendanceSheet buildSheet(const store::Database &db, const Meeting &meeting);

// The people of a record, by what they were: chair and recorder (the
// meeting's fields, else those in the roles), 出席 present, 列席 present,
// on leave with the reason (请假), and absent with the reason or status.
struct PeopleLists
{
    QString chair, recorder;
    QStringList attending;   // present, not observing (walk-ins included)
    QStringList observing;   // 列席, present
    QStringList onLeave;     // "陈静（出差，王书记批准）"
    QStringList absent;      // not present and not on leave: "王五（出差）", the reason if any
    QStringList notPresent;  // both, each with its status: "陈静（请假：出差）"
};
PeopleLists peopleLists(const AttendanceSheet &sheet);

// 2026年11月30日 09:00, as forms print it.
QString formDateTime(const QDateTime &t);
QString formTime(const QDateTime &t); // 09:00
QString formDate(const QDateTime &t); // 2026年11月30日

} // namespace lectern::records
