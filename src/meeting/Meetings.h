#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern {

enum class MeetingState { Draft, Open, Closed, Finalized };
QString meetingStateKey(MeetingState state); // draft, open, closed, finalized
std::optional<MeetingState> meetingStateFromKey(const QString &key);

// Who is expected, and as what: 出席 attend, 列席 observe, 主持 chair, 记录 record.
enum class Role { Attend, Observe, Chair, Record };
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);

struct Meeting
{
    qint64 id = 0;
    QString title;
    QString kind;
    QString session;
    QString place;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QDateTime actualStart;
    QDateTime actualEnd;
    QString chair;
    QString recorder;
    int graceMinutes = 0;
    MeetingState state = MeetingState::Draft;
    QDateTime createdAt;

    // Draft or open: the door takes sign-ins (closed: only 补签; finalized: only amendments).
    bool takesSignIns() const { return state == MeetingState::Draft || state == MeetingState::Open; }
};

struct Expected
{
    qint64 personId = 0;
    Role role = Role::Attend;
};

// The meeting table and who is expected at each.
namespace meetings {

// Creates the meeting (state open: sign-in can start) with its expected people, in one transaction.
qint64 create(const store::Database &db, const Meeting &meeting, const QList<Expected> &expected, const QDateTime &now);
// Changes a draft or open meeting's details (title … grace period) and who is
// expected, in one transaction. False when the meeting is closed or finalized.
bool update(const store::Database &db, const Meeting &meeting, const QList<Expected> &expected);
QList<Meeting> all(const store::Database &db);
// The open meeting whose planned start is nearest to `now` (today's meeting), if any.
std::optional<Meeting> nearestOpen(const store::Database &db, const QDateTime &now);
std::optional<Meeting> byId(const store::Database &db, qint64 id);
QList<Expected> expected(const store::Database &db, qint64 meetingId);

// Moves a meeting on: open → closed (the actual end is now). Returns false
// when the meeting is not open (closing twice, or after finalizing).
bool close(const store::Database &db, qint64 meetingId, const QDateTime &now);

// The record's content as the recorder typed it (notes and decisions).
struct RecordText
{
    QString notes;
    QString decisions;
};
RecordText recordText(const store::Database &db, qint64 meetingId);
// Refused (false) once the meeting is finalized.
bool setRecordText(const store::Database &db, qint64 meetingId, const RecordText &text);

QString timeText(const QDateTime &t);       // how times are stored: ISO 8601 with offset and milliseconds
QDateTime timeFromText(const QString &text);

} // namespace meetings
} // namespace lectern
