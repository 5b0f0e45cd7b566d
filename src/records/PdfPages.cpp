#include "PdfPages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace lectern::records {
namespace {

constexpr int kDpi = 300;

QString firstInstalled(const QStringList &wanted)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &f : wanted)
        if (families.contains(f, Qt::CaseInsensitive))
            return f;
    return wanted.last();
}

} // namespace

double mm(double millimetres)
{
    return millimetres / 25.4 * kDpi;
}

QString bodyFamily()
{
    return firstInstalled({QStringLiteral("AR PL UMing CN"), QStringLiteral("LXGW WenKai"), QStringLiteral("Noto Serif CJK SC")});
}

QString titleFamily()
{
    return firstInstalled({QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("LXGW WenKai"), QStringLiteral("Noto Sans CJK SC")});
}

QString printToPdf(QTextDocument &document, const QString &path, const QString &title)
{
    const QString temp = path + QStringLiteral(".part");
    {
        QPdfWriter writer(temp);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lectern"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            QFile::remove(temp);
            return QCoreApplication::translate("lectern::PdfPages", "cannot write the PDF");
        }
        const QRectF page = writer.pageLayout().paintRectPixels(kDpi).translated(-writer.pageLayout().paintRectPixels(kDpi).topLeft());
        const double footer = mm(10);
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(QSizeF(page.width(), page.height() - footer));
        const int pages = document.pageCount();
        const double height = page.height() - footer;
        QFont footerFont(bodyFamily());
        footerFont.setPointSizeF(9);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * height);
            const QRectF slice(0, p * height, page.width(), height);
            painter.setClipRect(slice);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = slice;
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, page.height() - footer * 0.7, page.width(), footer * 0.7), Qt::AlignCenter,
                             QCoreApplication::translate("lectern::PdfPages", "Page %1 of %2").arg(p + 1).arg(pages));
        }
        painter.end();
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return QCoreApplication::translate("lectern::PdfPages", "cannot write the PDF");
    }
    return {};
}

} // namespace lectern::records
