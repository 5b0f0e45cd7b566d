#pragma once

#include <QJsonObject>
#include <QStringList>

namespace lectern {
struct AgendaItem;
}
namespace lectern::store {
class Database;
}
namespace lectern::decisions {
struct ItemQuorum;
struct ItemDecisions;
}

// How the items of a meeting are decided, from the command line: the same
// calls the console makes (decisions::recuse, vote, opinion, setDecision).
namespace lectern::cli::DecisionCommand {

// lectern recuse MEETING ITEM PERSON --reason R
int recuse(const QStringList &args);
// lectern vote MEETING ITEM --method 举手|无记名|记名 --for N --against N --abstain N
//              [--ballots "NAME=同意,…"] [--deferred] [--reason R]
int vote(const QStringList &args);
// lectern opinion MEETING ITEM PERSON (--text T | --file F)
int opinion(const QStringList &args);
// lectern decision MEETING ITEM --text T
int decision(const QStringList &args);

// One item's quorum and decisions as JSON (meeting show --json, agenda list --json).
QJsonObject quorumJson(const decisions::ItemQuorum &q);
void addDecisionsJson(const store::Database &db, const decisions::ItemDecisions &d, QJsonObject *item);

} // namespace lectern::cli::DecisionCommand
