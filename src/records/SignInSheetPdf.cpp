#include "SignInSheetPdf.h"

#include "PdfPages.h"
#include "SignatureStrokes.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace lectern::records {
namespace {


QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The signature as an image resource of the document, drawn from its strokes
// at print resolution. QTextDocument sizes images in 96-dpi pixels whatever
// the device, so the size given is in those.
QString signatureImage(QTextDocument &doc, const SheetRow &row, double widthMm, double heightMm)
{
    const SignatureStrokes strokes = SignatureStrokes::fromJson(row.signature);
    // Without a signature the box stays empty, the same height: a printed
    // sheet can be signed by hand, and rows line up.
    QImage image(QSize(int(mm(widthMm)), int(mm(heightMm))), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    drawSignature(p, QRectF(QPointF(0, 0), QSizeF(image.size())).adjusted(6, 6, -6, -6), strokes);
    p.end();
    const QString name = QStringLiteral("signature://%1").arg(strokes.isEmpty() ? 0 : row.personId);
    doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">").arg(name).arg(qRound(widthMm / 25.4 * 96)).arg(qRound(heightMm / 25.4 * 96));
}

} // namespace

QString writeSignInSheetPdf(const AttendanceSheet &sheet, const QString &path)
{
    const Meeting &m = sheet.meeting;
    QTextDocument doc;
    QFont font(bodyFamily());
    font.setPointSizeF(11);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    const double sigW = 36, sigH = 10; // mm

    QString html;
    html += QStringLiteral("<h2 align=\"center\" style=\"font-family:'%1'; font-size:18pt\">%2</h2>")
                .arg(titleFamily(), esc(m.title));
    html += QStringLiteral("<p align=\"center\" style=\"font-family:'%1'; font-size:14pt\">%2</p>")
                .arg(titleFamily(), esc(QCoreApplication::translate("lectern::SignInSheetPdf", "Sign-in sheet")));
    QStringList when;
    when << QCoreApplication::translate("lectern::SignInSheetPdf", "Time: %1").arg(formDateTime(m.plannedStart));
    if (!m.place.isEmpty())
        when << QCoreApplication::translate("lectern::SignInSheetPdf", "Place: %1").arg(m.place);
    html += QStringLiteral("<p>%1</p>").arg(esc(when.join(QStringLiteral("　　"))));

    const QStringList head = {QCoreApplication::translate("lectern::SignInSheetPdf", "No."), QCoreApplication::translate("lectern::SignInSheetPdf", "Name"),
                              QCoreApplication::translate("lectern::SignInSheetPdf", "Unit"), QCoreApplication::translate("lectern::SignInSheetPdf", "Time"),
                              QCoreApplication::translate("lectern::SignInSheetPdf", "Status"), QCoreApplication::translate("lectern::SignInSheetPdf", "Signature")};
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" style=\"border-collapse:collapse\"><thead><tr>");
    const int widths[] = {7, 14, 29, 11, 11, 28};
    for (int i = 0; i < head.size(); ++i)
        html += QStringLiteral("<th width=\"%1%\" style=\"font-family:'%2'\">%3</th>").arg(widths[i]).arg(titleFamily(), esc(head[i]));
    html += QStringLiteral("</tr></thead>");
    bool walkInsStarted = false;
    for (const SheetRow &r : sheet.rows) {
        if (r.walkIn && !walkInsStarted) {
            walkInsStarted = true;
            html += QStringLiteral("<tr><td colspan=\"6\" style=\"font-family:'%1'\">%2</td></tr>")
                        .arg(titleFamily(), esc(QCoreApplication::translate("lectern::SignInSheetPdf", "Not on the list (walk-ins)")));
        }
        QString status = esc(r.status);
        if (!r.note.isEmpty())
            status += QStringLiteral("<br><span style=\"font-size:8pt\">%1</span>").arg(esc(r.note));
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td align=\"center\">%4</td><td align=\"center\">%5</td>"
                               "<td align=\"center\">%6</td></tr>")
                    .arg(r.number)
                    .arg(esc(r.name), esc(r.unit), esc(formTime(r.time)), status)
                    .arg(signatureImage(doc, r, sigW, sigH));
    }
    html += QStringLiteral("</table>");
    const AttendanceCounts &c = sheet.counts;
    html += QStringLiteral("<p style=\"font-family:'%1'\">%2</p>")
                .arg(titleFamily(),
                     esc(QCoreApplication::translate("lectern::SignInSheetPdf",
                                                     "Expected %1, present %2, on leave %3, absent %4, late %5; attendance %6%; walk-ins %7")
                             .arg(c.expected).arg(c.present).arg(c.onLeave).arg(c.absent).arg(c.late)
                             .arg(QString::number(c.rate() * 100, 'f', 1))
                             .arg(c.walkIns)
                         + (c.notYet > 0 ? QCoreApplication::translate("lectern::SignInSheetPdf", "; the meeting had not started: %1 not yet arrived").arg(c.notYet)
                                         : QString())));
    doc.setHtml(html);
    return printToPdf(doc, path, m.title);
}

} // namespace lectern::records
