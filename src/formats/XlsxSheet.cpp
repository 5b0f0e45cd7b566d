#include "XlsxSheet.h"

#include "XmlSafety.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>

namespace lectern {
namespace {

constexpr int kMaxRows = 100000;
constexpr int kMaxColumns = 200;


// "BC12" → column 54 (0-based 54), row 11 (0-based); false when it is no cell reference.
bool parseCellRef(QStringView ref, int *column, int *row)
{
    int c = 0, r = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 0x80) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    for (; i < ref.size(); ++i) {
        if (!ref[i].isDigit())
            return false;
        r = r * 10 + ref[i].digitValue();
        if (r > 1048576)
            return false;
    }
    *column = c - 1;
    *row = r - 1;
    return r > 0;
}

// Text of an <si> or <is>: every <t>, except those of phonetic guides (<rPh>).
QString stringItem(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// A number as Excel writes it; shown as written, except exponent forms of
// whole numbers (1.3800138E10), which become their digits.
QString numberText(const QString &v)
{
    if (!v.contains(u'E') && !v.contains(u'e'))
        return v;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return v;
}

QString partPath(QString target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

// The first sheet's part: the first <sheet> of the workbook, through its relationship.
QByteArray firstSheetPart(const ZipArchive &zip)
{
    QString ignored;
    const auto workbook = zip.read("xl/workbook.xml", &ignored);
    const auto rels = zip.read("xl/_rels/workbook.xml.rels", &ignored);
    if (workbook && rels && !declaresDtd(*workbook) && !declaresDtd(*rels)) {
        QString rid;
        QXmlStreamReader wb(*workbook);
        while (!wb.atEnd() && rid.isEmpty())
            if (wb.readNext() == QXmlStreamReader::StartElement && wb.name() == u"sheet")
                for (const QXmlStreamAttribute &a : wb.attributes())
                    if (a.name() == u"id")
                        rid = a.value().toString();
        QXmlStreamReader rx(*rels);
        while (!rx.atEnd() && !rid.isEmpty())
            if (rx.readNext() == QXmlStreamReader::StartElement && rx.name() == u"Relationship"
                && rx.attributes().value(QStringLiteral("Id")) == rid)
                return partPath(rx.attributes().value(QStringLiteral("Target")).toString()).toUtf8();
    }
    return QByteArrayLiteral("xl/worksheets/sheet1.xml");
}

QString damaged(const QString &part, const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("lectern::XlsxSheet", "damaged sheet (%1, XML error at line %2: %3)")
        .arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

} // namespace

SheetTable readFirstSheet(const QByteArray &bytes, const ImportLimits &limits)
{
    SheetTable table;
    QString error;
    const auto zip = ZipArchive::open(bytes, limits, &error);
    if (!zip) {
        table.error = error;
        return table;
    }
    // Shared strings (absent when every cell is inline or a number).
    QStringList shared;
    if (zip->contains("xl/sharedStrings.xml")) {
        const auto sst = zip->read("xl/sharedStrings.xml", &error);
        if (!sst) {
            table.error = error;
            return table;
        }
        if (declaresDtd(*sst)) {
            table.error = QCoreApplication::translate("lectern::XlsxSheet", "xl/sharedStrings.xml declares a DTD, which Excel never writes (refused)");
            return table;
        }
        QXmlStreamReader xml(*sst);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                shared.append(stringItem(xml));
        if (xml.hasError()) {
            table.error = damaged(QStringLiteral("xl/sharedStrings.xml"), xml);
            return table;
        }
    }
    const QByteArray part = firstSheetPart(*zip);
    const auto sheet = zip->read(part.constData(), &error);
    if (!sheet) {
        table.error = zip->contains("xl/workbook.xml") ? error : QCoreApplication::translate("lectern::XlsxSheet", "not an Excel workbook (no xl/workbook.xml)");
        return table;
    }
    if (declaresDtd(*sheet)) {
        table.error = QCoreApplication::translate("lectern::XlsxSheet", "%1 declares a DTD, which Excel never writes (refused)").arg(QString::fromUtf8(part));
        return table;
    }

    QXmlStreamReader xml(*sheet);
    struct Merge { int c1, r1, c2, r2; };
    QList<Merge> merges;
    int nextRow = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(QStringLiteral("r")).toInt(&ok) - 1;
            nextRow = ok && r >= 0 ? r : nextRow;
            if (nextRow >= kMaxRows) {
                table.error = QCoreApplication::translate("lectern::XlsxSheet", "the sheet has more than %1 rows").arg(kMaxRows);
                return table;
            }
            while (table.rows.size() <= nextRow)
                table.rows.append(QStringList());
            ++nextRow;
        } else if (xml.name() == u"c") {
            const int row = nextRow - 1;
            if (row < 0)
                continue;
            int column = int(table.rows[row].size()), refRow = row;
            parseCellRef(xml.attributes().value(QStringLiteral("r")), &column, &refRow);
            if (column >= kMaxColumns)
                continue; // far to the right of any roster: ignored
            const QString type = xml.attributes().value(QStringLiteral("t")).toString();
            QString value;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::StartElement && xml.name() == u"v") {
                    const QString v = xml.readElementText();
                    if (type == u"s") {
                        bool ok = false;
                        const int index = v.toInt(&ok);
                        value = ok && index >= 0 && index < shared.size() ? shared[index] : QString();
                    } else if (type == u"b") {
                        value = v == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    } else if (type == u"str" || type == u"e") {
                        value = v;
                    } else {
                        value = numberText(v);
                    }
                } else if (token == QXmlStreamReader::StartElement && xml.name() == u"is") {
                    value = stringItem(xml);
                } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c") {
                    break;
                }
            }
            QStringList &cells = table.rows[row];
            while (cells.size() <= column)
                cells.append(QString());
            cells[column] = value;
        } else if (xml.name() == u"mergeCell") {
            const QString ref = xml.attributes().value(QStringLiteral("ref")).toString();
            const qsizetype colon = ref.indexOf(u':');
            Merge m{};
            if (colon > 0 && parseCellRef(QStringView(ref).left(colon), &m.c1, &m.r1) && parseCellRef(QStringView(ref).mid(colon + 1), &m.c2, &m.r2))
                merges.append(m);
        }
    }
    if (xml.hasError()) {
        table.error = damaged(QString::fromUtf8(part), xml);
        return table;
    }
    // A merged range reads as its top-left cell, within the rows the sheet
    // has (a range declared over a million rows fills nothing beyond them).
    qint64 budget = 2000000; // cells a hostile sheet's merges may fill
    for (const Merge &m : std::as_const(merges)) {
        if (m.r1 >= table.rows.size() || m.c1 >= table.rows[m.r1].size())
            continue;
        const QString value = table.rows[m.r1][m.c1];
        const int lastRow = std::min<int>(m.r2, int(table.rows.size()) - 1);
        const int lastColumn = std::min(m.c2, kMaxColumns - 1);
        for (int r = m.r1; r <= lastRow && budget > 0; ++r) {
            QStringList &cells = table.rows[r];
            for (int c = m.c1; c <= lastColumn && budget > 0; ++c, --budget) {
                while (cells.size() <= c)
                    cells.append(QString());
                cells[c] = value;
            }
        }
    }
    return table;
}

} // namespace lectern
