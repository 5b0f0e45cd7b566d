#pragma once

#include <cstdint>

namespace lectern {

// Refusal limits for untrusted input. They are checked before any large
// allocation so a hostile file costs little time and memory.
struct ImportLimits
{
    std::int64_t maxFileBytes = 20LL * 1024 * 1024;        // the file as given
    std::int64_t maxEntryBytes = 64LL * 1024 * 1024;       // one archive entry, expanded
    double maxEntryRatio = 100.0;                          // expanded : compressed
    std::int64_t ratioCheckFloor = 64LL * 1024;            // tiny entries may compress well
    std::int64_t maxEntries = 1000;                        // entries in one archive
};

} // namespace lectern
