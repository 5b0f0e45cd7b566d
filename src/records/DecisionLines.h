#pragma once

#include "meeting/Decisions.h"

#include <QStringList>

namespace lectern::store {
class Database;
}

namespace lectern::records {

// How an item was decided, in the sentences the record and the minutes
// print: each vote ("举手表决：应到 8 人，实到 6 人，同意 5 票，不同意 1 票，
// 弃权 0 票，通过。"; a revote says it is one and why; a named vote lists each
// member's ballot; without a quorum it says so), each recusal with its reason,
// each written opinion (its text, or its file with the file's SHA-256).
struct DecisionLines
{
    QString decision;     // 议定事项, as entered
    QStringList votes;
    QStringList recusals;
    QStringList opinions;
    bool isEmpty() const { return decision.isEmpty() && votes.isEmpty() && recusals.isEmpty() && opinions.isEmpty(); }
    QStringList all() const; // recusals, opinions, votes, then the decision: as the meeting went
};
DecisionLines decisionLines(const store::Database &db, const decisions::ItemDecisions &d);

} // namespace lectern::records
