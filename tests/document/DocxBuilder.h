#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Builds small .docx files (and other zips) in memory for tests, with libzip.
namespace DocxBuilder {

using Entries = QList<QPair<QString, QByteArray>>;

// A zip of the given entries, deflated.
QByteArray zip(const Entries &entries);

// A minimal Word document whose <w:body> holds `bodyXml`, plus a styles part
// declaring "heading 1".."heading 3" (ids 1..3), Title (id a3) and a bold style (id Strong).
QByteArray docx(const QString &bodyXml, const Entries &extra = {});

// <w:p> helpers.
QString p(const QString &text, const QString &style = {});
QString run(const QString &text, bool bold = false);

} // namespace DocxBuilder
