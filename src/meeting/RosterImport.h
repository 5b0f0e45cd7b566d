#pragma once

#include "Roster.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// A roster file read into rows. Columns are found by their headers (姓名,
// 单位/部门, 职务, 手机/电话 and the English equivalents), whatever their
// order; rows above the header row (a title row) are skipped. A bad row is
// rejected with its row number (as the file counts rows, from 1) and a
// reason, and the others are kept.
struct RosterFile
{
    QList<RosterRow> rows;
    QList<int> rowNumbers; // of each row, for messages
    struct Rejected
    {
        int row;
        QString reason;
    };
    QList<Rejected> rejected;
    QString error; // the whole file cannot be used (no name column, not text …); empty when fine
};

// From a table of cells, row by row (what a CSV or a sheet holds).
RosterFile rosterFromTable(const QList<QStringList> &table);

// A CSV file's bytes: UTF-8 with or without BOM, GB18030/GBK, quoted fields
// with commas, quotes and line breaks, blank lines.
RosterFile readRosterCsv(const QByteArray &bytes);

// An .xlsx workbook's first sheet: a merged title row above the header,
// merged unit cells, phone numbers and ids kept as text.
RosterFile readRosterXlsx(const QByteArray &bytes);

// A roster file on disk, .xlsx (by its zip signature) or CSV; the error names
// no file (the caller does). Refuses what is not a regular file or over 20 MB.
RosterFile readRosterFile(const QString &path);

// CSV cells (RFC 4180), for the reader and its tests.
QList<QStringList> parseCsv(const QString &text);

} // namespace lectern
