#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace lectern {
struct Meeting;
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
QJsonObject agendaJson(const store::Database &db, const Meeting &meeting, const QDateTime &now);

} // namespace lectern::cli::AgendaCommand
