#pragma once

#include <QStringList>

namespace lectern::cli {

// `lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--json]`:
// the projected pages of a speech, each with its first and last anchors, its
// lines and its text. Headless (fonts come from the offscreen platform).
struct PaginateCommand
{
    static int run(const QStringList &args);
};

} // namespace lectern::cli
