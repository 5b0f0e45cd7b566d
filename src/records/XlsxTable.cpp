#include "XlsxTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <xlsxwriter.h>

namespace lectern::records {

QString writeXlsxTable(const XlsxTable &table, const QString &path)
{
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    const QByteArray tempName = temp.toLocal8Bit();
    lxw_workbook *book = workbook_new(tempName.constData());
    if (!book)
        return QCoreApplication::translate("lectern::TabularExport", "cannot create the workbook");
    lxw_worksheet *ws = workbook_add_worksheet(book, table.sheet.left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *when = workbook_add_format(book);
    format_set_num_format(when, "yyyy-mm-dd hh:mm");
    for (qsizetype c = 0; c < table.header.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), table.header[c].toUtf8().constData(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    for (qsizetype c = 0; c < table.widths.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), table.widths[c], nullptr);
    lxw_row_t row = 1;
    for (const QVariantList &cells : table.rows) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QVariant &v = cells[c];
            const auto col = lxw_col_t(c);
            switch (v.typeId()) {
            case QMetaType::QDateTime: {
                const QDateTime l = v.toDateTime().toLocalTime();
                if (!l.isValid())
                    break;
                lxw_datetime dt = {l.date().year(), l.date().month(), l.date().day(), l.time().hour(), l.time().minute(),
                                   double(l.time().second())};
                worksheet_write_datetime(ws, row, col, &dt, when);
                break;
            }
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
                break;
            default:
                worksheet_write_string(ws, row, col, v.toString().toUtf8().constData(), nullptr);
            }
        }
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
