#include "PaginateCommand.h"

#include "document/SpeechImporter.h"
#include "layout/Paginator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <cmath>

namespace lectern::cli {
namespace {

QJsonObject anchorJson(Anchor a) { return {{"block", a.block}, {"offset", a.offset}}; }

} // namespace

int PaginateCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QString file;
    bool json = false, autoFit = false;
    QSizeF size(1920, 1080);
    double fontPx = 0;
    double minimumPx = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--json") {
            json = true;
        } else if (a == u"--auto-fit") {
            autoFit = true;
        } else if (a == u"--size" && i + 1 < args.size()) {
            const auto m = QRegularExpression(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$")).match(args[++i]);
            if (!m.hasMatch()) {
                err << QCoreApplication::translate("lectern::PaginateCommand", "lectern paginate: --size takes WIDTHxHEIGHT, such as 1920x1080") << '\n';
                return 2;
            }
            size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        } else if (a == u"--font-px" && i + 1 < args.size()) {
            bool ok = false;
            fontPx = args[++i].toDouble(&ok);
            if (!ok || !std::isfinite(fontPx) || fontPx < 8 || fontPx > 400) { // NaN compares false to both
                err << QCoreApplication::translate("lectern::PaginateCommand", "lectern paginate: --font-px must be a number from 8 to 400") << '\n';
                return 2;
            }
        } else if (a == u"--min-px" && i + 1 < args.size()) {
            bool ok = false;
            minimumPx = args[++i].toDouble(&ok);
            if (!ok || !std::isfinite(minimumPx) || minimumPx < 8 || minimumPx > 400) {
                err << QCoreApplication::translate("lectern::PaginateCommand", "lectern paginate: --min-px must be a number from 8 to 400") << '\n';
                return 2;
            }
        } else if (a.startsWith(u"--") || !file.isEmpty()) {
            err << QCoreApplication::translate("lectern::PaginateCommand", "lectern paginate: unexpected argument %1").arg(a) << '\n';
            return 2;
        } else {
            file = a;
        }
    }
    if (file.isEmpty()) {
        err << QCoreApplication::translate("lectern::PaginateCommand", "lectern paginate: no file given (lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--json])") << '\n';
        return 2;
    }
    const ImportResult result = importSpeech(file);
    if (!result.ok()) {
        err << result.error << '\n';
        return 1;
    }

    const PageGeometry geometry = PageGeometry::forCanvas(size);
    PageStyle style = PageStyle::installed();
    // Legible from the back of the room: body text at least 1/18 of the screen height.
    const double minPx = minimumPx > 0 ? minimumPx : std::round(size.height() / 18.0);
    Paginator paginator;
    style.bodyPx = autoFit || fontPx <= 0 ? paginator.autoFitPx(*result.document, geometry, style, minPx, std::round(size.height() / 8.0))
                                          : fontPx;
    const Pagination pages = paginator.paginate(*result.document, geometry, style);

    QTextStream out(stdout);
    if (json) {
        QJsonArray list;
        for (int i = 0; i < pages.pages.size(); ++i) {
            const Page &p = pages.pages[i];
            QJsonArray lines;
            QString text;
            int block = -1;
            for (const PageLine &l : p.lines) {
                lines.append(l.text);
                if (block != -1)
                    text += l.block == block ? QString() : QStringLiteral("\n");
                text += l.text;
                block = l.block;
            }
            list.append(QJsonObject{{"number", i + 1}, {"first", anchorJson(p.first)}, {"last", anchorJson(p.last)},
                                    {"continued", p.continued}, {"continues", p.continues}, {"lines", lines},
                                    {"text", text}});
        }
        out << QJsonDocument(QJsonObject{{"file", file},
                                         {"size", QJsonObject{{"width", size.width()}, {"height", size.height()}}},
                                         {"font_px", pages.fontPx},
                                         {"min_font_px", minPx},
                                         {"pages", list}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QCoreApplication::translate("lectern::PaginateCommand", "%1: %2 pages at %3 px on %4×%5").arg(file).arg(pages.pages.size()).arg(pages.fontPx).arg(size.width()).arg(size.height()) << '\n';
    for (int i = 0; i < pages.pages.size(); ++i) {
        const Page &p = pages.pages[i];
        out << '\n' << QCoreApplication::translate("lectern::PaginateCommand", "— page %1 — from block %2:%3 to %4:%5").arg(i + 1).arg(p.first.block).arg(p.first.offset)
                   .arg(p.last.block).arg(p.last.offset)
            << (p.continued ? QCoreApplication::translate("lectern::PaginateCommand", " (continued)") : QString()) << '\n';
        for (const PageLine &l : p.lines)
            out << "  " << l.text << '\n';
    }
    return 0;
}

} // namespace lectern::cli
