#include "SignInDesk.h"

#include "meeting/ClockCheck.h"

#include "meeting/AttendanceLog.h"
#include "meeting/PinyinKeys.h"
#include "meeting/Roster.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignin, "lectern.signin")

namespace lectern {

SignInDesk::SignInDesk(QObject *parent) : QObject(parent)
{
    m_atStart.setSingleShot(true);
    connect(&m_atStart, &QTimer::timeout, this, &SignInDesk::refresh);
}
SignInDesk::~SignInDesk() = default;

void SignInDesk::setDataDir(const QString &dir)
{
    if (dir == m_dataDir)
        return;
    m_dataDir = dir;
    emit dataDirChanged();
    open();
}

void SignInDesk::setMeetingId(int id)
{
    m_wanted = id;
    if (id == m_meeting.id || !m_store)
        return;
    chooseMeeting(id);
}

QString SignInDesk::recovery() const
{
    return m_store ? m_store->recovery() : QString();
}

QString SignInDesk::startText() const
{
    return m_meeting.plannedStart.isValid() ? m_meeting.plannedStart.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void SignInDesk::open()
{
    m_watcher.reset();
    m_store.reset();
    m_error.clear();
    m_meeting = {};
    try {
        m_store = MeetingStore::shared(m_dataDir);
    } catch (const store::StoreError &e) {
        m_error = e.message();
        qCCritical(lcSignin).noquote() << m_error;
        emit meetingChanged();
        return;
    }
    // Sign-ins from elsewhere (the phones, through the room's server; the
    // command line; another kiosk on the folder) show in the counts at once.
    m_watcher = std::make_unique<DatabaseWatcher>(m_store->path(), m_store->db());
    connect(m_watcher.get(), &DatabaseWatcher::changed, this, &SignInDesk::refresh);
    chooseMeeting(m_wanted);
}

void SignInDesk::chooseMeeting(qint64 wanted)
{
    m_meeting = {};
    m_error.clear();
    const std::optional<Meeting> best = wanted > 0 ? meetings::byId(m_store->db(), wanted) : meetings::nearestOpen(m_store->db(), QDateTime::currentDateTime());
    if (best)
        m_meeting = *best;
    else
        m_error = QCoreApplication::translate("lectern::SignInDesk", "No meeting is open for sign-in.");
    m_query.clear();
    m_index.setPeople(roster::all(m_store->db()));
    emit meetingChanged();
    emit queryChanged();
    refresh();
}

void SignInDesk::refresh()
{
    m_attendance.clear();
    m_expectedIds.clear();
    m_counts = {};
    if (ready()) {
        const AttendanceState state = attendance::current(m_store->db(), m_meeting);
        m_attendance = state.people;
        m_counts = state.counts;
        for (const Expected &e : meetings::expected(m_store->db(), m_meeting.id))
            m_expectedIds.insert(e.personId);
        // At the planned start who has not signed in turns from 未到 to 缺席.
        if (const auto ms = msecsUntilStart(m_meeting, QDateTime::currentDateTime()))
            m_atStart.start(*ms);
    }
    emit countsChanged();
    search();
}

void SignInDesk::search()
{
    QList<PersonResults::Row> rows;
    if (ready()) {
        auto add = [&](const Person &p) {
            rows.append({p.id, p.name, p.unit, p.title, m_attendance.value(p.id).presence == Presence::Present});
        };
        if (m_query.isEmpty()) {
            // Without a search: nobody in search-first mode; else who is still expected, by pinyin.
            if (!m_searchFirst) {
                QList<Person> waiting;
                for (const Person &p : m_index.people())
                    if (m_expectedIds.contains(p.id) && m_attendance.value(p.id).presence != Presence::Present)
                        waiting.append(p);
                std::sort(waiting.begin(), waiting.end(), [](const Person &a, const Person &b) {
                    return encodeReadings(a.readings) < encodeReadings(b.readings);
                });
                for (const Person &p : waiting)
                    add(p);
            }
        } else {
            for (const PersonSearch::Hit &h : m_index.search(m_query, 30))
                add(m_index.people()[h.index]);
        }
    }
    m_results.setRows(rows);
}

void SignInDesk::setSearchFirst(bool on)
{
    if (on == m_searchFirst)
        return;
    m_searchFirst = on;
    emit searchFirstChanged();
    search();
}

void SignInDesk::type(const QString &letter)
{
    if (letter.size() != 1 || !letter.front().isLetter() || m_query.size() >= 20)
        return;
    m_query += letter.toLower();
    emit queryChanged();
    search();
}

void SignInDesk::backspace()
{
    if (m_query.isEmpty())
        return;
    m_query.chop(1);
    emit queryChanged();
    search();
}

void SignInDesk::clearQuery()
{
    if (m_query.isEmpty())
        return;
    m_query.clear();
    emit queryChanged();
    search();
}

QString SignInDesk::signedInTime(int row) const
{
    const PersonResults::Row *r = m_results.row(row);
    if (!r)
        return {};
    const QDateTime at = m_attendance.value(r->personId).signedInAt;
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

SignInDesk::Outcome SignInDesk::record(qint64 personId, EventKind kind, const QString &signatureJson)
{
    if (!ready())
        return Failed;
    attendance::Outcome o;
    try {
        const QDateTime now = QDateTime::currentDateTime();
        o = attendance::signIn(m_store->db(), m_meeting.id, personId, now, now, kind, signatureJson.toUtf8());
    } catch (const store::StoreError &e) {
        m_error = e.message();
        emit meetingChanged();
        return Failed;
    }
    switch (o) {
    case attendance::Outcome::Recorded: {
        qCInfo(lcSignin) << "signed in: person" << personId << "meeting" << m_meeting.id;
        m_query.clear();
        emit queryChanged();
        refresh();
        const auto p = roster::byId(m_store->db(), personId);
        emit signedIn(p ? p->name : QString(), p ? p->unit : QString(), m_attendance.value(personId).late);
        return Recorded;
    }
    case attendance::Outcome::AlreadySignedIn:
        return AlreadySignedIn;
    case attendance::Outcome::MeetingClosed:
        return Closed;
    case attendance::Outcome::ClockBehind: // said on the screen, nothing written
        m_error = meetings::clockProblem(QDateTime::currentDateTime(), meetings::latestRecordedAt(m_store->db()));
        qCCritical(lcSignin).noquote() << "sign-in refused:" << m_error;
        emit meetingChanged();
        return Failed;
    default:
        return Failed;
    }
}

SignInDesk::Outcome SignInDesk::signIn(int row, const QString &signatureJson)
{
    const PersonResults::Row *r = m_results.row(row);
    return r ? record(r->personId, EventKind::SignIn, signatureJson) : Failed;
}

SignInDesk::Outcome SignInDesk::signInWalkIn(const QString &signatureJson)
{
    if (!ready() || signatureJson.isEmpty())
        return Failed;
    qint64 id = 0;
    try {
        const QString name = QCoreApplication::translate("lectern::SignInDesk", "Walk-in %1").arg(m_counts.walkIns + 1);
        id = roster::addWalkIn(m_store->db(), name, QStringLiteral("%1#%2").arg(m_meeting.id).arg(m_counts.walkIns + 1));
    } catch (const store::StoreError &e) {
        m_error = e.message();
        emit meetingChanged();
        return Failed;
    }
    m_index.setPeople(roster::all(m_store->db()));
    return record(id, EventKind::WalkIn, signatureJson);
}

} // namespace lectern
