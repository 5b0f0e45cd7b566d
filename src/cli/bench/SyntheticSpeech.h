#pragma once

#include <QByteArray>
#include <QString>

namespace lectern::bench {

// Benchmark inputs built from the shipped sample speech, repeated with its
// structure intact (headings, points, placeholders) up to a target size.
QString repeatedSpeech(qsizetype targetUtf8Bytes);

// A .docx whose file size is about `targetFileBytes`, its body holding the
// repeated speech as styled paragraphs with bold lead runs (libzip, deflated).
QByteArray repeatedSpeechDocx(qsizetype targetFileBytes);

} // namespace lectern::bench
