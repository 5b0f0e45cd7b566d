#include "RemoteStatus.h"

#include "AgendaController.h"
#include "LanService.h"
#include "meeting/AttendanceLog.h"
#include "meeting/DatabaseWatcher.h"
#include "meeting/MeetingStore.h"
#include "layout/PageModel.h"
#include "layout/PageNavigator.h"
#include "prompter/PrompterController.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern {
RemoteStatus::RemoteStatus(PrompterController &prompter, PageNavigator &projection, AgendaController &agenda, LanService &lan,
                           QObject *parent)
    : QObject(parent), m_prompter(prompter), m_projection(projection), m_agenda(agenda), m_lan(lan)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(250);
    connect(&m_soon, &QTimer::timeout, this, &RemoteStatus::send);
    m_second.setInterval(1000);
    connect(&m_second, &QTimer::timeout, this, &RemoteStatus::send);
    for (auto signal : {&PrompterController::stateChanged, &PrompterController::speedChanged, &PrompterController::blankedChanged,
                        &PrompterController::sentenceChanged, &PrompterController::modelChanged})
        connect(&m_prompter, signal, this, &RemoteStatus::changed);
    connect(&m_agenda, &AgendaController::changed, this, &RemoteStatus::changed);
    connect(&m_projection, &PageNavigator::blankChanged, this, &RemoteStatus::changed);
    connect(&m_projection, &PageNavigator::pageChanged, this, &RemoteStatus::changed);
    connect(&m_lan, &LanService::runningChanged, this, [this] {
        watchCounts();
        changed();
    });
    connect(&m_lan, &LanService::remotesChanged, this, [this] {
        // The clocks run on the remotes only while one is there to see them.
        if (m_lan.remotes() > 0 && !m_second.isActive())
            m_second.start();
        else if (m_lan.remotes() == 0)
            m_second.stop();
        changed();
    });
    connect(&m_lan, &LanService::remoteCommand, this, &RemoteStatus::apply);
}

RemoteStatus::~RemoteStatus() = default;

void RemoteStatus::setStore(std::shared_ptr<MeetingStore> store)
{
    m_store = std::move(store);
    watchCounts();
}

// The counts follow the database only once the server runs (turned on at
// start or later in the settings): a kiosk without it reads nothing for it.
void RemoteStatus::watchCounts()
{
    if (m_watcher || !m_store || !m_lan.running())
        return;
    m_watcher = std::make_unique<DatabaseWatcher>(m_store->path(), m_store->db());
    connect(m_watcher.get(), &DatabaseWatcher::changed, this, &RemoteStatus::countsChanged);
    connect(&m_agenda, &AgendaController::changed, this, &RemoteStatus::countsChanged);
    countsChanged();
}

void RemoteStatus::countsChanged()
{
    if (!m_store)
        return;
    try {
        const qint64 id = m_agenda.meetingId();
        const auto meeting = id > 0 ? meetings::byId(m_store->db(), id) : meetings::nearestOpen(m_store->db(), QDateTime::currentDateTime());
        const AttendanceCounts counts = meeting ? attendance::current(m_store->db(), *meeting).counts : AttendanceCounts{};
        if (counts.expected == m_expected && counts.present == m_present)
            return;
        m_expected = counts.expected;
        m_present = counts.present;
    } catch (const store::StoreError &) {
        return; // the screens say what is wrong with the database; the remote keeps its last counts
    }
    changed();
}

void RemoteStatus::changed()
{
    if (m_lan.running() && !m_soon.isActive())
        m_soon.start();
}

void RemoteStatus::send()
{
    if (m_lan.running())
        m_lan.publish(state());
}

QByteArray RemoteStatus::state() const
{
    const QJsonObject prompter{
        {QStringLiteral("state"), PrompterController::stateKey(m_prompter.state())},
        {QStringLiteral("speed"), m_prompter.speed()},
        {QStringLiteral("blanked"), m_prompter.blanked()},
        {QStringLiteral("progress"), m_prompter.progress()},
        {QStringLiteral("elapsed_s"), qRound(m_prompter.elapsedSeconds())},
        {QStringLiteral("remaining_s"), qRound(m_prompter.remainingSeconds())},
        {QStringLiteral("section"), m_prompter.sectionTitle()},
        {QStringLiteral("current"), m_prompter.sentenceText()},
        {QStringLiteral("next"), m_prompter.nextSentenceText()},
    };
    const QJsonObject projection{{QStringLiteral("blanked"), m_projection.blank() != PageNavigator::NotBlank},
                                 {QStringLiteral("page"), m_projection.page() + 1},
                                 {QStringLiteral("pages"), m_projection.pages() ? m_projection.pages()->rowCount() : 0}};
    const int planned = m_agenda.itemPlannedSeconds();
    const QJsonObject agenda{
        {QStringLiteral("now"), m_agenda.currentTitle()},
        {QStringLiteral("speaker"), m_agenda.currentSpeaker()},
        {QStringLiteral("next"), m_agenda.nextTitle()},
        {QStringLiteral("planned_s"), planned},
        {QStringLiteral("elapsed_s"), planned - m_agenda.itemRemainingSeconds()},
        {QStringLiteral("projected_end"), m_agenda.projectedEnd()},
    };
    const QJsonObject counts{{QStringLiteral("expected"), m_expected}, {QStringLiteral("present"), m_present}};
    return QJsonDocument(QJsonObject{{QStringLiteral("prompter"), prompter},
                                     {QStringLiteral("projection"), projection},
                                     {QStringLiteral("agenda"), agenda},
                                     {QStringLiteral("counts"), counts},
                                     {QStringLiteral("time"), QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))}})
        .toJson(QJsonDocument::Compact);
}

void RemoteStatus::apply(const QString &command)
{
    if (command == u"start")
        m_prompter.state() == PrompterController::Paused ? m_prompter.resume() : m_prompter.start();
    else if (command == u"pause")
        m_prompter.pause();
    else if (command == u"toggle")
        m_prompter.state() == PrompterController::Idle || m_prompter.state() == PrompterController::Finished ? m_prompter.start()
                                                                                                             : m_prompter.togglePause();
    else if (command == u"faster")
        m_prompter.faster();
    else if (command == u"slower")
        m_prompter.slower();
    else if (command == u"next_section")
        m_prompter.nextSection();
    else if (command == u"previous_section")
        m_prompter.previousSection();
    else if (command == u"next_item")
        m_agenda.next();
    else if (command == u"blank")
        m_projection.setBlank(PageNavigator::Black); // the room's screen, not the speaker's
    else if (command == u"show")
        m_projection.setBlank(PageNavigator::NotBlank);
    else if (command == u"look_up")
        m_prompter.cueLookUp();
    changed();
}

} // namespace lectern
