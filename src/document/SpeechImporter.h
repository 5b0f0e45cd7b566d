#pragma once

#include "Cleaner.h"
#include "formats/ImportLimits.h"
#include "ImportResult.h"

#include <variant>

namespace lectern {

struct ImportOptions
{
    ImportLimits limits;
    CleanOptions clean;
};

// The one call that turns a speech file (.txt, .docx, .md) into a structured,
// cleaned document, or into a one-line error naming the file and the problem.
ImportResult importSpeech(const QString &path, const ImportOptions &options = {});

// The file's bytes as importSpeech reads them (a regular file, within the
// limit, not growing while read), or its one-line "FILE: problem".
std::variant<QByteArray, QString> readSpeechFile(const QString &path, const ImportLimits &limits = {});
// The same, from bytes already in memory (fuzzers, tests); `name` is used for
// the format (by its suffix) and in error messages.
ImportResult importSpeechData(const QByteArray &bytes, const QString &name, const ImportOptions &options = {});

// The text the import reads from a file, before any cleaning: the decoded
// text of a .txt or .md, the body paragraphs of a .docx. What vanishedHan()
// accounts against. Empty when the file cannot be read.
QString sourceText(const QByteArray &bytes, const QString &name, const ImportLimits &limits = {});

} // namespace lectern
