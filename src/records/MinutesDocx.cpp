#include "MinutesDocx.h"

#include "formats/ZipWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>
#include <functional>

namespace lectern::records {
namespace {

constexpr char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr char kR[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPackageRels[] = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr char kOfficeRel[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// The faces GB/T 9704 names, and what each falls back to where it is missing.
constexpr char kTitleFont[] = "方正小标宋简体";
constexpr char kBodyFont[] = "仿宋_GB2312";
constexpr char kHeadingFont[] = "黑体";
constexpr char kLatinFont[] = "Times New Roman";

// Millimetres in twentieths of a point (the unit of page sizes and margins).
int twips(double mm)
{
    return int(mm / 25.4 * 1440 + 0.5);
}

// Text as XML 1.0 takes it: control characters other than tab and newline dropped.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n')
            out.append(c);
    return out;
}

QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return bytes;
}

void wAttr(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeAttribute(QString::fromLatin1(kW), QString::fromLatin1(name), value);
}

void wEmpty(QXmlStreamWriter &w, const char *element, std::initializer_list<std::pair<const char *, QString>> attributes)
{
    w.writeEmptyElement(QString::fromLatin1(kW), QString::fromLatin1(element));
    for (const auto &[name, value] : attributes)
        wAttr(w, name, value);
}

void start(QXmlStreamWriter &w, const char *element)
{
    w.writeStartElement(QString::fromLatin1(kW), QString::fromLatin1(element));
}

void fonts(QXmlStreamWriter &w, const char *eastAsia)
{
    wEmpty(w, "rFonts", {{"ascii", QString::fromLatin1(kLatinFont)}, {"hAnsi", QString::fromLatin1(kLatinFont)},
                         {"eastAsia", QString::fromUtf8(eastAsia)}, {"cs", QString::fromLatin1(kLatinFont)}});
}

// One paragraph in a style; its lines (the text's newlines) as line breaks.
void paragraph(QXmlStreamWriter &w, const char *style, const QString &text)
{
    start(w, "p");
    start(w, "pPr");
    wEmpty(w, "pStyle", {{"val", QString::fromLatin1(style)}});
    w.writeEndElement();
    const QStringList lines = xmlSafe(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        start(w, "r");
        if (i > 0)
            wEmpty(w, "br", {});
        start(w, "t");
        w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.writeCharacters(lines[i]);
        w.writeEndElement(); // t
        w.writeEndElement(); // r
    }
    w.writeEndElement(); // p
}

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::records", text);
}

QByteArray documentXml(const Minutes &m)
{
    return xml([&](QXmlStreamWriter &w) {
        w.writeNamespace(QString::fromLatin1(kW), QStringLiteral("w"));
        w.writeNamespace(QString::fromLatin1(kR), QStringLiteral("r"));
        start(w, "document");
        start(w, "body");
        paragraph(w, "Title", m.title);
        const QString separator = tr(", ");
        auto field = [&](const QString &label, const QString &value) {
            paragraph(w, "Field", tr("%1: %2").arg(label, value.isEmpty() ? tr("none") : value));
        };
        field(tr("Time"), m.time);
        field(tr("Place"), m.place);
        field(tr("Chair"), m.chair);
        field(tr("Recorder"), m.recorder);
        field(tr("Attending"), m.attending.join(separator));
        field(tr("Sitting in"), m.observing.join(separator));
        field(tr("On leave"), m.onLeave.join(separator));
        if (!m.absent.isEmpty())
            field(tr("Absent"), m.absent.join(separator));
        paragraph(w, "Normal", tr("The meeting considered the following items and decided as follows:"));
        // Headings numbered 1, 2, 3 or 一、二、三 as the language has it (Qt's
        // "QT_LAYOUT_DIRECTION" way: the translation of this string says which).
        const bool chinese = QCoreApplication::translate("lectern::records", "1", "heading numerals: 1 (1, 2, 3) or 一 (一, 二, 三)") == u"一";
        for (qsizetype i = 0; i < m.items.size(); ++i) {
            const Minutes::Item &item = m.items[i];
            paragraph(w, "Heading1", tr("%1. %2").arg(chinese ? chineseNumber(int(i) + 1) : QString::number(i + 1), item.heading));
            if (item.lines.isEmpty())
                paragraph(w, "Normal", tr("(Nothing was recorded for this item.)"));
            for (const QString &line : item.lines.all())
                paragraph(w, "Normal", line);
        }
        start(w, "sectPr");
        w.writeEmptyElement(QString::fromLatin1(kW), QStringLiteral("footerReference"));
        wAttr(w, "type", QStringLiteral("default"));
        w.writeAttribute(QString::fromLatin1(kR), QStringLiteral("id"), QStringLiteral("rIdFooter"));
        wEmpty(w, "pgSz", {{"w", QString::number(twips(210))}, {"h", QString::number(twips(297))}});
        wEmpty(w, "pgMar", {{"top", QString::number(twips(37))}, {"right", QString::number(twips(26))},
                            {"bottom", QString::number(twips(35))}, {"left", QString::number(twips(28))},
                            {"header", QString::number(twips(15))}, {"footer", QString::number(twips(28) - twips(21))},
                            {"gutter", QStringLiteral("0")}});
        // 22 lines a page, 28 characters a line.
        wEmpty(w, "docGrid", {{"type", QStringLiteral("linesAndChars")}, {"linePitch", QStringLiteral("579")}, {"charSpace", QStringLiteral("0")}});
        w.writeEndElement(); // sectPr
        w.writeEndElement(); // body
        w.writeEndElement(); // document
    });
}

QByteArray footerXml()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeNamespace(QString::fromLatin1(kW), QStringLiteral("w"));
        start(w, "ftr");
        start(w, "p");
        start(w, "pPr");
        wEmpty(w, "jc", {{"val", QStringLiteral("center")}});
        w.writeEndElement();
        auto run = [&](const QString &text) {
            start(w, "r");
            start(w, "rPr");
            fonts(w, "宋体");
            wEmpty(w, "sz", {{"val", QStringLiteral("28")}});
            w.writeEndElement();
            start(w, "t");
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(text);
            w.writeEndElement();
            w.writeEndElement();
        };
        run(QStringLiteral("— "));
        start(w, "fldSimple");
        wAttr(w, "instr", QStringLiteral(" PAGE "));
        run(QStringLiteral("1"));
        w.writeEndElement();
        run(QStringLiteral(" —"));
        w.writeEndElement(); // p
        w.writeEndElement(); // ftr
    });
}

QByteArray stylesXml()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeNamespace(QString::fromLatin1(kW), QStringLiteral("w"));
        start(w, "styles");
        start(w, "docDefaults");
        start(w, "rPrDefault");
        start(w, "rPr");
        fonts(w, kBodyFont);
        wEmpty(w, "sz", {{"val", QStringLiteral("32")}});
        wEmpty(w, "szCs", {{"val", QStringLiteral("32")}});
        wEmpty(w, "lang", {{"val", QStringLiteral("en-US")}, {"eastAsia", QStringLiteral("zh-CN")}});
        w.writeEndElement();
        w.writeEndElement();
        start(w, "pPrDefault");
        start(w, "pPr");
        wEmpty(w, "spacing", {{"line", QStringLiteral("579")}, {"lineRule", QStringLiteral("exact")}});
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement(); // docDefaults

        auto style = [&](const char *id, const char *name, const std::function<void()> &pPr, const std::function<void()> &rPr) {
            start(w, "style");
            wAttr(w, "type", QStringLiteral("paragraph"));
            wAttr(w, "styleId", QString::fromLatin1(id));
            if (QByteArray(id) == "Normal")
                wAttr(w, "default", QStringLiteral("1"));
            wEmpty(w, "name", {{"val", QString::fromLatin1(name)}});
            if (QByteArray(id) != "Normal")
                wEmpty(w, "basedOn", {{"val", QStringLiteral("Normal")}});
            wEmpty(w, "qFormat", {});
            start(w, "pPr");
            pPr();
            w.writeEndElement();
            start(w, "rPr");
            rPr();
            w.writeEndElement();
            w.writeEndElement();
        };
        style("Normal", "Normal", [&] { wEmpty(w, "ind", {{"firstLineChars", QStringLiteral("200")}, {"firstLine", QStringLiteral("640")}}); },
              [&] { fonts(w, kBodyFont); });
        style("Title", "Title",
              [&] {
                  wEmpty(w, "spacing", {{"before", QStringLiteral("0")}, {"after", QStringLiteral("579")}, {"line", QStringLiteral("579")},
                                        {"lineRule", QStringLiteral("auto")}});
                  wEmpty(w, "ind", {{"firstLineChars", QStringLiteral("0")}, {"firstLine", QStringLiteral("0")}});
                  wEmpty(w, "jc", {{"val", QStringLiteral("center")}});
              },
              [&] {
                  fonts(w, kTitleFont);
                  wEmpty(w, "sz", {{"val", QStringLiteral("44")}});
                  wEmpty(w, "szCs", {{"val", QStringLiteral("44")}});
              });
        style("Heading1", "heading 1",
              [&] {
                  wEmpty(w, "keepNext", {});
                  wEmpty(w, "outlineLvl", {{"val", QStringLiteral("0")}});
              },
              [&] { fonts(w, kHeadingFont); });
        style("Field", "Minutes Field", [&] { wEmpty(w, "ind", {{"firstLineChars", QStringLiteral("0")}, {"firstLine", QStringLiteral("0")}}); },
              [&] { fonts(w, kBodyFont); });
        w.writeEndElement(); // styles
    });
}

QByteArray fontTableXml()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeNamespace(QString::fromLatin1(kW), QStringLiteral("w"));
        start(w, "fonts");
        const std::pair<const char *, const char *> faces[] = {
            {kTitleFont, "宋体"}, {kBodyFont, "仿宋"}, {kHeadingFont, "SimHei"}, {"宋体", "SimSun"}};
        for (const auto &[name, alternative] : faces) {
            start(w, "font");
            wAttr(w, "name", QString::fromUtf8(name));
            wEmpty(w, "altName", {{"val", QString::fromUtf8(alternative)}});
            wEmpty(w, "charset", {{"val", QStringLiteral("86")}}); // GB2312
            wEmpty(w, "family", {{"val", QStringLiteral("modern")}});
            wEmpty(w, "pitch", {{"val", QStringLiteral("fixed")}});
            w.writeEndElement();
        }
        start(w, "font");
        wAttr(w, "name", QString::fromLatin1(kLatinFont));
        wEmpty(w, "family", {{"val", QStringLiteral("roman")}});
        wEmpty(w, "pitch", {{"val", QStringLiteral("variable")}});
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray relationships(const QList<std::pair<QString, QString>> &targets, const QStringList &ids)
{
    return xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(QString::fromLatin1(kPackageRels));
        w.writeStartElement(QStringLiteral("Relationships"));
        for (qsizetype i = 0; i < targets.size(); ++i) {
            w.writeEmptyElement(QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("Id"), ids[i]);
            w.writeAttribute(QStringLiteral("Type"), targets[i].first);
            w.writeAttribute(QStringLiteral("Target"), targets[i].second);
        }
        w.writeEndElement();
    });
}

QByteArray contentTypesXml()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        w.writeStartElement(QStringLiteral("Types"));
        auto def = [&](const char *ext, const char *type) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), QString::fromLatin1(ext));
            w.writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
        };
        auto over = [&](const char *part, const char *type) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), QString::fromLatin1(part));
            w.writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
        };
        def("rels", "application/vnd.openxmlformats-package.relationships+xml");
        def("xml", "application/xml");
        over("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        over("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        over("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        over("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
        over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        w.writeEndElement();
    });
}

QByteArray coreXml(const QString &title)
{
    return xml([&](QXmlStreamWriter &w) {
        const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
        const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
        w.writeNamespace(cp, QStringLiteral("cp"));
        w.writeNamespace(dc, QStringLiteral("dc"));
        w.writeNamespace(dcterms, QStringLiteral("dcterms"));
        w.writeNamespace(xsi, QStringLiteral("xsi"));
        w.writeStartElement(cp, QStringLiteral("coreProperties"));
        w.writeTextElement(dc, QStringLiteral("title"), xmlSafe(title));
        w.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Lectern"));
        w.writeStartElement(dcterms, QStringLiteral("created"));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        w.writeEndElement();
        w.writeEndElement();
    });
}

} // namespace

QString writeMinutesDocx(const Minutes &minutes, const QString &path)
{
    const QString rel = QString::fromLatin1(kOfficeRel);
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypesXml());
    zip.add(QStringLiteral("_rels/.rels"),
            relationships({{rel + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                           {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                            QStringLiteral("docProps/core.xml")}},
                          {QStringLiteral("rId1"), QStringLiteral("rId2")}));
    zip.add(QStringLiteral("word/_rels/document.xml.rels"),
            relationships({{rel + QStringLiteral("styles"), QStringLiteral("styles.xml")},
                           {rel + QStringLiteral("fontTable"), QStringLiteral("fontTable.xml")},
                           {rel + QStringLiteral("footer"), QStringLiteral("footer1.xml")}},
                          {QStringLiteral("rIdStyles"), QStringLiteral("rIdFonts"), QStringLiteral("rIdFooter")}));
    zip.add(QStringLiteral("word/document.xml"), documentXml(minutes));
    zip.add(QStringLiteral("word/styles.xml"), stylesXml());
    zip.add(QStringLiteral("word/fontTable.xml"), fontTableXml());
    zip.add(QStringLiteral("word/footer1.xml"), footerXml());
    zip.add(QStringLiteral("docProps/core.xml"), coreXml(minutes.title));
    return zip.write(path);
}

} // namespace lectern::records
