#pragma once

#include <QString>
#include <optional>

namespace lectern {

// A duration as the operator types it, in seconds: "25" (minutes), "25:30",
// "1:05:00", with a full-width colon too (２５：３０), or "25分钟" / "25 min".
// Empty is 0 (no target). nullopt when it reads as no duration.
std::optional<int> parseDurationText(const QString &text);

} // namespace lectern
