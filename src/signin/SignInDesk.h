#pragma once

#include "PersonResults.h"
#include "meeting/DatabaseWatcher.h"
#include "meeting/MeetingStore.h"
#include "meeting/PersonSearch.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lectern {

// The sign-in at the door, for the screen: the meeting being signed into
// (the open meeting nearest to now, or the one named), the search as it is
// typed letter by letter on the screen's own keys, the person chosen, the
// sign-in with its signature, and the live counts. A sign-in is acknowledged
// (signedIn) only once it is committed to the disk.
class SignInDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY dataDirChanged)
    // The meeting to sign into; 0: the open meeting nearest to now. (An int: QML has no 64-bit integers.)
    Q_PROPERTY(int meetingId READ meetingId WRITE setMeetingId NOTIFY meetingChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY meetingChanged)
    Q_PROPERTY(QString error READ error NOTIFY meetingChanged)
    Q_PROPERTY(QString recovery READ recovery NOTIFY meetingChanged)
    Q_PROPERTY(QString title READ title NOTIFY meetingChanged)
    Q_PROPERTY(QString place READ place NOTIFY meetingChanged)
    Q_PROPERTY(QString startText READ startText NOTIFY meetingChanged)
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(bool searchFirst READ searchFirst WRITE setSearchFirst NOTIFY searchFirstChanged)
    Q_PROPERTY(lectern::PersonResults *results READ results CONSTANT)
    Q_PROPERTY(int expected READ expected NOTIFY countsChanged)
    Q_PROPERTY(int present READ present NOTIFY countsChanged)
    Q_PROPERTY(int onLeave READ onLeave NOTIFY countsChanged)
    Q_PROPERTY(int absent READ absent NOTIFY countsChanged)
    // Before the meeting starts nobody is absent: who has not signed in is 未到.
    Q_PROPERTY(int notYet READ notYet NOTIFY countsChanged)
    Q_PROPERTY(bool started READ started NOTIFY countsChanged)
    Q_PROPERTY(int late READ late NOTIFY countsChanged)
    Q_PROPERTY(int walkIns READ walkIns NOTIFY countsChanged)

public:
    enum Outcome { Recorded, AlreadySignedIn, Closed, Failed };
    Q_ENUM(Outcome)

    explicit SignInDesk(QObject *parent = nullptr);
    ~SignInDesk() override;

    QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    int meetingId() const { return int(m_meeting.id); }
    void setMeetingId(int id);
    bool ready() const { return m_store && m_meeting.id > 0; }
    QString error() const { return m_error; }
    QString recovery() const;
    QString title() const { return m_meeting.title; }
    QString place() const { return m_meeting.place; }
    QString startText() const;
    QString query() const { return m_query; }
    bool searchFirst() const { return m_searchFirst; }
    void setSearchFirst(bool on);
    PersonResults *results() { return &m_results; }
    int expected() const { return m_counts.expected; }
    int present() const { return m_counts.present; }
    int onLeave() const { return m_counts.onLeave; }
    int absent() const { return m_counts.absent; }
    int notYet() const { return m_counts.notYet; }
    bool started() const { return hasStarted(m_meeting, QDateTime::currentDateTime()); }
    int late() const { return m_counts.late; }
    int walkIns() const { return m_counts.walkIns; }

    // The screen's keys: a letter (a–z), delete, clear.
    Q_INVOKABLE void type(const QString &letter);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void clearQuery();

    // When the person of a result row signed in ("09:01"), or "".
    Q_INVOKABLE QString signedInTime(int row) const;
    // Signs the person of a row in with the pad's strokes; resets the search
    // for the next person once recorded.
    Q_INVOKABLE lectern::SignInDesk::Outcome signIn(int row, const QString &signatureJson);
    // Someone not on the list signs (their handwriting is the record; the
    // operator names them later): flagged as a walk-in.
    Q_INVOKABLE lectern::SignInDesk::Outcome signInWalkIn(const QString &signatureJson);

signals:
    void dataDirChanged();
    void meetingChanged();
    void queryChanged();
    void searchFirstChanged();
    void countsChanged();
    // Committed: the screen may say so.
    void signedIn(const QString &name, const QString &unit, bool late);

private:
    void open();
    void chooseMeeting(qint64 wanted);
    void refresh(); // people, counts and results after a change
    void search();
    Outcome record(qint64 personId, EventKind kind, const QString &signatureJson);

    QString m_dataDir;
    qint64 m_wanted = 0; // asked for (0: today's), kept until the store is open
    std::shared_ptr<MeetingStore> m_store; // the process's one for the folder (MeetingStore::shared)
    std::unique_ptr<DatabaseWatcher> m_watcher; // after m_store: it reads through the store's connection
    QTimer m_atStart; // 未到 turns to 缺席 when the meeting starts
    QString m_error;
    Meeting m_meeting;
    PersonSearch m_index;
    QHash<qint64, PersonAttendance> m_attendance;
    QSet<qint64> m_expectedIds;
    AttendanceCounts m_counts;
    QString m_query;
    bool m_searchFirst = false;
    PersonResults m_results;
};

} // namespace lectern
