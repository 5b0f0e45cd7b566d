#include "SyntheticSpeech.h"

#include "document/StructurePatterns.h"
#include "formats/TextLines.h"
#include "speech/SampleSpeech.h"

#include <QFile>
#include <QRandomGenerator>
#include <zip.h>

namespace lectern::bench {
namespace {

QStringList sampleLines()
{
    QFile f(sampleSpeechPath());
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("同志们：今天召开会议。")};
    return splitLines(QString::fromUtf8(f.readAll()));
}

// Real speeches do not repeat themselves: each copy gets other Han characters,
// drawn with the sample's own character frequencies (same structure, same
// punctuation, the first characters of each line kept so headings and points
// stay recognisable). Compression, and so the zip-bomb ratio and the size of a
// ".docx of 1 MB", then behave as with real text.
QString varied(const QString &line, quint32 seed, const QString &alphabet)
{
    QString out = line;
    QRandomGenerator random(seed);
    for (qsizetype i = 3; i < out.size(); ++i)
        if (out[i].script() == QChar::Script_Han)
            out[i] = alphabet[random.bounded(int(alphabet.size()))];
    return out;
}

// Every Han character of the sample, with repeats: drawing from it uniformly
// reproduces the sample's character frequencies.
QString hanAlphabet(const QStringList &lines)
{
    QString alphabet;
    for (const QString &line : lines)
        for (QChar c : line)
            if (c.script() == QChar::Script_Han)
                alphabet += c;
    return alphabet.isEmpty() ? QStringLiteral("讲话") : alphabet;
}

QByteArray zipInMemory(const QList<QPair<const char *, QByteArray>> &entries)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_source_keep(out);
    zip_t *z = zip_open_from_source(out, ZIP_TRUNCATE, &err);
    for (const auto &[name, data] : entries)
        zip_file_add(z, name, zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0), 0);
    zip_close(z);
    QByteArray bytes;
    if (zip_source_open(out) == 0) {
        zip_source_seek(out, 0, SEEK_END);
        bytes.resize(qsizetype(zip_source_tell(out)));
        zip_source_seek(out, 0, SEEK_SET);
        zip_source_read(out, bytes.data(), zip_uint64_t(bytes.size()));
        zip_source_close(out);
    }
    zip_source_free(out);
    zip_error_fini(&err);
    return bytes;
}

QString runXml(const QString &text, bool bold)
{
    return QStringLiteral("<w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r>")
        .arg(bold ? QStringLiteral("<w:rPr><w:b/></w:rPr>") : QString(), text.toHtmlEscaped());
}

QByteArray docxOfLines(const QStringList &lines, int copies)
{
    const QString alphabet = hanAlphabet(lines);
    QString body;
    for (int c = 0; c < copies; ++c) {
        for (const QString &original : lines) {
            if (original.isEmpty())
                continue;
            const QString line = c == 0 ? original : varied(original, quint32(c) * 7919u + quint32(body.size()), alphabet);
            const int level = headingLevelOf(line);
            const int lead = leadSentenceLength(line);
            const QString style = level > 0 ? QStringLiteral("<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(level) : QString();
            body += QStringLiteral("<w:p>") + style
                + (lead > 0 ? runXml(line.left(lead), true) + runXml(line.mid(lead), false) : runXml(line, false))
                + QStringLiteral("</w:p>");
        }
    }
    const QByteArray document = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>%1</w:body></w:document>").arg(body).toUtf8();
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style><w:style w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
        "<w:style w:styleId=\"3\"><w:name w:val=\"heading 3\"/></w:style></w:styles>";
    return zipInMemory({{"[Content_Types].xml", QByteArray("<Types/>")}, {"word/document.xml", document}, {"word/styles.xml", styles}});
}

} // namespace

QString repeatedSpeech(qsizetype targetUtf8Bytes)
{
    const QStringList lines = sampleLines();
    const QString alphabet = hanAlphabet(lines);
    QString out;
    qsizetype bytes = 0;
    for (quint32 copy = 0; bytes < targetUtf8Bytes; ++copy) {
        for (const QString &line : lines) {
            const QString l = (copy == 0 ? line : varied(line, copy * 7919u + quint32(bytes), alphabet)) + u'\n';
            bytes += l.toUtf8().size();
            out += l;
        }
    }
    return out;
}

QByteArray repeatedSpeechDocx(qsizetype targetFileBytes)
{
    const QStringList lines = sampleLines();
    // Size one copy, then scale: the zip grows linearly with the body.
    int copies = 8;
    QByteArray docx = docxOfLines(lines, copies);
    for (int step = 0; step < 3 && docx.size() < targetFileBytes * 98 / 100; ++step) {
        copies = int(std::max<qsizetype>(copies + 1, qsizetype(copies) * targetFileBytes / std::max<qsizetype>(docx.size(), 1)));
        docx = docxOfLines(lines, copies);
    }
    return docx;
}

} // namespace lectern::bench
