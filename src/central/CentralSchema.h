#pragma once

#include <limits>

#include <QList>
#include <QString>

namespace lectern::central {

class PgConnection;

// The central store's schema, versioned like the kiosk's (a table holds the
// version; steps are never edited once released). Each step runs in one
// transaction under an advisory lock, so two administrators running
// `lectern central init` at once do not interleave.
struct CentralStep
{
    int version;
    const char *sql;
};
const QList<CentralStep> &centralSchema();

// Takes the server's schema to the last step; returns the version it is at.
// A server newer than this program is refused (CentralError).
int migrate(const PgConnection &admin, int upTo = std::numeric_limits<int>::max()); // upTo: a test of an upgrade stops there
int currentVersion(const PgConnection &connection); // 0: nothing there yet

// The role every room's role belongs to: what row-level security grants to.
constexpr char kRoomsRole[] = "lectern_rooms";

} // namespace lectern::central
