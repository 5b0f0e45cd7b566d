#pragma once

#include <QStringList>

namespace lectern::cli {

// `lectern bench [--json] [--runs N] [--inputs DIR] [--prompter [--scroll-seconds S]]`: runs the benchmarks, grouped by
// subsystem, and prints median / p90 / min per case. Never fails on a time:
// the figures are for docs/benchmarks.md, not a gate.
struct BenchCommand
{
    static int run(const QStringList &args);
};

} // namespace lectern::cli
