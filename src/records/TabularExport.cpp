#include "TabularExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include "XlsxTable.h"

namespace lectern::records {
namespace {

QStringList cells(const SheetRow &r)
{
    return {QString::number(r.number), r.name, r.unit, r.title, r.role, r.status, formDateTime(r.time), r.note};
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QStringList attendanceHeader()
{
    return {QCoreApplication::translate("lectern::TabularExport", "No."), QCoreApplication::translate("lectern::TabularExport", "Name"),
            QCoreApplication::translate("lectern::TabularExport", "Unit"), QCoreApplication::translate("lectern::TabularExport", "Title"),
            QCoreApplication::translate("lectern::TabularExport", "Role"), QCoreApplication::translate("lectern::TabularExport", "Status"),
            QCoreApplication::translate("lectern::TabularExport", "Signed in"), QCoreApplication::translate("lectern::TabularExport", "Note")};
}

QString writeAttendanceCsv(const AttendanceSheet &sheet, const QString &path)
{
    QString text;
    auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        text += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line(attendanceHeader());
    for (const SheetRow &r : sheet.rows)
        line(cells(r));
    QSaveFile f(path); // all or nothing: a half-written export never replaces a good one
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    f.write("\xEF\xBB\xBF");
    f.write(text.toUtf8());
    if (!f.commit())
        return f.errorString();
    return {};
}

QString writeAttendanceXlsx(const AttendanceSheet &sheet, const QString &path)
{
    XlsxTable table;
    table.sheet = QCoreApplication::translate("lectern::TabularExport", "Attendance");
    table.header = attendanceHeader();
    table.widths = {6, 12, 24, 14, 10, 8, 18, 30};
    for (const SheetRow &r : sheet.rows)
        table.rows.append({r.number, r.name, r.unit, r.title, r.role, r.status, r.time, r.note});
    return writeXlsxTable(table, path);
}

} // namespace lectern::records
