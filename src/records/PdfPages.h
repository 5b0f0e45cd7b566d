#pragma once

#include <QString>

class QTextDocument;

namespace lectern::records {

// Prints a laid-out document to an A4 PDF, with "第 n 页 / 共 N 页" under every
// page. The text stays text: fonts are embedded (subsets), so pdftotext and
// search find every name. Writes to a temporary file renamed on success.
// Returns an error line, or empty.
QString printToPdf(QTextDocument &document, const QString &path, const QString &title);

// The faces the exports use, chosen because their PDF text maps back to the
// right characters (Noto CJK's maps shared glyphs to Kangxi radicals): a Song
// face for text, a Hei face for titles. Falls back to whatever is installed.
QString bodyFamily();
QString titleFamily();

// Millimetres in the document's units (the PDF writer's 300 dpi).
double mm(double millimetres);

} // namespace lectern::records
