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

// A meeting's details as typed (options on the command line, the console's
// form), read by the rules: a title is required, a start time is required,
// an end time is optional but never before the start, the grace period as
// parseGraceMinutes. Each way in words the problem its own way (an option's
// name, a field's label); the rules are these.
struct TypedDetails
{
    QString title, start, end, grace;
};
enum class Problem { None, NoTitle, BadStart, BadEnd, BadGrace };
struct Details
{
    Problem problem = Problem::None; // the first one found, in the order of the fields
    QString title;
    QDateTime start, end;            // end invalid: none given
    int graceMinutes = kDefaultGraceMinutes;
};
Details readDetails(const TypedDetails &typed);

} // namespace lectern::meetingRules
