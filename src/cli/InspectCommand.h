#pragma once

#include <QStringList>

namespace lectern::cli {

// `lectern inspect FILE [--json] [--rate N] [--keep LINE,...]`: prints the
// structure, what cleaning removed or joined and why, the placeholders, the
// counts and the estimated speaking time.
struct InspectCommand
{
    static int run(const QStringList &args);
};

} // namespace lectern::cli
