#include "DocxReader.h"

#include "formats/XmlSafety.h"
#include "formats/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace lectern {
namespace {


// WordprocessingML attributes are namespaced (w:val); match on the local name.
QStringView attr(const QXmlStreamReader &xml, QLatin1StringView local)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == local)
            return a.value();
    return {};
}

// <w:b/>, <w:b w:val="true|1|on"/> mean bold; "false|0|off" mean not.
bool onOffValue(const QXmlStreamReader &xml)
{
    const QStringView v = attr(xml, QLatin1StringView("val"));
    return !(v == u"0" || v == u"false" || v == u"off");
}

struct StyleInfo
{
    QString name;
    QString basedOn;
    int outlineLevel = -1; // 0-based as in the file; 9 = body text
    int bold = -1;         // -1 unknown, 0/1
};

using Styles = QHash<QString, StyleInfo>;

Styles readStyles(const QByteArray &xmlBytes)
{
    Styles styles;
    QXmlStreamReader xml(xmlBytes);
    QString current;
    bool inRunProps = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView n = xml.name();
            if (n == u"style") {
                current = attr(xml, QLatin1StringView("styleId")).toString();
                styles.insert(current, {});
            } else if (!current.isEmpty()) {
                StyleInfo &s = styles[current];
                if (n == u"name") s.name = attr(xml, QLatin1StringView("val")).toString();
                else if (n == u"basedOn") s.basedOn = attr(xml, QLatin1StringView("val")).toString();
                else if (n == u"outlineLvl") s.outlineLevel = attr(xml, QLatin1StringView("val")).toInt();
                else if (n == u"rPr") inRunProps = true;
                else if (n == u"b" && inRunProps) s.bold = onOffValue(xml) ? 1 : 0;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"style") current.clear();
            else if (xml.name() == u"rPr") inRunProps = false;
        }
    }
    // A damaged styles part only costs heading hints, never body text.
    return styles;
}

struct ResolvedStyle { int headingLevel = 0; bool title = false; bool bold = false; };

ResolvedStyle resolveStyle(const Styles &styles, const QString &id)
{
    ResolvedStyle r;
    int outline = -1, bold = -1;
    QString cur = id;
    for (int depth = 0; depth < 12 && !cur.isEmpty(); ++depth) { // basedOn chains can loop
        auto it = styles.constFind(cur);
        if (it == styles.cend())
            break;
        const QString name = it->name.toLower().simplified();
        if (depth == 0 && (name == u"title" || name == u"标题"))
            r.title = true;
        if (outline < 0 && it->outlineLevel >= 0) outline = it->outlineLevel;
        if (outline < 0 && (name.startsWith(u"heading ") || name.startsWith(u"标题 "))) {
            bool ok = false;
            const int n = name.section(u' ', 1, 1).toInt(&ok);
            if (ok && n >= 1) outline = n - 1;
        }
        if (bold < 0) bold = it->bold;
        cur = it->basedOn;
    }
    if (outline >= 0 && outline < 9)
        r.headingLevel = outline + 1;
    r.bold = bold == 1;
    return r;
}

class BodyParser
{
public:
    BodyParser(const QByteArray &xmlBytes, const Styles &styles) : m_xml(xmlBytes), m_styles(styles) {}

    bool parse(RawParagraphs *out, QString *error)
    {
        m_out = out;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"document") continue;          // descend
            if (m_xml.name() == u"body") { blockContainer(); continue; }
            m_xml.skipCurrentElement();
        }
        if (m_xml.hasError()) {
            *error = QCoreApplication::translate("lectern::DocxReader", "damaged document body (XML error at line %1: %2)")
                         .arg(m_xml.lineNumber()).arg(m_xml.errorString());
            return false;
        }
        return true;
    }

private:
    struct Para
    {
        QString text;
        int boldPrefix = 0;   // from the start of the text, indentation included (the cleaner trims both)
        int leadingSpace = 0; // whitespace before any bold run: part of the prefix if bold follows
        bool prefixOpen = true;
        QString styleId;
        int outline = -1;
        RawParagraphs nested; // text boxes: read after the paragraph that anchors them
    };

    // Hostile files nest elements thousands deep to exhaust the stack.
    struct DepthGuard
    {
        explicit DepthGuard(BodyParser &p) : parser(p)
        {
            if (++parser.m_depth > kMaxDepth && !parser.m_xml.hasError())
                parser.m_xml.raiseError(QStringLiteral("elements nested too deeply"));
        }
        ~DepthGuard() { --parser.m_depth; }
        BodyParser &parser;
    };
    static constexpr int kMaxDepth = 256;

    // body, table cell, content control, text box: contains paragraphs and tables.
    void blockContainer()
    {
        DepthGuard guard(*this);
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"p") paragraph();
            else if (n == u"tbl" || n == u"tr") blockContainer(); // rows, then cells, in reading order
            else if (n == u"tc" || n == u"sdt" || n == u"sdtContent" || n == u"customXml" || n == u"txbxContent")
                blockContainer();
            else m_xml.skipCurrentElement();
        }
    }

    void paragraph()
    {
        Para p;
        inlineContent(p);
        const ResolvedStyle style = styleOf(p.styleId);
        RawParagraph raw;
        raw.text = p.text;
        raw.sourceLine = ++m_paraNo;
        raw.boldPrefix = style.bold ? int(p.text.size()) : p.boldPrefix;
        raw.styleTitle = style.title;
        raw.styleLevel = (p.outline >= 0 && p.outline < 9) ? p.outline + 1 : style.headingLevel;
        m_out->append(raw);
        for (RawParagraph &n : p.nested) {
            n.sourceLine = ++m_paraNo;
            m_out->append(n);
        }
    }

    // Children of a paragraph (or of a hyperlink, insertion, field … inside it).
    void inlineContent(Para &p)
    {
        DepthGuard guard(*this);
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"pPr") paragraphProps(p);
            else if (n == u"r") run(p);
            else if (n == u"hyperlink" || n == u"ins" || n == u"smartTag" || n == u"fldSimple" || n == u"sdt"
                     || n == u"sdtContent" || n == u"customXml" || n == u"moveTo")
                inlineContent(p);
            else m_xml.skipCurrentElement(); // del, moveFrom, comments, bookmarks, proofing marks
        }
    }

    void paragraphProps(Para &p)
    {
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"pStyle") p.styleId = attr(m_xml, QLatin1StringView("val")).toString();
            else if (n == u"outlineLvl") p.outline = attr(m_xml, QLatin1StringView("val")).toInt();
            m_xml.skipCurrentElement();
        }
    }

    // Appends the text of the current <w:t> straight into the paragraph,
    // without the temporary string readElementText() would make.
    void elementText(QString &out)
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference)
                out += m_xml.text();
            else if (token == QXmlStreamReader::EndElement)
                return;
            else if (token == QXmlStreamReader::StartElement)
                m_xml.raiseError(QStringLiteral("Expected character data."));
        }
    }

    void run(Para &p)
    {
        int bold = -1;
        const qsizetype start = p.text.size();
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"rPr") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"b") bold = onOffValue(m_xml) ? 1 : 0;
                    m_xml.skipCurrentElement();
                }
            } else if (n == u"t") {
                elementText(p.text);
            } else if (n == u"tab" || n == u"ptab") {
                p.text += u'\t';
                m_xml.skipCurrentElement();
            } else if (n == u"br" || n == u"cr") {
                p.text += u'\n'; // a soft line break stays inside the paragraph
                m_xml.skipCurrentElement();
            } else if (n == u"noBreakHyphen") {
                p.text += u'-';
                m_xml.skipCurrentElement();
            } else if (n == u"drawing" || n == u"pict" || n == u"AlternateContent") {
                drawing(p);
            } else {
                // instrText (field code), footnote and comment references, symbols: not spoken text.
                m_xml.skipCurrentElement();
            }
        }
        const qsizetype added = p.text.size() - start;
        if (added == 0 || !p.prefixOpen)
            return;
        const bool isBold = bold == 1 || (bold == -1 && styleOf(p.styleId).bold);
        if (isBold || QStringView(p.text).mid(start).trimmed().isEmpty()) {
            if (isBold && p.boldPrefix == 0) {
                p.boldPrefix = p.leadingSpace + int(added); // an indent (　　) before the bold lead
            } else if (isBold || p.boldPrefix > 0) {
                p.boldPrefix += int(added);
            } else {
                p.leadingSpace += int(added);
            }
        } else {
            p.prefixOpen = false;
        }
    }

    // Walks a drawing towards its text boxes. mc:Fallback repeats mc:Choice for
    // old readers, so it is skipped to avoid reading a text box twice.
    void drawing(Para &p)
    {
        DepthGuard guard(*this);
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"Fallback") {
                m_xml.skipCurrentElement();
            } else if (n == u"txbxContent") {
                RawParagraphs *saved = m_out;
                m_out = &p.nested;
                blockContainer();
                m_out = saved;
            } else {
                drawing(p);
            }
        }
    }

    // Styles are resolved through their basedOn chain once per style id, not per run.
    const ResolvedStyle &styleOf(const QString &id)
    {
        auto it = m_resolved.find(id);
        if (it == m_resolved.end())
            it = m_resolved.insert(id, resolveStyle(m_styles, id));
        return *it;
    }

    QXmlStreamReader m_xml;
    const Styles &m_styles;
    QHash<QString, ResolvedStyle> m_resolved;
    RawParagraphs *m_out = nullptr;
    int m_paraNo = 0;
    int m_depth = 0;
};

QString dtdError(const QByteArray &part)
{
    return QCoreApplication::translate("lectern::DocxReader", "%1 declares a DTD, which Word documents never do (refused: its entities could expand without limit)")
        .arg(QString::fromUtf8(part));
}

// The main part is named in _rels/.rels; nearly always word/document.xml.
QByteArray mainPartName(const ZipArchive &zip)
{
    QString ignored;
    if (auto rels = zip.read("_rels/.rels", &ignored); rels && !declaresDtd(*rels)) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
                && attr(xml, QLatin1StringView("Type")).endsWith(u"/officeDocument")) {
                QString target = attr(xml, QLatin1StringView("Target")).toString();
                if (target.startsWith(u'/')) target.remove(0, 1);
                if (!target.isEmpty()) return target.toUtf8();
            }
        }
    }
    return QByteArrayLiteral("word/document.xml");
}

} // namespace

DocxContent readDocx(const QByteArray &bytes, const ImportLimits &limits)
{
    DocxContent out;
    auto zip = ZipArchive::open(bytes, limits, &out.error);
    if (!zip)
        return out;
    const QByteArray mainName = mainPartName(*zip);
    if (!zip->contains(mainName.constData())) {
        out.error = QCoreApplication::translate("lectern::DocxReader", "not a Word document (no %1 in the archive)").arg(QString::fromUtf8(mainName));
        return out;
    }
    auto body = zip->read(mainName.constData(), &out.error);
    if (!body)
        return out;
    if (declaresDtd(*body)) {
        out.error = dtdError(mainName);
        return out;
    }

    Styles styles;
    const QByteArray stylesName = mainName.left(mainName.lastIndexOf('/') + 1) + "styles.xml";
    if (zip->contains(stylesName.constData())) {
        auto stylesXml = zip->read(stylesName.constData(), &out.error);
        if (!stylesXml)
            return out;
        if (declaresDtd(*stylesXml)) {
            out.error = dtdError(stylesName);
            return out;
        }
        styles = readStyles(*stylesXml);
    }

    BodyParser parser(*body, styles);
    if (!parser.parse(&out.paragraphs, &out.error))
        out.paragraphs.clear();
    return out;
}

} // namespace lectern
