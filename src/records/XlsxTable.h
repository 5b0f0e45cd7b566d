#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lectern::records {

// One sheet as a table: a frozen, bold header row, column widths, and cells
// that are text (QString), numbers (int, double: real numbers Excel sums) or
// date-times (QDateTime, written as Excel's in local time).
struct XlsxTable
{
    QString sheet;
    QStringList header;
    QList<double> widths; // per column, in characters
    QList<QVariantList> rows;
};

// Written by libxlsxwriter into a temporary name, renamed on success: a
// failed write never leaves half a workbook under the name. Returns an error
// line, or empty.
QString writeXlsxTable(const XlsxTable &table, const QString &path);

} // namespace lectern::records
