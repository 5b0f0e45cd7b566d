#include "MeetingConsole.h"

#include "ExportFolders.h"
#include "meeting/AttendanceLog.h"
#include "meeting/ExpectedPeople.h"
#include "meeting/MeetingRules.h"
#include "meeting/RosterImport.h"
#include "records/MeetingExport.h"
#include "store/StoreError.h"

#include "formats/LocalPath.h"

#include <QCoreApplication>
#include <QDebug>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsole, "lectern.console")

namespace lectern {
namespace {

using meetingRules::parseTime;
using meetingRules::timeField;

} // namespace

MeetingConsole::MeetingConsole(QObject *parent) : QObject(parent) {}
MeetingConsole::~MeetingConsole() = default;

void MeetingConsole::setDataDir(const QString &dir)
{
    if (dir == m_dataDir)
        return;
    m_dataDir = dir;
    m_recordings.setDataDir(dir);
    m_store.reset();
    m_watcher.reset();
    try {
        m_store = MeetingStore::shared(dir);
        m_watcher = std::make_unique<DatabaseWatcher>(m_store->path(), m_store->db());
        connect(m_watcher.get(), &DatabaseWatcher::changed, this, &MeetingConsole::refreshLists);
    } catch (const store::StoreError &e) {
        say(e.message(), true);
    }
    emit dataDirChanged();
    refresh();
}

void MeetingConsole::say(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    if (failed)
        qCWarning(lcConsole).noquote() << message;
    else
        qCInfo(lcConsole).noquote() << message;
    emit messageChanged();
}

void MeetingConsole::refresh()
{
    refreshLists();
    loadCurrent();
}

// The meetings and the roster as the database has them now, whoever wrote
// them (the sync thread bringing a booked meeting or the directory, a phone's
// sign-in): the form being edited stays as it is.
void MeetingConsole::refreshLists()
{
    if (!m_store)
        return;
    try {
        QList<MeetingListModel::Row> rows;
        const QList<Meeting> all = meetings::all(m_store->db());
        for (auto it = all.crbegin(); it != all.crend(); ++it) // the latest first
            rows.append({*it, attendance::current(m_store->db(), *it).counts});
        m_meetings.setRows(rows);
        m_rosterCount = 0;
        for (const Person &p : roster::all(m_store->db()))
            m_rosterCount += p.walkIn ? 0 : 1;
        emit rosterChanged();
    } catch (const store::StoreError &e) {
        say(e.message(), true);
    }
}

void MeetingConsole::setMeetingId(int id)
{
    if (id == m_current.id)
        return;
    m_current = Meeting{};
    m_current.id = id;
    loadCurrent(); // a new meeting (0) starts from the whole roster again
}

void MeetingConsole::loadCurrent()
{
    const qint64 id = m_current.id;
    m_current = Meeting{};
    m_countsText.clear();
    m_notes.clear();
    m_decisions.clear();
    if (m_store && id > 0) {
        if (const auto m = meetings::byId(m_store->db(), id)) {
            m_current = *m;
            const AttendanceCounts c = attendance::current(m_store->db(), *m).counts;
            m_countsText = QCoreApplication::translate("lectern::MeetingConsole", "expected %1 · present %2 · on leave %3 · absent %4 · late %5")
                               .arg(c.expected).arg(c.present).arg(c.onLeave).arg(c.absent).arg(c.late);
            if (c.notYet > 0)
                m_countsText += QCoreApplication::translate("lectern::MeetingConsole", " · not started: %1 not yet arrived").arg(c.notYet);
            const meetings::RecordText text = meetings::recordText(m_store->db(), id);
            m_notes = text.notes;
            m_decisions = text.decisions;
        }
    }
    m_recordings.setRows(m_store && m_current.id > 0 ? recordings::forMeeting(m_store->db(), m_current.id) : QList<recordings::Recording>());
    loadExpected(m_current.id == m_expectedFor && m_expected.edited());
    m_expectedFor = m_current.id;
    emit meetingChanged();
}

// The roster with each person's role in the chosen meeting (a new meeting:
// everyone attending). Edits not saved yet stay when the roster grows.
void MeetingConsole::loadExpected(bool keepEdits)
{
    if (!m_store)
        return;
    QHash<qint64, std::optional<Role>> kept;
    if (keepEdits)
        for (int row = 0; row < m_expected.rowCount(); ++row) {
            const QModelIndex i = m_expected.index(row);
            const QString key = m_expected.data(i, ExpectedPeopleModel::RoleKeyRole).toString();
            kept.insert(m_expected.rows().at(row).person.id, key.isEmpty() ? std::nullopt : roleFromKey(key));
        }
    QHash<qint64, Role> stored;
    if (m_current.id > 0)
        for (const Expected &e : meetings::expected(m_store->db(), m_current.id))
            stored.insert(e.personId, e.role);
    QList<ExpectedPeopleModel::Row> rows;
    for (const Person &p : roster::all(m_store->db())) {
        if (p.walkIn)
            continue;
        std::optional<Role> role;
        if (kept.contains(p.id))
            role = kept.value(p.id);
        else if (m_current.id > 0)
            role = stored.contains(p.id) ? std::optional<Role>(stored.value(p.id)) : std::nullopt;
        else
            role = Role::Attend;
        rows.append({p, role});
    }
    const bool edited = keepEdits && m_expected.edited();
    m_expected.setRows(rows);
    if (edited)
        m_expected.markEdited();
}

QVariantMap MeetingConsole::formFields() const
{
    if (m_current.id > 0)
        return meeting();
    // A new meeting: the rules' defaults, as the command line has them.
    return {{QStringLiteral("start"), timeField(meetingRules::defaultStart(QDateTime::currentDateTime()))},
            {QStringLiteral("grace_min"), meetingRules::kDefaultGraceMinutes}};
}

QVariantMap MeetingConsole::meeting() const
{
    if (m_current.id <= 0)
        return {};
    return {{QStringLiteral("id"), m_current.id},
            {QStringLiteral("title"), m_current.title},
            {QStringLiteral("kind"), m_current.kind},
            {QStringLiteral("session"), m_current.session},
            {QStringLiteral("place"), m_current.place},
            {QStringLiteral("start"), timeField(m_current.plannedStart)},
            {QStringLiteral("end"), timeField(m_current.plannedEnd)},
            {QStringLiteral("chair"), m_current.chair},
            {QStringLiteral("recorder"), m_current.recorder},
            {QStringLiteral("grace_min"), m_current.graceMinutes}};
}

QString MeetingConsole::stateKey() const
{
    return m_current.id > 0 ? meetingStateKey(m_current.state) : QString();
}

QVariantList MeetingConsole::exportFolders() const
{
    return lectern::exportFolders(m_dataDir);
}

QVariantList MeetingConsole::filesToImport(const QStringList &suffixes) const
{
    return importableFiles(m_dataDir, suffixes);
}

int MeetingConsole::saveMeeting(const QVariantMap &fields)
{
    if (!m_store)
        return 0;
    const meetingRules::Details details = meetingRules::readDetails(
        {fields.value(QStringLiteral("title")).toString(), fields.value(QStringLiteral("start")).toString(),
         fields.value(QStringLiteral("end")).toString(), fields.value(QStringLiteral("grace_min")).toString()});
    Meeting m;
    m.id = fields.value(QStringLiteral("id")).toLongLong();
    m.title = details.title;
    m.kind = fields.value(QStringLiteral("kind")).toString().trimmed();
    m.session = fields.value(QStringLiteral("session")).toString().trimmed();
    m.place = fields.value(QStringLiteral("place")).toString().trimmed();
    m.chair = fields.value(QStringLiteral("chair")).toString().trimmed();
    m.recorder = fields.value(QStringLiteral("recorder")).toString().trimmed();
    m.plannedStart = details.start;
    m.plannedEnd = details.end;
    m.graceMinutes = details.graceMinutes;
    switch (details.problem) { // the rules are the domain's; the words are the form's
    case meetingRules::Problem::None: break;
    case meetingRules::Problem::NoTitle:
        say(QCoreApplication::translate("lectern::MeetingConsole", "The meeting needs a title."), true);
        return 0;
    case meetingRules::Problem::BadStart:
        say(QCoreApplication::translate("lectern::MeetingConsole", "The start time must be written as 2026-12-06 09:00."), true);
        return 0;
    case meetingRules::Problem::BadEnd:
        say(QCoreApplication::translate("lectern::MeetingConsole", "The end time must be written as 2026-12-06 11:00, after the start."), true);
        return 0;
    case meetingRules::Problem::BadGrace:
        say(QCoreApplication::translate("lectern::MeetingConsole", "The grace period is a number of minutes from 0 to %1.")
                .arg(meetingRules::kMaxGraceMinutes), true);
        return 0;
    }
    try {
        // As edited; untouched, the chair and the recorder named in the form take their roles.
        QList<Expected> expected = m_expected.expected();
        if (!m_expected.edited()) {
            const QList<Expected> named = expectedFromRoster(m_store->db(), {}, m.chair, m.recorder);
            for (Expected &e : expected)
                for (const Expected &n : named)
                    if (n.personId == e.personId && n.role != Role::Attend)
                        e.role = n.role;
        }
        if (m.id > 0) {
            if (!meetings::update(m_store->db(), m, expected)) {
                say(QCoreApplication::translate("lectern::MeetingConsole", "This meeting is closed; its details can no longer be changed."), true);
                return 0;
            }
            say(QCoreApplication::translate("lectern::MeetingConsole", "Meeting saved: %1 people expected.").arg(expected.size()), false);
        } else {
            m.id = meetings::create(m_store->db(), m, expected, QDateTime::currentDateTime());
            say(QCoreApplication::translate("lectern::MeetingConsole", "Meeting created: %1 people expected.").arg(expected.size()), false);
        }
        m_current.id = m.id;
        m_expectedFor = -1; // saved: read back what the database now holds
        refresh();
        return int(m.id);
    } catch (const store::StoreError &e) {
        say(e.message(), true);
        return 0;
    }
}

bool MeetingConsole::importRoster(const QString &pathOrUrl)
{
    if (!m_store)
        return false;
    const QString path = localPath(pathOrUrl);
    const RosterFile file = readRosterFile(path);
    m_rejected.clear();
    for (const RosterFile::Rejected &r : file.rejected)
        m_rejected.append(QCoreApplication::translate("lectern::MeetingConsole", "row %1: %2").arg(r.row).arg(r.reason));
    if (!file.error.isEmpty()) {
        emit rosterChanged();
        say(path + QStringLiteral(": ") + file.error, true);
        return false;
    }
    try {
        const roster::Upserted done = roster::upsert(m_store->db(), file.rows);
        say(QCoreApplication::translate("lectern::MeetingConsole", "%1: %2 new, %3 updated, %4 rejected").arg(path).arg(done.imported).arg(done.updated).arg(file.rejected.size()),
            false);
        refresh();
        return true;
    } catch (const store::StoreError &e) {
        emit rosterChanged();
        say(e.message(), true);
        return false;
    }
}

bool MeetingConsole::needMeeting()
{
    if (m_store && m_current.id > 0)
        return true;
    say(QCoreApplication::translate("lectern::MeetingConsole", "Choose a meeting first."), true);
    return false;
}

bool MeetingConsole::saveRecord(const QString &notes, const QString &decisions)
{
    if (!needMeeting())
        return false;
    try {
        if (!meetings::setRecordText(m_store->db(), m_current.id, {notes, decisions})) {
            say(QCoreApplication::translate("lectern::MeetingConsole", "This meeting is finalized; its record can no longer be changed."), true);
            return false;
        }
        say(QCoreApplication::translate("lectern::MeetingConsole", "Record saved."), false);
        loadCurrent();
        return true;
    } catch (const store::StoreError &e) {
        say(e.message(), true);
        return false;
    }
}

bool MeetingConsole::closeMeeting()
{
    if (!needMeeting())
        return false;
    try {
        if (!meetings::close(m_store->db(), m_current.id, QDateTime::currentDateTime())) {
            say(QCoreApplication::translate("lectern::MeetingConsole", "Only an open meeting can be closed."), true);
            return false;
        }
        say(QCoreApplication::translate("lectern::MeetingConsole", "Meeting closed: the door takes no more sign-ins."), false);
        refresh();
        return true;
    } catch (const store::StoreError &e) {
        say(e.message(), true);
        return false;
    }
}

bool MeetingConsole::finalizeMeeting()
{
    if (!needMeeting())
        return false;
    try {
        const auto outcome = m_store->finalize(m_current.id);
        if (const auto *refused = std::get_if<seal::Refusal>(&outcome)) {
            say(*refused == seal::Refusal::AlreadyFinalized ? QCoreApplication::translate("lectern::MeetingConsole", "This meeting is already finalized.")
                : *refused == seal::Refusal::StillRecording ? QCoreApplication::translate("lectern::MeetingConsole", "The meeting is still being recorded: stop the recording first.")
                                                            : QCoreApplication::translate("lectern::MeetingConsole", "Close the meeting before finalizing it."),
                true);
            return false;
        }
        const seal::Sealed sealed = std::get<seal::Sealed>(outcome);
        say(QCoreApplication::translate("lectern::MeetingConsole", "Meeting finalized: %1 records sealed, fingerprint %2.").arg(sealed.links).arg(sealed.finalHash.left(16)), false);
        refresh();
        return true;
    } catch (const store::StoreError &e) {
        say(e.message(), true);
        return false;
    }
}

bool MeetingConsole::exportTo(const QString &folder)
{
    if (!needMeeting())
        return false;
    try {
        const records::AttendanceSheet sheet = records::buildSheet(m_store->db(), m_current);
        const records::ExportedFiles out = records::exportMeeting(sheet, records::recordContentOf(m_store->db(), m_current.id, m_dataDir),
                                                                  localPath(folder));
        if (!out.error.isEmpty()) {
            say(out.error, true);
            return false;
        }
        say(QCoreApplication::translate("lectern::MeetingConsole", "%1 files written to %2").arg(out.files.size()).arg(localPath(folder)), false);
        return true;
    } catch (const store::StoreError &e) {
        say(e.message(), true);
        return false;
    }
}

} // namespace lectern
