#pragma once

#include "ImportLimits.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// The first sheet of an .xlsx workbook as a table of cell texts, row by row
// as the sheet numbers them (row 1 is rows[0]; empty rows stay, so messages
// can name the sheet's rows). There is no C++ .xlsx reader in Debian: this
// reads the parts with libzip (ZipArchive, bomb-checked) and
// QXmlStreamReader, as the .docx reader does. Shared strings (rich runs
// joined, phonetic guides left out), inline strings, numbers as written (a
// phone number stays 13800138000, never 1.38E10), and merged cells: every
// cell of a merged range reads as its top-left cell (a unit merged down the
// rows of its people).
struct SheetTable
{
    QList<QStringList> rows;
    QString error; // without the file name; empty on success
};

SheetTable readFirstSheet(const QByteArray &bytes, const ImportLimits &limits = {});

} // namespace lectern
