#include "MeetingSummary.h"

#include "meeting/AttendanceLog.h"
#include "meeting/Labels.h"
#include "store/StoreError.h"

namespace lectern {

MeetingSummary::MeetingSummary(QObject *parent) : QObject(parent)
{
    m_atStart.setSingleShot(true);
    connect(&m_atStart, &QTimer::timeout, this, &MeetingSummary::refresh);
}
MeetingSummary::~MeetingSummary() = default;

void MeetingSummary::setDataDir(const QString &dir)
{
    if (dir == m_dataDir)
        return;
    m_dataDir = dir;
    m_watcher.reset();
    m_store.reset();
    refresh();
}

void MeetingSummary::setMeetingId(int id)
{
    if (id == m_wanted)
        return;
    m_wanted = id;
    refresh();
}

QString MeetingSummary::startText() const
{
    return m_meeting.plannedStart.isValid() ? m_meeting.plannedStart.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString MeetingSummary::stateLabel() const
{
    return m_meeting.id > 0 ? meetingStateLabel(m_meeting, QDateTime::currentDateTime()) : QString();
}

QString MeetingSummary::whenWhere() const
{
    QStringList parts;
    for (const QString &part : {startText(), place(), stateLabel()})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral("  ·  "));
}

void MeetingSummary::refresh()
{
    m_meeting = {};
    m_counts = {};
    m_error.clear();
    if (!m_dataDir.isEmpty()) {
        try {
            if (!m_store) {
                m_store = MeetingStore::shared(m_dataDir);
                m_watcher = std::make_unique<DatabaseWatcher>(MeetingStore::databasePath(m_dataDir), m_store->db());
                connect(m_watcher.get(), &DatabaseWatcher::changed, this, &MeetingSummary::refresh);
            }
            const auto m = m_wanted > 0 ? meetings::byId(m_store->db(), m_wanted)
                                        : meetings::nearestOpen(m_store->db(), QDateTime::currentDateTime());
            if (m) {
                m_meeting = *m;
                m_counts = attendance::current(m_store->db(), *m).counts;
                // At the planned start 未开始 becomes 进行中 and 未到 becomes 缺席.
                if (const auto ms = msecsUntilStart(*m, QDateTime::currentDateTime()))
                    m_atStart.start(*ms);
            }
        } catch (const store::StoreError &e) {
            m_error = e.message();
            m_watcher.reset();
            m_store.reset();
        }
    }
    emit changed();
}

} // namespace lectern
