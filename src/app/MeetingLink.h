#pragma once

#include "meeting/DecisionRules.h"
#include "prompter/PrompterController.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <memory>

namespace lectern {

class MeetingStore;
class SpeechSession;

// Ties the teleprompter to today's meeting, when there is one: the speech
// used is kept with the meeting when prompting starts (a snapshot and its
// SHA-256), and the prompter's log (started, paused, resumed, finished, with
// times) is written as it happens. Without an open meeting it does nothing;
// the store is opened only when the prompter first moves.
class MeetingLink : public QObject
{
    Q_OBJECT

public:
    MeetingLink(const QString &dataDir, PrompterController *prompter, SpeechSession *session, QObject *parent = nullptr);
    ~MeetingLink() override;

    qint64 meetingId() const { return m_meetingId; }
    // The meeting the console chose; 0: today's (the open meeting nearest to now).
    void setMeetingId(qint64 chosen);
    // The agenda item the screens show (0: a speech chosen apart from the agenda).
    void setShownItem(qint64 itemId) { m_shownItem = itemId; }
    // The rules a 表决 item's start notes its quorum by (the configuration's).
    void setDecisionRules(const decisions::Rules &rules) { m_rules = rules; }

signals:
    // The prompter started an item (or kept the speech as one): the agenda changed.
    void agendaChanged();

private:
    void onStateChanged();
    bool ensureMeeting();
    void keepDraft(const QDateTime &at);

    QString m_dataDir;
    PrompterController *m_prompter;
    SpeechSession *m_session;
    std::shared_ptr<MeetingStore> m_store; // the process's one for the folder (MeetingStore::shared)
    qint64 m_meetingId = 0;
    qint64 m_itemId = 0; // the agenda item being read, from its start
    decisions::Rules m_rules;
    qint64 m_shownItem = 0;
    qint64 m_chosen = 0;
    bool m_looked = false;
    PrompterController::State m_last = PrompterController::Idle;
    bool m_started = false;
};

} // namespace lectern
