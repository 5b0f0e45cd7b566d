#pragma once

#include "formats/ImportLimits.h"
#include "RawParagraph.h"

#include <QByteArray>
#include <QString>

namespace lectern {

struct DocxContent
{
    RawParagraphs paragraphs;
    QString error; // without the file name; empty on success
};

// Reads the body of a .docx in reading order: paragraphs, table cells (row by
// row) and text boxes; heading levels from paragraph styles and outline levels;
// the bold run a paragraph starts with. Headers, footers, comments, footnotes,
// deleted revisions and field codes are not body text and are left out.
DocxContent readDocx(const QByteArray &bytes, const ImportLimits &limits);

} // namespace lectern
