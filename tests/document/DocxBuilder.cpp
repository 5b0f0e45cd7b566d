#include "DocxBuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <zip.h>

namespace DocxBuilder {

QByteArray zip(const Entries &entries)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("out.zip")).toLocal8Bit();
    int err = 0;
    zip_t *z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return {};
    for (const auto &[name, data] : entries) {
        // libzip reads the buffers at zip_close; copy them so they outlive the loop.
        void *copy = malloc(size_t(std::max<qsizetype>(data.size(), 1)));
        memcpy(copy, data.constData(), size_t(data.size()));
        zip_source_t *src = zip_source_buffer(z, copy, zip_uint64_t(data.size()), 1);
        zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
    }
    zip_close(z);
    QFile f(QString::fromLocal8Bit(path));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

static const char *kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

QByteArray docx(const QString &bodyXml, const Entries &extra)
{
    const QString document = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document %1><w:body>%2<w:sectPr/></w:body></w:document>")
                                 .arg(QLatin1String(kW), bodyXml);
    const QString styles = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles %1>"
        "<w:style w:type=\"paragraph\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"a\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"a\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"a\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Strong\"><w:name w:val=\"Strong Para\"/><w:rPr><w:b/></w:rPr></w:style>"
        "</w:styles>").arg(QLatin1String(kW));
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "</Relationships>";
    Entries entries = {{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
                       {QStringLiteral("_rels/.rels"), rels},
                       {QStringLiteral("word/document.xml"), document.toUtf8()},
                       {QStringLiteral("word/styles.xml"), styles.toUtf8()}};
    entries += extra;
    return zip(entries);
}

QString p(const QString &text, const QString &style)
{
    const QString ppr = style.isEmpty() ? QString() : QStringLiteral("<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(style);
    return QStringLiteral("<w:p>%1%2</w:p>").arg(ppr, run(text));
}

QString run(const QString &text, bool bold)
{
    return QStringLiteral("<w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r>")
        .arg(bold ? QStringLiteral("<w:rPr><w:b/></w:rPr>") : QString(), text.toHtmlEscaped());
}

} // namespace DocxBuilder
