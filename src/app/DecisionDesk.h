#pragma once

#include "ItemMembersModel.h"
#include "meeting/DecisionRules.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace lectern {

class AgendaController;
class MeetingStore;

// The secretary's panel for how an item is decided (the console's 议定 tab):
// the item's quorum and members, and what is recorded for it — a member's
// withdrawal (回避) with the reason, a vote by its counts (a revote with its
// reason), an absent member's written opinion, the decision's text. The
// same calls the command line makes (decisions::…); the panel follows every
// change to the meeting (the agenda's own refresh), from here or elsewhere.
class DecisionDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The decisions panel is App.decisions")
    // The item chosen (0: the agenda's item on now, else the next to come).
    Q_PROPERTY(int itemId READ itemId WRITE setItemId NOTIFY changed)
    Q_PROPERTY(QString itemTitle READ itemTitle NOTIFY changed)
    Q_PROPERTY(QString matter READ matter NOTIFY changed)
    Q_PROPERTY(QString quorumLine READ quorumLine NOTIFY changed)
    Q_PROPERTY(bool quorumMet READ quorumMet NOTIFY changed)
    Q_PROPERTY(int votesTaken READ votesTaken NOTIFY changed)
    Q_PROPERTY(lectern::ItemMembersModel *members READ members CONSTANT)
    // What is recorded for it so far, a sentence each (as the record prints them).
    Q_PROPERTY(QStringList recorded READ recorded NOTIFY changed)
    Q_PROPERTY(QString decision READ decision NOTIFY changed)
    // The last refusal, for the panel to show ("" when the last action was recorded).
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit DecisionDesk(AgendaController *agenda, QObject *parent = nullptr);

    void setStore(std::shared_ptr<MeetingStore> store);
    void setRules(const decisions::Rules &rules) { m_rules = rules; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int itemId() const;
    void setItemId(int itemId);
    QString itemTitle() const { return m_title; }
    QString matter() const { return m_matter; }
    QString quorumLine() const { return m_quorumLine; }
    bool quorumMet() const { return m_quorumMet; }
    int votesTaken() const { return m_votesTaken; }
    ItemMembersModel *members() { return &m_members; }
    QStringList recorded() const { return m_recorded; }
    QString decision() const { return m_decision; }
    QString error() const { return m_error; }

    Q_INVOKABLE bool recuse(int personId, const QString &reason);
    // method: hands, secret or named (counts only: each member's ballot is the command line's).
    Q_INVOKABLE bool vote(const QString &method, int votesFor, int against, int abstain, bool deferred, const QString &reason);
    Q_INVOKABLE bool sendOpinion(int personId, const QString &text);
    Q_INVOKABLE bool setDecision(const QString &text);

public slots:
    void refresh();

signals:
    void changed();

private:
    qint64 targetItem() const;
    template<typename F> bool record(F &&write);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

    AgendaController *m_agenda;
    std::shared_ptr<MeetingStore> m_store;
    decisions::Rules m_rules;
    std::function<QDateTime()> m_clock;
    qint64 m_chosen = 0;
    qint64 m_shown = 0; // the item the panel shows now
    QString m_title, m_matter, m_quorumLine, m_decision, m_error;
    bool m_quorumMet = false;
    int m_votesTaken = 0;
    QStringList m_recorded;
    ItemMembersModel m_members;
};

} // namespace lectern
