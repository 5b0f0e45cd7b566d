#include "RosterImport.h"

#include "formats/HanCharacter.h"
#include "formats/TextDecoder.h"
#include "formats/XlsxSheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace lectern {
namespace {

enum class Column { Name, Unit, Title, Phone };

// Header words, compared after trimming, lower-cased and without spaces.
std::optional<Column> columnOf(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(u' ');
    h.remove(u'\u3000');
    static const QHash<QString, Column> words = {
        {u"姓名"_qs, Column::Name}, {u"名字"_qs, Column::Name}, {u"name"_qs, Column::Name}, {u"fullname"_qs, Column::Name},
        {u"单位"_qs, Column::Unit}, {u"部门"_qs, Column::Unit}, {u"工作单位"_qs, Column::Unit}, {u"单位/部门"_qs, Column::Unit},
        {u"单位部门"_qs, Column::Unit}, {u"所在单位"_qs, Column::Unit}, {u"unit"_qs, Column::Unit},
        {u"department"_qs, Column::Unit}, {u"organization"_qs, Column::Unit}, {u"organisation"_qs, Column::Unit},
        {u"职务"_qs, Column::Title}, {u"职位"_qs, Column::Title}, {u"职务/职称"_qs, Column::Title}, {u"title"_qs, Column::Title},
        {u"position"_qs, Column::Title}, {u"手机"_qs, Column::Phone}, {u"电话"_qs, Column::Phone},
        {u"手机号"_qs, Column::Phone}, {u"手机号码"_qs, Column::Phone}, {u"联系电话"_qs, Column::Phone},
        {u"联系方式"_qs, Column::Phone}, {u"phone"_qs, Column::Phone}, {u"mobile"_qs, Column::Phone}, {u"tel"_qs, Column::Phone},
    };
    const auto it = words.constFind(h);
    return it == words.cend() ? std::nullopt : std::optional<Column>(*it);
}

// "张 三" and " 张三 " are 张三: spaces between Chinese characters are typing
// slips (or alignment); between Latin names they are real.
QString cleanName(const QString &raw)
{
    QString s = raw.trimmed();
    s.replace(u'\u3000', u' ');
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isSpace()) {
            qsizetype j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            const bool between = !out.isEmpty() && j < s.size() && (isHan(out.back().unicode()) || isHan(s[j].unicode()));
            if (!between)
                out += u' ';
            i = j - 1;
            continue;
        }
        out += s[i];
    }
    return out;
}


} // namespace

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false; // the row has a cell (a lone line break makes no row)
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
            any = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            if (any || !cell.isEmpty()) {
                row.append(cell);
                rows.append(row);
            } else {
                rows.append(QStringList()); // keep the row count: messages name the file's rows
            }
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

RosterFile rosterFromTable(const QList<QStringList> &table)
{
    RosterFile f;
    // The header row: the first with a name column (a merged title row may stand above it).
    int header = -1;
    QHash<Column, int> at;
    for (int r = 0; r < std::min<int>(int(table.size()), 20) && header < 0; ++r) {
        QHash<Column, int> found;
        for (int c = 0; c < table[r].size(); ++c)
            if (const auto col = columnOf(table[r][c]); col && !found.contains(*col))
                found.insert(*col, c);
        if (found.contains(Column::Name)) {
            header = r;
            at = found;
        }
    }
    if (header < 0) {
        f.error = QCoreApplication::translate("lectern::RosterImport", "no name column (a header row with 姓名 or name)");
        return f;
    }
    auto cell = [&](const QStringList &row, Column c) {
        const int i = at.value(c, -1);
        return i >= 0 && i < row.size() ? row[i].trimmed() : QString();
    };
    QHash<QPair<QString, QString>, int> seen;
    for (int r = header + 1; r < table.size(); ++r) {
        const QStringList &row = table[r];
        const bool blank = std::all_of(row.cbegin(), row.cend(), [](const QString &s) { return s.trimmed().isEmpty(); });
        if (blank)
            continue;
        const int number = r + 1;
        RosterRow p;
        p.name = cleanName(cell(row, Column::Name));
        p.unit = cell(row, Column::Unit);
        p.title = cell(row, Column::Title);
        p.phone = cell(row, Column::Phone);
        if (p.name.isEmpty()) {
            f.rejected.append({number, QCoreApplication::translate("lectern::RosterImport", "no name")});
            continue;
        }
        if (p.name.size() > 64) {
            f.rejected.append({number, QCoreApplication::translate("lectern::RosterImport", "the name is longer than 64 characters")});
            continue;
        }
        const auto key = qMakePair(p.name, p.unit);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            f.rejected.append({number, QCoreApplication::translate("lectern::RosterImport", "the same name and unit as row %1").arg(*it)});
            continue;
        }
        seen.insert(key, number);
        f.rows.append(p);
        f.rowNumbers.append(number);
    }
    return f;
}

RosterFile readRosterCsv(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        RosterFile f;
        f.error = QCoreApplication::translate("lectern::RosterImport", "the file is empty");
        return f;
    }
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok()) {
        RosterFile f;
        f.error = decoded.error;
        return f;
    }
    return rosterFromTable(parseCsv(decoded.text));
}

RosterFile readRosterXlsx(const QByteArray &bytes)
{
    const SheetTable sheet = readFirstSheet(bytes);
    if (!sheet.error.isEmpty()) {
        RosterFile f;
        f.error = sheet.error;
        return f;
    }
    return rosterFromTable(sheet.rows);
}

RosterFile readRosterFile(const QString &path)
{
    constexpr qint64 kMaxBytes = 20 * 1024 * 1024;
    RosterFile f;
    const QFileInfo info(path);
    if (!info.exists()) {
        f.error = QCoreApplication::translate("lectern::RosterImport", "no such file");
        return f;
    }
    if (!info.isFile()) {
        f.error = QCoreApplication::translate("lectern::RosterImport", "is not a regular file");
        return f;
    }
    if (info.size() > kMaxBytes) {
        f.error = QCoreApplication::translate("lectern::RosterImport", "the file is larger than 20 MB");
        return f;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.error = file.errorString();
        return f;
    }
    // As many bytes as the file has, not the whole limit (read(limit) allocates all of it).
    const QByteArray bytes = file.read(std::min<qint64>(info.size(), kMaxBytes) + 1);
    if (bytes.size() > info.size()) {
        f.error = QCoreApplication::translate("lectern::RosterImport", "the file changed while it was read; try again once it is copied");
        return f;
    }
    if (bytes.startsWith("PK\x03\x04") || info.suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0)
        return readRosterXlsx(bytes);
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        f.error = QCoreApplication::translate("lectern::RosterImport", "old Excel .xls format is not read; save it as .xlsx or CSV");
        return f;
    }
    return readRosterCsv(bytes);
}

} // namespace lectern
