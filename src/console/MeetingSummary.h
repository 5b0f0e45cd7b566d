#pragma once

#include "meeting/Attendance.h"
#include "meeting/MeetingStore.h"

#include "meeting/DatabaseWatcher.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lectern {

// Today's meeting at a glance, for the home screen: its title, time, place,
// state and live attendance counts. Light: no roster search, only what the
// home screen shows. Live: read again whenever the database changes, from
// this process or another (DatabaseWatcher); refresh() reads it on demand.
class MeetingSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY changed)
    // 0: the open meeting nearest to now.
    Q_PROPERTY(int meetingId READ meetingId WRITE setMeetingId NOTIFY changed) // int: QML has no 64-bit integers
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(int shownId READ shownId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(QString startText READ startText NOTIFY changed)
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY changed)
    // "2026-12-06 09:00 · 第一会议室 · 进行中": what is known of the three.
    Q_PROPERTY(QString whenWhere READ whenWhere NOTIFY changed)
    Q_PROPERTY(int expected READ expected NOTIFY changed)
    Q_PROPERTY(int present READ present NOTIFY changed)
    Q_PROPERTY(int onLeave READ onLeave NOTIFY changed)
    Q_PROPERTY(int absent READ absent NOTIFY changed)
    // Before the meeting starts nobody is absent: who has not signed in is 未到.
    Q_PROPERTY(int notYet READ notYet NOTIFY changed)
    Q_PROPERTY(bool started READ started NOTIFY changed)
    // Sign-in is open: the meeting is neither closed nor finalized (the home screen shows the phones' code then).
    Q_PROPERTY(bool takesSignIns READ takesSignIns NOTIFY changed)
    Q_PROPERTY(int late READ late NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit MeetingSummary(QObject *parent = nullptr);
    ~MeetingSummary() override;

    QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    int meetingId() const { return int(m_wanted); }
    void setMeetingId(int id);
    bool ready() const { return m_meeting.id > 0; }
    int shownId() const { return int(m_meeting.id); }
    QString title() const { return m_meeting.title; }
    QString place() const { return m_meeting.place; }
    QString startText() const;
    QString stateLabel() const;
    QString whenWhere() const;
    int expected() const { return m_counts.expected; }
    int present() const { return m_counts.present; }
    int onLeave() const { return m_counts.onLeave; }
    int absent() const { return m_counts.absent; }
    int notYet() const { return m_counts.notYet; }
    bool started() const { return hasStarted(m_meeting, QDateTime::currentDateTime()); }
    bool takesSignIns() const { return ready() && m_meeting.takesSignIns(); }
    int late() const { return m_counts.late; }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    QString m_dataDir;
    qint64 m_wanted = 0;
    std::unique_ptr<DatabaseWatcher> m_watcher; // before the store it watches goes
    std::shared_ptr<MeetingStore> m_store; // the process's one for the folder (MeetingStore::shared)
    QTimer m_atStart; // the counts and the state change when the meeting starts
    Meeting m_meeting;
    AttendanceCounts m_counts;
    QString m_error;
};

} // namespace lectern
