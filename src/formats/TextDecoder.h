#pragma once

#include <QByteArray>
#include <QString>

namespace lectern {

// Turns the bytes of a text file into a QString without mojibake, or says why it
// cannot. Order of evidence: byte-order mark, strict UTF-8, then ICU's charset
// detector restricted to the Chinese encodings users actually have (GB18030/GBK,
// Big5), each confirmed by a strict decode.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030", "Big5" …
    QString error;    // the problem, without the file name; empty on success
    bool ok() const { return error.isEmpty(); }
};

DecodedText decodeText(const QByteArray &bytes);

} // namespace lectern
