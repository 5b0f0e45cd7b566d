#include "DecisionLines.h"

#include "meeting/Roster.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lectern::records {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::records", text);
}

QString nameOf(const store::Database &db, qint64 id)
{
    const auto p = roster::byId(db, id);
    return p ? p->name : QString::number(id);
}

QString voteLine(const store::Database &db, const decisions::DecisionEvent &v, int index)
{
    const decisions::Basis b = decisions::Basis::fromJson(QJsonDocument::fromJson(v.basis.toUtf8()).object());
    QString line;
    if (index > 0)
        line += tr("Revote %1 (%2): ").arg(index).arg(v.text);
    line += tr("%1: %2 members expected").arg(decisions::methodLabel(v.method)).arg(b.members);
    if (b.recused > 0)
        line += tr(" (%1 recused)").arg(b.recused);
    line += tr(", %1 present").arg(b.present);
    if (v.result == decisions::Result::Deferred) {
        line += tr("; vote deferred");
        if (!v.text.isEmpty() && index == 0)
            line += tr(" (%1)").arg(v.text);
        return line + tr(".");
    }
    line += tr("; %1 for, %2 against, %3 abstaining").arg(v.votesFor).arg(v.votesAgainst).arg(v.votesAbstain);
    if (!b.quorumMet)
        line += tr("; no quorum (%1 needed)").arg(b.quorumRequired);
    line += tr("; %1.").arg(decisions::resultLabel(v.result));
    if (!v.ballots.isEmpty()) {
        QStringList each;
        for (const decisions::Ballot &ballot : v.ballots)
            each.append(tr("%1 %2").arg(nameOf(db, ballot.personId), decisions::choiceLabel(ballot.choice)));
        line += tr(" Ballots: %1.").arg(each.join(tr(", ")));
    }
    return line;
}

} // namespace

QStringList DecisionLines::all() const
{
    QStringList out = recusals + opinions + votes;
    if (!decision.isEmpty())
        out.append(QCoreApplication::translate("lectern::records", "Decided: %1").arg(decision));
    return out;
}

DecisionLines decisionLines(const store::Database &db, const decisions::ItemDecisions &d)
{
    DecisionLines out;
    out.decision = d.decision;
    for (qsizetype i = 0; i < d.votes.size(); ++i)
        out.votes.append(voteLine(db, d.votes[i], int(i)));
    for (const decisions::DecisionEvent &r : d.recusals)
        out.recusals.append(tr("%1 withdrew (%2).").arg(nameOf(db, r.personId), r.text));
    for (const decisions::DecisionEvent &o : d.opinions) {
        QString line = tr("Written opinion of %1").arg(nameOf(db, o.personId));
        if (!o.text.isEmpty())
            line += tr(": %1").arg(o.text);
        if (!o.fileName.isEmpty())
            line += tr(" (scanned file %1, SHA-256 %2)").arg(o.fileName, o.fileSha256);
        out.opinions.append(line);
    }
    return out;
}

} // namespace lectern::records
