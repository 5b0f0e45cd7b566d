#pragma once

#include "AgendaItemsModel.h"
#include "document/Document.h"
#include "document/LiveEdit.h"
#include "meeting/Meetings.h"
#include "speech/SpeechModel.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace lectern {

class MeetingStore;
class DatabaseWatcher;

// The meeting's agenda as the kiosk runs it: which item is on now and next,
// the run order's commands for the console (next, previous, start any item,
// skip, play next, a break, re-time), and the timing to the meeting's hard
// end — per item and in total, the projected end as a time of day. The item
// on now (else the next one to come) is the one whose draft the room sees:
// `shownItemChanged` hands its document to the Application, which puts it on
// the prompter and the pages in one cut. Changes committed by anyone else
// (another process, the command line) are followed as they come
// (DatabaseWatcher): live edits of the shown text arrive as `liveEdited`.
class AgendaController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The agenda is App.agenda")
    Q_PROPERTY(lectern::AgendaItemsModel *items READ items CONSTANT)
    Q_PROPERTY(int meetingId READ meetingId NOTIFY changed)
    Q_PROPERTY(QString meetingTitle READ meetingTitle NOTIFY changed)
    Q_PROPERTY(bool hasAgenda READ hasAgenda NOTIFY changed)
    Q_PROPERTY(int currentItemId READ currentItemId NOTIFY changed)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY changed)
    Q_PROPERTY(QString currentSpeaker READ currentSpeaker NOTIFY changed)
    Q_PROPERTY(QString currentKind READ currentKind NOTIFY changed)
    Q_PROPERTY(QString nextTitle READ nextTitle NOTIFY changed)
    Q_PROPERTY(int shownItemId READ shownItemId NOTIFY changed)
    // The item on now: its plan and what is left of it (negative once over).
    Q_PROPERTY(int itemPlannedSeconds READ itemPlannedSeconds NOTIFY timingChanged)
    Q_PROPERTY(int itemRemainingSeconds READ itemRemainingSeconds NOTIFY timingChanged)
    // Back-timing: the projected end against the meeting's planned end.
    Q_PROPERTY(QString projectedEnd READ projectedEnd NOTIFY timingChanged)
    Q_PROPERTY(QString plannedEnd READ plannedEnd NOTIFY changed)
    Q_PROPERTY(bool overrun READ overrun NOTIFY timingChanged)
    Q_PROPERTY(QString overUnder READ overUnder NOTIFY timingChanged)
    Q_PROPERTY(QString endMargin READ endMargin NOTIFY timingChanged)
    Q_PROPERTY(bool longerThanMeeting READ longerThanMeeting NOTIFY timingChanged)
    // The item whose text the console edits (0 chosen: the one on the
    // screens), and that text, block by block, as the record replays it.
    Q_PROPERTY(int editItemId READ editItemId WRITE setEditItemId NOTIFY changed)
    Q_PROPERTY(lectern::SpeechModel *editModel READ editModel CONSTANT)
    // The quorum of the item on now, else the next to come: "应到 9 · 实到 6 · 需 5 · 已达".
    Q_PROPERTY(QString quorumLine READ quorumLine NOTIFY changed)
    Q_PROPERTY(bool quorumMet READ quorumMet NOTIFY changed)
    Q_PROPERTY(int quorumItemId READ quorumItemId NOTIFY changed)
    // The last refusal or problem, for the console to show ("" when none).
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit AgendaController(QObject *parent = nullptr);
    ~AgendaController() override;

    // The store is the process's one (MeetingStore::shared); chosen 0: today's meeting.
    void setStore(std::shared_ptr<MeetingStore> store);
    void setChosenMeeting(qint64 chosen);
    // For tests: the time now.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    AgendaItemsModel *items() { return &m_items; }
    int meetingId() const { return int(m_meetingId); }
    QString meetingTitle() const { return m_meeting.title; }
    bool hasAgenda() const { return !m_items.items().isEmpty(); }
    int currentItemId() const { return int(m_currentId); }
    QString currentTitle() const;
    QString currentSpeaker() const;
    QString currentKind() const;
    QString nextTitle() const;
    int shownItemId() const { return int(m_shownId); }
    int itemPlannedSeconds() const;
    int itemRemainingSeconds() const;
    QString projectedEnd() const;
    QString plannedEnd() const;
    bool overrun() const { return m_timing.overrun; }
    QString overUnder() const;
    QString endMargin() const;
    bool longerThanMeeting() const { return m_timing.longerThanMeeting; }
    QString error() const { return m_error; }
    QString quorumLine() const;
    bool quorumMet() const;
    int quorumItemId() const { return int(m_currentId ? m_currentId : m_nextId); }
    // The rules of quorum and votes (the configuration's): a 表决 item's start notes its quorum by them.
    void setDecisionRules(const decisions::Rules &rules);
    int editItemId() const;
    void setEditItemId(int itemId);
    SpeechModel *editModel() { return &m_editModel; }

    // The document of the item shown now (its draft; for an item without
    // one, its title and speaker as a card). nullopt when there is no agenda.
    std::optional<Document> shownDocument() const;

    // Before a 表决 item starts (by itemId; 0: the one "next" would start):
    // "" when it has a quorum or is not a vote, else the warning to confirm.
    // Starting anyway is allowed; the start records the quorum it had.
    Q_INVOKABLE QString startWarning(int itemId) const;
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void startItem(int itemId);
    Q_INVOKABLE void skipItem(int itemId);
    Q_INVOKABLE void playNext(int itemId);
    Q_INVOKABLE void addBreak(int minutes);
    Q_INVOKABLE void retime(int itemId, double minutes);
    // A reviewed draft (SpeechReview::choiceJson: the file, lines put back,
    // blanks filled) kept as an item's draft; the screens follow if it is shown.
    Q_INVOKABLE bool setItemDraft(int itemId, const QString &choiceJson);
    // Live edits of the item chosen for editing, the one on the screens by
    // default (the record keeps each one): a paragraph's text, a paragraph
    // inserted after one (0: at the top), one deleted.
    Q_INVOKABLE bool editBlock(int blockId, const QString &text);
    Q_INVOKABLE bool insertAfter(int blockId, const QString &text);
    Q_INVOKABLE bool deleteBlock(int blockId);

signals:
    void changed();
    void timingChanged();
    // The room should now see this item's draft.
    void shownItemChanged();
    // A live edit of an item's draft, recorded: the screens showing it apply it.
    void liveEdited(qint64 itemId, const lectern::LiveEdit &edit);

private:
    template<typename F> void act(F &&change);
    void updateTiming();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }
    const AgendaItem *find(qint64 id) const;
    bool edit(const LiveEdit &edit);

    std::shared_ptr<MeetingStore> m_store;
    qint64 m_chosen = 0;
    qint64 m_meetingId = 0;
    Meeting m_meeting;
    qint64 m_currentId = 0;
    qint64 m_nextId = 0;
    qint64 m_shownId = 0;
    QString m_shownSha; // the shown item's draft, to see a new one come
    QHash<qint64, int> m_paces;
    agenda::AgendaTiming m_timing;
    AgendaItemsModel m_items;
    QString m_error;
    QTimer m_tick; // once a second while an item runs: the clocks
    // Changes made elsewhere (another process, `lectern agenda edit`) come in
    // as they are committed: the run order, and live edits of the shown text.
    std::unique_ptr<DatabaseWatcher> m_watcher;
    qint64 m_seenEvent = -1; // the shown item's last agenda event already on the screens (-1: not counted yet)
    void followEdits();
    qint64 m_editChosen = 0;  // 0: the shown item
    qint64 m_editLoaded = 0;  // the item in m_editModel
    qint64 m_editSeen = -1;   // its last agenda event in m_editModel
    SpeechModel m_editModel;
    void loadEditText();
    std::function<QDateTime()> m_clock;
    decisions::Rules m_rules;
};

} // namespace lectern
