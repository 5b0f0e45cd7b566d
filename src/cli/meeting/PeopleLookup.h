#pragma once

#include "meeting/MeetingRules.h"
#include "meeting/Meetings.h"
#include "meeting/PersonSearch.h"

#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern::cli {

// PERSON on the command line: an id, or a name that names one person. An
// unknown or ambiguous name prints why (with the candidates and their units)
// and gives nothing.
std::optional<Person> findPerson(const store::Database &db, const QString &spec, const QString &command);

// MEETING on the command line: its id.
std::optional<Meeting> findMeeting(const store::Database &db, const QString &spec, const QString &command);

// "2026-11-30 09:00" (local time), as --start and --at take it: the meeting rules' own.
using meetingRules::parseTime;

} // namespace lectern::cli
