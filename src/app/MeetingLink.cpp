#include "MeetingLink.h"

#include "document/SpeechImporter.h"
#include "meeting/AgendaDraft.h"
#include "meeting/AgendaRun.h"
#include "meeting/MeetingStore.h"
#include "meeting/SpeechRecord.h"
#include "speech/SpeechSession.h"
#include "store/StoreError.h"

#include <QDebug>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMeeting, "lectern.meeting")

namespace lectern {

MeetingLink::MeetingLink(const QString &dataDir, PrompterController *prompter, SpeechSession *session, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_prompter(prompter), m_session(session)
{
    connect(prompter, &PrompterController::stateChanged, this, &MeetingLink::onStateChanged);
}

MeetingLink::~MeetingLink() = default;

void MeetingLink::setMeetingId(qint64 chosen)
{
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    m_looked = false; // looked up again when the prompter next moves
    m_meetingId = 0;
    m_started = false;
}

bool MeetingLink::ensureMeeting()
{
    if (m_looked)
        return m_meetingId > 0;
    m_looked = true;
    try {
        if (!m_store)
            m_store = MeetingStore::shared(m_dataDir);
        const auto m = m_chosen > 0 ? meetings::byId(m_store->db(), m_chosen)
                                    : meetings::nearestOpen(m_store->db(), QDateTime::currentDateTime());
        if (m && m->takesSignIns()) // a closed meeting's record is not written to any more
            m_meetingId = m->id;
    } catch (const store::StoreError &e) {
        qCWarning(lcMeeting).noquote() << e.message(); // the prompter goes on: the record is what is missing
        m_store.reset();
    }
    return m_meetingId > 0;
}

// The speech used, kept as the item's draft: the file itself with the
// review's decisions when the kiosk read one (the agenda then shows exactly
// this text again), else the text as the kiosk has it.
void MeetingLink::keepDraft(const QDateTime &at)
{
    const SpeechChoice &choice = m_session->choice();
    if (!choice.path.isEmpty()) {
        auto read = readSpeechFile(choice.path);
        if (const QByteArray *bytes = std::get_if<QByteArray>(&read)) {
            QString problem;
            if (agenda::setDraft(m_store->db(), m_itemId, choice.path, *bytes, choice, at, &problem) == agenda::Refusal::None)
                return;
            qCWarning(lcMeeting).noquote() << problem;
        }
    }
    agenda::setDraftText(m_store->db(), m_itemId, m_session->source(), agenda::snapshotText(m_session->model()->document()),
                         m_session->hanChars(), at);
}

void MeetingLink::onStateChanged()
{
    const PrompterController::State now = m_prompter->state();
    const PrompterController::State before = m_last;
    m_last = now;
    if (now == PrompterController::Countdown) {
        ensureMeeting(); // open the store during the 3-2-1, not on the first scrolling frame
        return;
    }
    std::optional<speechrecord::PrompterEvent> event;
    if (now == PrompterController::Running && before != PrompterController::Running)
        event = m_started ? speechrecord::PrompterEvent::Resumed : speechrecord::PrompterEvent::Started;
    else if (now == PrompterController::Paused && before == PrompterController::Running)
        event = speechrecord::PrompterEvent::Paused;
    else if (now == PrompterController::Finished && before != PrompterController::Finished)
        event = speechrecord::PrompterEvent::Finished;
    if (!event || !ensureMeeting())
        return;
    try {
        const QDateTime at = QDateTime::currentDateTime();
        if (*event == speechrecord::PrompterEvent::Started) {
            m_started = true;
            // The item read: the one on the screens, else the one running,
            // else the meeting's speech item (added when there is none).
            const auto running = agenda::current(m_store->db(), m_meetingId);
            m_itemId = m_shownItem > 0 ? m_shownItem
                       : running       ? running->id
                                       : agenda::ensureSpeechItem(m_store->db(), m_meetingId, m_session->title(), at);
            const auto item = agenda::item(m_store->db(), m_itemId);
            if (item && !item->hasDraft)
                keepDraft(at);
            // Prompting an item is running it: its actual start is now.
            if (item && item->state != ItemState::Running)
                agenda::start(m_store->db(), m_itemId, at, m_rules);
            emit agendaChanged();
        }
        speechrecord::logPrompter(m_store->db(), m_meetingId, m_itemId, *event, at);
    } catch (const store::StoreError &e) {
        qCWarning(lcMeeting).noquote() << e.message();
    }
}

} // namespace lectern
