#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

#include "meeting/Agenda.h"

namespace lectern {
struct Meeting;
}
namespace lectern::cli {
class CommandArgs;
struct MeetingTarget;
}
namespace lectern::store {
class Database;
}

namespace lectern::cli::AgendaCommand {

// lectern agenda add|list|move|remove|draft MEETING …
int run(const QStringList &args);

// The agenda as `agenda list --json` and `meeting show --json` print it:
// {"items": [{"id", "position", "title", "kind", "speaker", …}], "planned_total_s",
//  "over_under_s", "projected_end", "overrun", "longer_than_meeting"}.
// Each item also has its "matter", "quorum" ({"members", "recused", "present",
// "required", "met", "rule"}), "recusals", "votes", "opinions" and "decision".
QJsonObject agendaJson(const store::Database &db, const Meeting &meeting, const QDateTime &now);

// ITEM of a command: an item id of the meeting; prints why not and gives nullopt.
std::optional<AgendaItem> findItem(const CommandArgs &args, const MeetingTarget &t, const QString &spec);

} // namespace lectern::cli::AgendaCommand
