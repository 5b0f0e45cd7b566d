#include "AgendaController.h"

#include "document/SpeechImporter.h"
#include "meeting/AgendaDraft.h"
#include "meeting/AgendaLog.h"
#include "meeting/DatabaseWatcher.h"
#include "meeting/AgendaRun.h"
#include "meeting/Labels.h"
#include "meeting/MeetingStore.h"
#include "meeting/SpeakerPace.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDebug>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAgenda, "lectern.agenda")

namespace lectern {

AgendaController::AgendaController(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AgendaController::updateTiming);
}

AgendaController::~AgendaController() = default;

void AgendaController::setStore(std::shared_ptr<MeetingStore> store)
{
    m_watcher.reset(); // before the store it watches goes
    m_store = std::move(store);
    if (m_store) {
        m_watcher = std::make_unique<DatabaseWatcher>(m_store->path(), m_store->db());
        connect(m_watcher.get(), &DatabaseWatcher::changed, this, &AgendaController::refresh);
    }
    refresh();
}

void AgendaController::setChosenMeeting(qint64 chosen)
{
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    refresh();
}

const AgendaItem *AgendaController::find(qint64 id) const
{
    for (const AgendaItem &it : m_items.items())
        if (it.id == id)
            return &it;
    return nullptr;
}

void AgendaController::setDecisionRules(const decisions::Rules &rules)
{
    m_rules = rules;
    refresh();
}

QString AgendaController::quorumLine() const
{
    const qint64 id = quorumItemId();
    return id ? decisions::quorumLine(m_items.quorumOf(id)) : QString();
}

bool AgendaController::quorumMet() const
{
    return m_items.quorumOf(quorumItemId()).met;
}

QString AgendaController::startWarning(int itemId) const
{
    const AgendaItem *it = find(itemId > 0 ? itemId : m_nextId);
    if (!it || it->kind != ItemKind::Vote)
        return {};
    const decisions::ItemQuorum q = m_items.quorumOf(it->id);
    if (q.met)
        return {};
    return tr("%1 is a vote without a quorum (%2). Start it anyway? The record will say so.").arg(itemName(*it), decisions::quorumLine(q));
}

QString AgendaController::currentTitle() const
{
    const AgendaItem *it = find(m_currentId);
    return it ? itemName(*it) : QString();
}

QString AgendaController::currentSpeaker() const
{
    const AgendaItem *it = find(m_currentId);
    return it ? it->speakerName : QString();
}

QString AgendaController::currentKind() const
{
    const AgendaItem *it = find(m_currentId);
    return it ? itemKindLabel(it->kind) : QString();
}

QString AgendaController::nextTitle() const
{
    const AgendaItem *it = find(m_nextId);
    return it ? itemName(*it) : QString();
}

int AgendaController::itemPlannedSeconds() const
{
    const QList<AgendaItem> &items = m_items.items();
    for (qsizetype i = 0; i < items.size() && i < m_timing.items.size(); ++i)
        if (items[i].id == m_shownId)
            return m_timing.items[i].plannedS;
    return 0;
}

int AgendaController::itemRemainingSeconds() const
{
    const QList<AgendaItem> &items = m_items.items();
    for (qsizetype i = 0; i < items.size() && i < m_timing.items.size(); ++i)
        if (items[i].id == m_currentId)
            return int((qint64(m_timing.items[i].plannedS) * 1000 - m_timing.items[i].elapsedMs) / 1000);
    return itemPlannedSeconds();
}

QString AgendaController::projectedEnd() const
{
    return hasAgenda() && m_timing.projectedEnd.isValid() ? m_timing.projectedEnd.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString AgendaController::plannedEnd() const
{
    return m_meeting.plannedEnd.isValid() ? m_meeting.plannedEnd.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString AgendaController::overUnder() const
{
    return hasAgenda() && m_timing.overUnderMs != 0 ? clockText(m_timing.overUnderMs, true) : QString();
}

QString AgendaController::endMargin() const
{
    return m_meeting.plannedEnd.isValid() && hasAgenda() ? clockText(-m_timing.endMarginMs, true) : QString();
}

void AgendaController::refresh()
{
    const qint64 shownBefore = m_shownId;
    const QString shaBefore = m_shownSha;
    QList<AgendaItem> list;
    m_meetingId = 0;
    m_currentId = m_nextId = m_shownId = 0;
    m_shownSha.clear();
    if (m_store) {
        try {
            const auto m = m_chosen > 0 ? meetings::byId(m_store->db(), m_chosen) : meetings::nearestOpen(m_store->db(), now());
            if (m) {
                m_meeting = *m;
                m_meetingId = m->id;
                list = agenda::items(m_store->db(), m->id);
                m_paces = agenda::learnedPaces(m_store->db(), list);
                if (const auto cur = agenda::current(m_store->db(), m->id))
                    m_currentId = cur->id;
                if (const auto up = agenda::upNext(m_store->db(), m->id))
                    m_nextId = up->id;
            }
        } catch (const store::StoreError &e) {
            m_error = e.message();
            qCWarning(lcAgenda).noquote() << e.message();
        }
    }
    if (!m_meetingId)
        m_meeting = Meeting{};
    // What the room sees: the item on now, else the next to come, else (the
    // agenda run through) the last one that ran — never a speech apart from it.
    m_shownId = m_currentId ? m_currentId : m_nextId;
    if (!m_shownId) {
        QDateTime lastEnd;
        for (const AgendaItem &it : std::as_const(list))
            if (it.actualEnd.isValid() && !(lastEnd.isValid() && it.actualEnd < lastEnd)) {
                lastEnd = it.actualEnd;
                m_shownId = it.id;
            }
    }
    m_timing = agenda::timing(m_meeting, list, now(), m_paces);
    m_items.setAgenda(list, m_timing);
    QHash<qint64, decisions::ItemQuorum> quorum;
    QHash<qint64, decisions::ItemDecisions> decided;
    if (m_store && m_meetingId) {
        try {
            quorum = decisions::quorum(m_store->db(), m_meetingId, m_rules, now());
            decided = decisions::forMeeting(m_store->db(), m_meetingId);
        } catch (const store::StoreError &e) {
            m_error = e.message();
            qCWarning(lcAgenda).noquote() << e.message();
        }
    }
    m_items.setDecisions(quorum, decided);
    if (const AgendaItem *shown = find(m_shownId))
        m_shownSha = shown->draftSha256;
    if (m_currentId)
        m_tick.start();
    else
        m_tick.stop();
    loadEditText();
    emit changed();
    emit timingChanged();
    if (m_shownId != shownBefore || m_shownSha != shaBefore) {
        m_seenEvent = -1; // the document shown next has every edit so far: count them, apply none
        followEdits();
        emit shownItemChanged();
    } else {
        followEdits();
    }
}

// The shown item's live edits since the last look: new ones (made by another
// process) go to the screens; at a change of item they are only counted.
void AgendaController::followEdits()
{
    if (!m_store || !m_shownId)
        return;
    const bool apply = m_seenEvent >= 0;
    m_seenEvent = std::max<qint64>(m_seenEvent, 0);
    QList<agenda::AgendaEvent> events;
    try {
        events = agenda::itemEvents(m_store->db(), m_shownId);
    } catch (const store::StoreError &e) {
        qCWarning(lcAgenda).noquote() << e.message();
        return;
    }
    for (const agenda::AgendaEvent &e : events) {
        if (e.id <= m_seenEvent)
            continue;
        m_seenEvent = e.id;
        if (!apply)
            continue;
        if (e.kind == agenda::EventKind::Edit)
            emit liveEdited(m_shownId, {LiveEdit::Replace, e.block, e.after, {}});
        else if (e.kind == agenda::EventKind::Insert)
            emit liveEdited(m_shownId, {LiveEdit::Insert, e.block, e.after, {}});
        else if (e.kind == agenda::EventKind::Delete)
            emit liveEdited(m_shownId, {LiveEdit::Delete, e.block, {}, {}});
    }
}

int AgendaController::editItemId() const
{
    return int(m_editChosen && find(m_editChosen) ? m_editChosen : m_shownId);
}

void AgendaController::setEditItemId(int itemId)
{
    if (itemId == m_editChosen)
        return;
    m_editChosen = itemId;
    loadEditText();
    emit changed();
}

// The text to edit, read again only when another item is chosen or its
// record has events the model has not (an edit from elsewhere, a new draft).
void AgendaController::loadEditText()
{
    const qint64 id = editItemId();
    qint64 last = 0;
    std::optional<Document> doc;
    try {
        if (id && m_store) {
            const QList<agenda::AgendaEvent> events = agenda::itemEvents(m_store->db(), id);
            last = events.isEmpty() ? 0 : events.last().id;
            if (id == m_editLoaded && last == m_editSeen)
                return;
            doc = agenda::document(m_store->db(), id);
        }
    } catch (const store::StoreError &e) {
        qCWarning(lcAgenda).noquote() << e.message();
    }
    if (id == m_editLoaded && last == m_editSeen)
        return;
    m_editLoaded = id;
    m_editSeen = last;
    m_editModel.setDocument(doc.value_or(Document{}));
}

void AgendaController::updateTiming()
{
    m_timing = agenda::timing(m_meeting, m_items.items(), now(), m_paces);
    m_items.setAgenda(m_items.items(), m_timing);
    emit timingChanged();
}

std::optional<Document> AgendaController::shownDocument() const
{
    const AgendaItem *it = find(m_shownId);
    if (!it || !m_store)
        return std::nullopt;
    if (it->hasDraft) {
        QString problem;
        try {
            if (auto doc = agenda::document(m_store->db(), it->id, &problem))
                return doc;
        } catch (const store::StoreError &e) {
            problem = e.message();
        }
        qCWarning(lcAgenda).noquote() << problem;
    }
    // No draft (the chair's links, a break): the item itself as a card.
    Document card;
    Block title;
    title.id = 1;
    title.kind = BlockKind::Title;
    title.text = itemName(*it);
    card.blocks.append(title);
    if (!it->speakerName.isEmpty()) {
        Block who;
        who.id = 2;
        who.kind = BlockKind::Byline;
        who.text = (it->speakerRole.isEmpty() ? QString() : it->speakerRole + u' ') + it->speakerName;
        card.blocks.append(who);
    }
    return card;
}

template<typename F>
void AgendaController::act(F &&change)
{
    if (!m_store || !m_meetingId)
        return;
    m_error.clear();
    try {
        const agenda::Refusal r = change(m_store->db(), now());
        if (r == agenda::Refusal::Finalized)
            m_error = QCoreApplication::translate("lectern::AgendaController", "the meeting is finalized: its agenda is sealed");
        else if (r == agenda::Refusal::Closed)
            m_error = QCoreApplication::translate("lectern::AgendaController", "the meeting is closed");
        else if (r != agenda::Refusal::None)
            m_error = QCoreApplication::translate("lectern::AgendaController", "that item is no longer on the agenda");
    } catch (const store::StoreError &e) {
        m_error = e.message();
        qCWarning(lcAgenda).noquote() << e.message();
    }
    refresh();
}

void AgendaController::next()
{
    act([this](const store::Database &db, const QDateTime &t) { return agenda::next(db, m_meetingId, t, m_rules); });
}

void AgendaController::previous()
{
    act([this](const store::Database &db, const QDateTime &t) { return agenda::previous(db, m_meetingId, t, m_rules); });
}

void AgendaController::startItem(int itemId)
{
    act([this, itemId](const store::Database &db, const QDateTime &t) { return agenda::start(db, itemId, t, m_rules); });
}

void AgendaController::skipItem(int itemId)
{
    act([itemId](const store::Database &db, const QDateTime &t) { return agenda::skip(db, itemId, t); });
}

void AgendaController::playNext(int itemId)
{
    act([itemId](const store::Database &db, const QDateTime &t) { return agenda::playNext(db, itemId, t); });
}

void AgendaController::addBreak(int minutes)
{
    act([this, minutes](const store::Database &db, const QDateTime &t) {
        agenda::Refusal r = agenda::Refusal::None;
        agenda::addBreak(db, m_meetingId, minutes, QCoreApplication::translate("lectern::AgendaController", "Break"), t, &r);
        return r;
    });
}

void AgendaController::retime(int itemId, double minutes)
{
    act([itemId, minutes](const store::Database &db, const QDateTime &t) {
        return agenda::retime(db, itemId, minutes < 0 ? std::nullopt : std::optional<int>(qRound(minutes * 60)), t);
    });
}

} // namespace lectern

namespace lectern {

bool AgendaController::edit(const LiveEdit &change)
{
    const qint64 target = editItemId();
    if (!m_store || !target)
        return false;
    m_error.clear();
    agenda::Refusal r = agenda::Refusal::None;
    try {
        r = agenda::applyEdit(m_store->db(), target, change, now());
    } catch (const store::StoreError &e) {
        m_error = e.message();
        emit changed();
        return false;
    }
    if (r != agenda::Refusal::None) {
        m_error = r == agenda::Refusal::Finalized ? QCoreApplication::translate("lectern::AgendaController", "the meeting is finalized: its agenda is sealed")
                                                  : QCoreApplication::translate("lectern::AgendaController", "that paragraph is no longer in the draft");
        emit changed();
        return false;
    }
    // Ours: in the console's text and on the screens now, and not again when the watcher sees the commit.
    const QList<agenda::AgendaEvent> events = agenda::itemEvents(m_store->db(), target);
    const qint64 last = events.isEmpty() ? 0 : events.last().id;
    if (m_editLoaded == target) {
        m_editModel.applyEdit(change);
        m_editSeen = last;
    }
    if (target == m_shownId) {
        m_seenEvent = last;
        emit liveEdited(m_shownId, change);
    }
    return true;
}

bool AgendaController::setItemDraft(int itemId, const QString &choiceJson)
{
    if (!m_store)
        return false;
    m_error.clear();
    QString problem;
    const auto choice = SpeechChoice::fromJson(choiceJson.toUtf8(), &problem);
    agenda::Refusal r = agenda::Refusal::BadDraft;
    if (choice) {
        auto read = readSpeechFile(choice->path);
        if (const QByteArray *bytes = std::get_if<QByteArray>(&read)) {
            try {
                r = agenda::setDraft(m_store->db(), itemId, choice->path, *bytes, *choice, now(), &problem);
            } catch (const store::StoreError &e) {
                problem = e.message();
            }
        } else {
            problem = std::get<QString>(read);
        }
    }
    if (r != agenda::Refusal::None)
        m_error = problem.isEmpty() ? QCoreApplication::translate("lectern::AgendaController", "the meeting is finalized: its agenda is sealed") : problem;
    refresh();
    return r == agenda::Refusal::None;
}

bool AgendaController::editBlock(int blockId, const QString &text)
{
    return edit({LiveEdit::Replace, blockId, text, {}});
}

bool AgendaController::insertAfter(int blockId, const QString &text)
{
    return edit({LiveEdit::Insert, blockId + 1, text, {}});
}

bool AgendaController::deleteBlock(int blockId)
{
    return edit({LiveEdit::Delete, blockId, {}, {}});
}

} // namespace lectern
