#pragma once

#include <QStringList>

namespace lectern::cli::ExportCommand {

// lectern export MEETING --what signin|record|attendance --format pdf|xlsx|csv --out FILE
// (signin and record as PDF; attendance as XLSX or CSV). Draws: runs with a GUI application.
int run(const QStringList &args);

} // namespace lectern::cli::ExportCommand
