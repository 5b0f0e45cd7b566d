#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace lectern::meetingRules {

// The rules of a meeting's details, defined once for every way in: the
// command line (`lectern meeting create`) and the secretary's console.

// A sign-in after the planned start plus this many minutes is late (迟到).
constexpr int kDefaultGraceMinutes = 5;
constexpr int kMaxGraceMinutes = 24 * 60;

// Times as people type them: "2026-12-06 09:00" (seconds allowed). Invalid otherwise.
QDateTime parseTime(const QString &text);
QString timeField(const QDateTime &t); // "2026-12-06 09:00"; empty for no time

// Minutes of grace as typed: empty is the default; nullopt when it is no
// whole number from 0 to kMaxGraceMinutes.
std::optional<int> parseGraceMinutes(const QString &text);

// Where a new meeting starts unless told: the next full hour.
QDateTime defaultStart(const QDateTime &now);

} // namespace lectern::meetingRules
