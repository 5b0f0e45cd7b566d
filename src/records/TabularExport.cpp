#include "TabularExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <xlsxwriter.h>

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
    // libxlsxwriter writes the file itself: into a temporary name, renamed on success.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    const QByteArray tempName = temp.toLocal8Bit();
    lxw_workbook *book = workbook_new(tempName.constData());
    if (!book)
        return QCoreApplication::translate("lectern::TabularExport", "cannot create the workbook");
    lxw_worksheet *ws = workbook_add_worksheet(book, QCoreApplication::translate("lectern::TabularExport", "Attendance").toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *when = workbook_add_format(book);
    format_set_num_format(when, "yyyy-mm-dd hh:mm");
    const QStringList header = attendanceHeader();
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c].toUtf8().constData(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    const double widths[] = {6, 12, 24, 14, 10, 8, 18, 30};
    for (int c = 0; c < 8; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    lxw_row_t row = 1;
    for (const SheetRow &r : sheet.rows) {
        worksheet_write_number(ws, row, 0, r.number, nullptr);
        const QStringList texts = {r.name, r.unit, r.title, r.role, r.status};
        for (int c = 0; c < texts.size(); ++c)
            worksheet_write_string(ws, row, lxw_col_t(c + 1), texts[c].toUtf8().constData(), nullptr);
        if (r.time.isValid()) {
            const QDateTime l = r.time.toLocalTime();
            lxw_datetime dt = {l.date().year(), l.date().month(), l.date().day(), l.time().hour(), l.time().minute(),
                               double(l.time().second())};
            worksheet_write_datetime(ws, row, 6, &dt, when);
        }
        worksheet_write_string(ws, row, 7, r.note.toUtf8().constData(), nullptr);
        ++row;
    }
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temp);
        return QString::fromUtf8(lxw_strerror(error));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return QCoreApplication::translate("lectern::TabularExport", "cannot write the file");
    }
    return {};
}

} // namespace lectern::records
