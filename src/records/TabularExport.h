#pragma once

#include "AttendanceSheet.h"

#include <QString>

namespace lectern::records {

// The attendance as a table: 序号, 姓名, 单位, 职务, 身份, 状态, 签到时间, 备注.
QStringList attendanceHeader();

// CSV in UTF-8 with a byte-order mark (so that Excel reads it as UTF-8),
// fields quoted where needed. Returns an error line, or empty on success.
QString writeAttendanceCsv(const AttendanceSheet &sheet, const QString &path);

// XLSX with libxlsxwriter: a frozen, bold header row, column widths set,
// sign-in times as real Excel date-times. Returns an error line, or empty.
QString writeAttendanceXlsx(const AttendanceSheet &sheet, const QString &path);

} // namespace lectern::records
