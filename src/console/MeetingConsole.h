#pragma once

#include "ExpectedPeopleModel.h"
#include "MeetingListModel.h"
#include "RecordingListModel.h"
#include "meeting/DatabaseWatcher.h"
#include "meeting/MeetingStore.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lectern {

// The secretary's console for meetings, for the screen: the meetings of the
// data folder, the one being worked on (its details, live counts, the
// record's notes and decisions), and what is done to them — create and edit,
// import a roster (rejected rows listed by number), close, finalize and
// export to a folder. Each action says in one line what it did or why not
// (`message`); nothing here is done by QML.
class MeetingConsole : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY dataDirChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY dataDirChanged)
    Q_PROPERTY(lectern::MeetingListModel *meetings READ meetings CONSTANT)
    // Who the chosen meeting (or the new one) expects, as what: edited in the form, saved with it.
    Q_PROPERTY(lectern::ExpectedPeopleModel *expectedPeople READ expectedPeople CONSTANT)
    // The chosen meeting's recordings, take by take (for playback and the record).
    Q_PROPERTY(lectern::RecordingListModel *recordings READ recordings CONSTANT)
    Q_PROPERTY(int rosterCount READ rosterCount NOTIFY rosterChanged)
    Q_PROPERTY(QStringList rejectedRows READ rejectedRows NOTIFY rosterChanged)
    Q_PROPERTY(int meetingId READ meetingId WRITE setMeetingId NOTIFY meetingChanged) // int: QML has no 64-bit integers
    Q_PROPERTY(QString title READ title NOTIFY meetingChanged)
    Q_PROPERTY(QString stateKey READ stateKey NOTIFY meetingChanged)
    Q_PROPERTY(QString countsText READ countsText NOTIFY meetingChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY meetingChanged)
    Q_PROPERTY(QString decisions READ decisions NOTIFY meetingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    // Where exports may go: [{name, path}] (ExportFolders), read when asked.
    Q_PROPERTY(QVariantList exportFolders READ exportFolders NOTIFY dataDirChanged)

public:
    explicit MeetingConsole(QObject *parent = nullptr);
    ~MeetingConsole() override;

    QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    bool ready() const { return bool(m_store); }
    MeetingListModel *meetings() { return &m_meetings; }
    ExpectedPeopleModel *expectedPeople() { return &m_expected; }
    RecordingListModel *recordings() { return &m_recordings; }
    int rosterCount() const { return m_rosterCount; }
    QStringList rejectedRows() const { return m_rejected; }
    int meetingId() const { return int(m_current.id); }
    void setMeetingId(int id);
    QVariantMap meeting() const;
    QString stateKey() const;
    QString title() const { return m_current.title; }
    // One field of the form as text (the keys of saveMeeting): the chosen
    // meeting's, or for a new meeting the rules' defaults (the start in the
    // next full hour, the grace period) and "" for the rest.
    Q_INVOKABLE QString field(const QString &name) const { return formFields().value(name).toString(); }
    QVariantMap formFields() const;
    QString countsText() const { return m_countsText; }
    QString notes() const { return m_notes; }
    QString decisions() const { return m_decisions; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QVariantList exportFolders() const;

    // A new meeting (no "id" or 0) or changes to the chosen one. Fields:
    // title, kind, session, place, start and end ("YYYY-MM-DD HH:MM"), chair,
    // recorder, grace_min. Expected: as `expectedPeople` says — by default
    // everyone on the roster attending, with the chair and the recorder,
    // found by name, in their roles. Returns the meeting's id, 0 when refused.
    Q_INVOKABLE int saveMeeting(const QVariantMap &fields);
    Q_INVOKABLE bool importRoster(const QString &pathOrUrl);
    Q_INVOKABLE bool saveRecord(const QString &notes, const QString &decisions);
    Q_INVOKABLE bool closeMeeting();
    Q_INVOKABLE bool finalizeMeeting();
    // The sign-in sheet, the record and the attendance into `folder`.
    Q_INVOKABLE bool exportTo(const QString &folder);
    Q_INVOKABLE void refresh();
    // Files to import with one of `suffixes` (ExportFolders: removable drives, imports/).
    Q_INVOKABLE QVariantList filesToImport(const QStringList &suffixes) const;

signals:
    void dataDirChanged();
    void rosterChanged();
    void meetingChanged();
    void messageChanged();

private:
    void refreshLists();
    void say(const QString &message, bool failed);
    bool needMeeting();
    void loadCurrent();
    void loadExpected(bool keepEdits);

    QString m_dataDir;
    std::shared_ptr<MeetingStore> m_store; // the process's one for the folder (MeetingStore::shared)
    std::unique_ptr<DatabaseWatcher> m_watcher; // after m_store: it reads through the store's connection
    MeetingListModel m_meetings;
    ExpectedPeopleModel m_expected;
    RecordingListModel m_recordings;
    qint64 m_expectedFor = -1; // the meeting m_expected was loaded for
    int m_rosterCount = 0;
    QStringList m_rejected;
    Meeting m_current;
    QString m_countsText;
    QString m_notes;
    QString m_decisions;
    QString m_message;
    bool m_failed = false;
};

} // namespace lectern
