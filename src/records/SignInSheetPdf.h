#pragma once

#include "AttendanceSheet.h"

namespace lectern::records {

// The sign-in sheet (签到表) as an A4 PDF: title, date and place; every
// expected person with unit, sign-in time, status and signature, then the
// walk-ins; the totals; page n/N under every page; the header row repeated
// on every page. Returns an error line, or empty.
QString writeSignInSheetPdf(const AttendanceSheet &sheet, const QString &path);

} // namespace lectern::records
