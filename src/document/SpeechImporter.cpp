#include "SpeechImporter.h"

#include "DocxReader.h"
#include "HanAccounting.h"
#include "InvisibleText.h"
#include "MarkdownReader.h"
#include "Structurer.h"
#include "formats/TextDecoder.h"
#include "TxtReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace lectern {
namespace {


ImportResult failure(const QString &name, const QString &problem)
{
    ImportResult r;
    QString line = name + QStringLiteral(": ") + problem;
    line.replace(u'\n', u' ');
    r.error = line;
    return r;
}

SourceFormat formatFor(const QByteArray &bytes, const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"docx" || bytes.startsWith("PK\x03\x04"))
        return SourceFormat::Docx;
    if (suffix == u"md" || suffix == u"markdown")
        return SourceFormat::Markdown;
    return SourceFormat::Text;
}

} // namespace

ImportResult importSpeechData(const QByteArray &bytes, const QString &name, const ImportOptions &options)
{
    if (bytes.size() > options.limits.maxFileBytes)
        return failure(name, QCoreApplication::translate("lectern::SpeechImporter", "the file is %1 MB, more than the limit of %2 MB")
                                 .arg(bytes.size() / (1024 * 1024)).arg(options.limits.maxFileBytes / (1024 * 1024)));
    if (bytes.isEmpty())
        return failure(name, QCoreApplication::translate("lectern::SpeechImporter", "the file is empty"));
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return failure(name, QCoreApplication::translate("lectern::SpeechImporter", "old Word .doc format is not supported; save it as .docx or .txt"));
    if (bytes.startsWith("%PDF"))
        return failure(name, QCoreApplication::translate("lectern::SpeechImporter", "PDF is not supported; copy its text into a .txt file"));

    const SourceFormat format = formatFor(bytes, name);
    RawParagraphs raw;
    QString encoding;
    QString source; // what was read, for the account of every Han character
    QList<Removal> readerRemovals; // what a reader took out before cleaning (front matter)
    if (format == SourceFormat::Docx) {
        if (!bytes.startsWith("PK"))
            return failure(name, QCoreApplication::translate("lectern::SpeechImporter", "not a .docx file (it is not a zip archive)"));
        DocxContent docx = readDocx(bytes, options.limits);
        if (!docx.error.isEmpty())
            return failure(name, docx.error);
        raw = std::move(docx.paragraphs);
        QStringList texts;
        for (const RawParagraph &p : raw)
            texts.append(p.text);
        source = texts.join(u'\n');
    } else {
        DecodedText decoded = decodeText(bytes);
        if (!decoded.ok())
            return failure(name, decoded.error);
        encoding = decoded.encoding;
        if (format == SourceFormat::Markdown) {
            MarkdownContent md = readMarkdown(decoded.text);
            raw = std::move(md.paragraphs);
            readerRemovals = std::move(md.removals);
        } else {
            raw = readTxt(decoded.text);
        }
        source = std::move(decoded.text);
    }

    const QList<Removal> invisible = stripInvisible(raw);
    if (!invisible.isEmpty() && std::all_of(raw.cbegin(), raw.cend(), [](const RawParagraph &p) { return p.text.trimmed().isEmpty(); }))
        return failure(name, QCoreApplication::translate("lectern::SpeechImporter", "the file has no visible text (only invisible characters)"));

    CleanResult cleaned = clean(raw, format, options.clean);
    Document doc = structure(cleaned.paragraphs);
    if (doc.blocks.isEmpty())
        return failure(name, cleaned.removals.isEmpty() ? QCoreApplication::translate("lectern::SpeechImporter", "no speech text found")
                                                        : QCoreApplication::translate("lectern::SpeechImporter", "no speech text found (only %1 advertising or page lines)")
                                                              .arg(cleaned.removals.size()));
    doc.removals = std::move(cleaned.removals);
    if (!invisible.isEmpty() || !readerRemovals.isEmpty()) { // listed with the rest, in the order of the file
        doc.removals += invisible;
        doc.removals += readerRemovals;
        std::stable_sort(doc.removals.begin(), doc.removals.end(), [](const Removal &a, const Removal &b) { return a.line < b.line; });
    }
    doc.sourcePath = name;
    doc.encoding = encoding;
    // Nothing may vanish without a word. Losing most of a file unlisted can
    // only be a reader that misunderstood it: say so rather than show a stub.
    // (Counts only: the per-character account, vanishedHan, is for the tests and fuzzers.)
    const qsizetype total = hanCount(source);
    const qsizetype accounted = accountedHan(doc);
    if (accounted * 2 < total)
        return failure(name, QCoreApplication::translate("lectern::SpeechImporter", "only %1 of its %2 Chinese characters could be read; the rest was not understood (please report this file)")
                                 .arg(accounted).arg(total));
    ImportResult r;
    r.document = std::move(doc);
    return r;
}

QString sourceText(const QByteArray &bytes, const QString &name, const ImportLimits &limits)
{
    if (formatFor(bytes, name) == SourceFormat::Docx) {
        const DocxContent docx = readDocx(bytes, limits);
        QStringList paragraphs;
        for (const RawParagraph &p : docx.paragraphs)
            paragraphs.append(p.text);
        return paragraphs.join(u'\n');
    }
    return decodeText(bytes).text;
}

std::variant<QByteArray, QString> readSpeechFile(const QString &path, const ImportLimits &limits)
{
    auto failure = [](const QString &name, const QString &problem) { return ::lectern::failure(name, problem).error; };
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QCoreApplication::translate("lectern::SpeechImporter", "no such file"));
    if (info.isDir())
        return failure(path, QCoreApplication::translate("lectern::SpeechImporter", "is a directory, not a file"));
    // A pipe, a device or a socket never ends (or blocks forever): only regular files.
    if (!info.isFile())
        return failure(path, QCoreApplication::translate("lectern::SpeechImporter", "is not a regular file (a pipe, a device or a socket)"));
    // Refuse oversized files before reading a byte of them.
    if (info.size() > limits.maxFileBytes)
        return failure(path, QCoreApplication::translate("lectern::SpeechImporter", "the file is %1 MB, more than the limit of %2 MB")
                                 .arg(info.size() / (1024 * 1024)).arg(limits.maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QCoreApplication::translate("lectern::SpeechImporter", "cannot be read (%1)").arg(file.errorString()));
    // As many bytes as the file has (one more shows a file that grew past the
    // limit): read(limit) would allocate the whole limit, 32 MB, for a 20 KB speech.
    const QByteArray bytes = file.read(std::min<qint64>(info.size(), limits.maxFileBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, QCoreApplication::translate("lectern::SpeechImporter", "cannot be read (%1)").arg(file.errorString()));
    if (bytes.size() > info.size()) // still being written (a copy from a USB stick): what was read is not the whole
        return failure(path, QCoreApplication::translate("lectern::SpeechImporter", "the file changed while it was read; try again once it is copied"));
    return bytes;
}

ImportResult importSpeech(const QString &path, const ImportOptions &options)
{
    auto read = readSpeechFile(path, options.limits);
    if (const QString *problem = std::get_if<QString>(&read)) {
        ImportResult r;
        r.error = *problem;
        return r;
    }
    return importSpeechData(std::get<QByteArray>(read), path, options);
}

} // namespace lectern
