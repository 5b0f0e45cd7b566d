#pragma once

#include "Agenda.h"

#include <QHash>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern::agenda {

// A speaker's own pace in 字/分钟, learned from what they read before: the
// Han characters of every draft of theirs the prompter ran to the end,
// over the time it ran (paused spans left out). Readings under
// kMinReadingMs say little and are left out. nullopt: nothing to learn
// from yet (the default pace, SpeakingRate::kDefault, applies).
inline constexpr qint64 kMinReadingMs = 30'000;
std::optional<int> learnedPace(const store::Database &db, qint64 personId);
// The learned pace of each roster speaker of these items, where there is one.
QHash<qint64, int> learnedPaces(const store::Database &db, const QList<AgendaItem> &items);

} // namespace lectern::agenda
