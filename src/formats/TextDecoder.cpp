#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucsdet.h>

#include <memory>

namespace lectern {
namespace {


// A UTF-16 file cut off mid-pair decodes "successfully" to a lone surrogate.
bool hasPairedSurrogates(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// Decodes strictly: any malformed sequence makes the whole decode fail.
bool strictDecode(const QByteArray &bytes, const char *encoding, QString *out)
{
    // Stateless: a sequence cut off at the end of the file is an error, not pending input.
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || !hasPairedSurrogates(text))
        return false;
    *out = std::move(text);
    return true;
}

// Counts well-formed multi-byte UTF-8 sequences and stray high bytes. Text that
// is mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8, not GBK:
// guessing another encoding for it would show mojibake.
struct Utf8Evidence { int sequences = 0; int strays = 0; qsizetype firstStray = -1; };

Utf8Evidence utf8Evidence(const QByteArray &bytes)
{
    Utf8Evidence e;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 1) { ++i; continue; }
        bool good = len > 1 && i + len <= n;
        for (int k = 1; good && k < len; ++k)
            good = (p[i + k] & 0xC0) == 0x80;
        if (good) { ++e.sequences; i += len; }
        else { if (e.firstStray < 0) e.firstStray = i; ++e.strays; ++i; }
    }
    return e;
}

// A text file has no NUL bytes (UTF-16 is recognised by its BOM before this)
// and few control characters.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v')
            ++controls;
    }
    return controls > 8 && controls * 50 > text.size();
}

// ICU's detector ranks candidate charsets by confidence; keep the Chinese ones.
QList<QByteArray> detectorRanking(const QByteArray &bytes)
{
    QList<QByteArray> ranking;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return ranking;
    ucsdet_setText(det.get(), bytes.constData(), int(std::min<qsizetype>(bytes.size(), 1 << 20)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status))
        return ranking;
    for (int32_t i = 0; i < count; ++i) {
        const char *name = ucsdet_getName(matches[i], &status);
        if (U_FAILURE(status) || !name)
            break;
        const QByteArray n(name);
        if (n == "GB18030" || n == "Big5")
            ranking.append(n);
    }
    return ranking;
}

DecodedText finish(QString text, const char *encoding)
{
    DecodedText out;
    if (looksBinary(text)) {
        out.error = QCoreApplication::translate("lectern::TextDecoder", "not a text file (binary content)");
        return out;
    }
    out.text = std::move(text);
    out.encoding = QString::fromLatin1(encoding);
    return out;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.isEmpty()) {
        out.error = QCoreApplication::translate("lectern::TextDecoder", "the file is empty");
        return out;
    }

    // 1. Byte-order marks are unambiguous.
    struct Bom { QByteArray mark; const char *encoding; };
    const Bom boms[] = {
        {QByteArray("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
        {QByteArray("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
        {QByteArray("\xEF\xBB\xBF"), "UTF-8"},
        {QByteArray("\xFF\xFE"), "UTF-16LE"},
        {QByteArray("\xFE\xFF"), "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (!bytes.startsWith(bom.mark))
            continue;
        QString text;
        const QByteArray body = bytes.mid(bom.mark.size());
        // UTF-16 comes in pairs of bytes, UTF-32 in fours: a byte over is damage, not a character.
        const qsizetype unit = QByteArrayView(bom.encoding).startsWith("UTF-32") ? 4 : QByteArrayView(bom.encoding).startsWith("UTF-16") ? 2 : 1;
        if (body.size() % unit != 0 || !strictDecode(body, bom.encoding, &text)) {
            out.error = QCoreApplication::translate("lectern::TextDecoder", "the file says it is %1 but is damaged or truncated").arg(QLatin1String(bom.encoding));
            return out;
        }
        return finish(std::move(text), bom.encoding);
    }

    if (bytes.contains('\0')) {
        out.error = QCoreApplication::translate("lectern::TextDecoder", "not a text file (binary content)");
        return out;
    }

    // 2. Well-formed UTF-8 (pure ASCII included).
    QString text;
    if (strictDecode(bytes, "UTF-8", &text))
        return finish(std::move(text), "UTF-8");

    const Utf8Evidence e = utf8Evidence(bytes);
    if (e.sequences > 0 && e.sequences >= 2 * e.strays) {
        out.error = QCoreApplication::translate("lectern::TextDecoder", "invalid UTF-8 at byte %1 (damaged or truncated file)").arg(e.firstStray);
        return out;
    }

    // 3. GB18030 (a superset of GBK and GB2312) or Big5, as ICU ranks them;
    //    each candidate must decode without a single error.
    QList<QByteArray> candidates = detectorRanking(bytes);
    for (const char *fallback : {"GB18030", "Big5"})
        if (!candidates.contains(fallback))
            candidates.append(fallback);
    for (const QByteArray &enc : std::as_const(candidates)) {
        if (strictDecode(bytes, enc.constData(), &text))
            return finish(std::move(text), enc.constData());
    }

    out.error = QCoreApplication::translate("lectern::TextDecoder", "unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5)");
    return out;
}

} // namespace lectern
