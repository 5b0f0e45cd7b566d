#include "InspectCommand.h"

#include "document/DocumentJson.h"
#include "document/PlaceholderFill.h"
#include "document/Placeholders.h"
#include "document/SpeechImporter.h"
#include "document/Timing.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace lectern::cli {
namespace {


QString kindLabel(const Block &b)
{
    switch (b.kind) {
    case BlockKind::Preamble: return QCoreApplication::translate("lectern::InspectCommand", "before the title");
    case BlockKind::Title: return QCoreApplication::translate("lectern::InspectCommand", "title");
    case BlockKind::Byline: return QCoreApplication::translate("lectern::InspectCommand", "speaker");
    case BlockKind::Date: return QCoreApplication::translate("lectern::InspectCommand", "date");
    case BlockKind::Occasion: return QCoreApplication::translate("lectern::InspectCommand", "occasion");
    case BlockKind::Salutation: return QCoreApplication::translate("lectern::InspectCommand", "salutation");
    case BlockKind::Heading: return QCoreApplication::translate("lectern::InspectCommand", "heading %1").arg(b.level);
    case BlockKind::Point: return QCoreApplication::translate("lectern::InspectCommand", "point");
    case BlockKind::Paragraph: return QCoreApplication::translate("lectern::InspectCommand", "paragraph");
    case BlockKind::Closing: return QCoreApplication::translate("lectern::InspectCommand", "closing");
    }
    return {};
}

QString duration(double seconds)
{
    const int s = int(seconds + 0.5);
    return QCoreApplication::translate("lectern::InspectCommand", "%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString excerpt(const QString &text, int max = 40)
{
    QString t = text;
    t.replace(u'\n', u' ');
    return t.size() > max ? t.left(max) + QStringLiteral("…") : t;
}

void printText(const Document &doc, int rate, QTextStream &out)
{
    const DocumentTiming timing = timeDocument(doc, rate);
    out << QCoreApplication::translate("lectern::InspectCommand", "File: %1").arg(doc.sourcePath);
    if (!doc.encoding.isEmpty())
        out << QCoreApplication::translate("lectern::InspectCommand", " (encoding %1)").arg(doc.encoding);
    out << '\n';
    const struct { BlockKind kind; QString label; } front[] = {
        {BlockKind::Title, QCoreApplication::translate("lectern::InspectCommand", "Title")}, {BlockKind::Byline, QCoreApplication::translate("lectern::InspectCommand", "Speaker")}, {BlockKind::Date, QCoreApplication::translate("lectern::InspectCommand", "Date")},
        {BlockKind::Occasion, QCoreApplication::translate("lectern::InspectCommand", "Occasion")},
        {BlockKind::Salutation, QCoreApplication::translate("lectern::InspectCommand", "Salutation")}, {BlockKind::Closing, QCoreApplication::translate("lectern::InspectCommand", "Closing")}};
    for (const auto &f : front)
        out << QCoreApplication::translate("lectern::InspectCommand", "%1: %2")
                   .arg(f.label, doc.first(f.kind) ? excerpt(doc.textOf(f.kind), 60)
                                                   : QCoreApplication::translate("lectern::InspectCommand", "(none)"))
            << '\n';

    out << '\n' << QCoreApplication::translate("lectern::InspectCommand", "Structure (%1 blocks):").arg(doc.blocks.size()) << '\n';
    for (const Block &b : doc.blocks) {
        const int indent = b.kind == BlockKind::Heading ? b.level - 1 : (b.kind == BlockKind::Point || b.kind == BlockKind::Paragraph) ? 3 : 0;
        out << QStringLiteral("  %1 ").arg(b.id, 4) << QString(indent * 2, u' ') << '[' << kindLabel(b) << "] "
            << excerpt(b.kind == BlockKind::Point ? b.text.left(b.leadLength) : b.text) << '\n';
    }

    out << '\n' << QCoreApplication::translate("lectern::InspectCommand", "Removed or joined lines (%1):").arg(doc.removals.size()) << '\n';
    for (const Removal &r : doc.removals)
        out << "  " << QCoreApplication::translate("lectern::InspectCommand", "line %1").arg(r.line, 4) << "  [" << removalReasonDescription(r.reason) << "] "
            << excerpt(r.text, 50) << '\n';

    const QList<Placeholder> placeholders = findPlaceholders(doc);
    out << '\n' << QCoreApplication::translate("lectern::InspectCommand", "Placeholders to fill in (%1):").arg(placeholders.size()) << '\n';
    for (const Placeholder &p : placeholders) {
        const Block *b = doc.block(p.block);
        const int from = std::max(0, p.offset - 8);
        out << "  " << QCoreApplication::translate("lectern::InspectCommand", "block %1, offset %2").arg(p.block).arg(p.offset) << "  " << p.text << "  …"
            << excerpt(b->text.mid(from, p.offset - from + int(p.text.size()) + 8), 30) << "…\n";
    }

    out << '\n'
        << QCoreApplication::translate("lectern::InspectCommand", "%1 Han characters; about %2 at %3 characters per minute")
               .arg(timing.hanChars).arg(duration(timing.seconds)).arg(SpeakingRate::clamp(rate))
        << '\n';
}

QSet<int> parseLines(const QString &list, bool *ok)
{
    QSet<int> lines;
    *ok = true;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        bool good = false;
        const int n = part.trimmed().toInt(&good);
        if (!good || n <= 0) { *ok = false; return {}; }
        lines.insert(n);
    }
    return lines;
}

} // namespace

int InspectCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QString file;
    bool json = false;
    int rate = SpeakingRate::kDefault;
    ImportOptions options;
    QList<QPair<QString, QString>> fills; // --fill X=临江市: placeholder text and its value
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--json") {
            json = true;
        } else if (a == u"--rate" && i + 1 < args.size()) {
            bool ok = false;
            rate = args[++i].toInt(&ok);
            if (!ok || rate < SpeakingRate::kMin || rate > SpeakingRate::kMax) {
                err << QCoreApplication::translate("lectern::InspectCommand", "lectern inspect: --rate must be a number from %1 to %2").arg(SpeakingRate::kMin).arg(SpeakingRate::kMax) << '\n';
                return 2;
            }
        } else if (a == u"--keep" && i + 1 < args.size()) {
            bool ok = false;
            options.clean.keepLines = parseLines(args[++i], &ok);
            if (!ok) {
                err << QCoreApplication::translate("lectern::InspectCommand", "lectern inspect: --keep takes line numbers such as 3,7") << '\n';
                return 2;
            }
        } else if (a == u"--fill" && i + 1 < args.size()) {
            const QString spec = args[++i];
            const qsizetype eq = spec.indexOf(u'=');
            if (eq <= 0) {
                err << QCoreApplication::translate("lectern::InspectCommand", "lectern inspect: --fill takes PLACEHOLDER=VALUE, such as X=临江市") << '\n';
                return 2;
            }
            fills.append({spec.left(eq), spec.mid(eq + 1)});
        } else if (a.startsWith(u"--") || !file.isEmpty()) {
            err << QCoreApplication::translate("lectern::InspectCommand", "lectern inspect: unexpected argument %1").arg(a) << '\n';
            return 2;
        } else {
            file = a;
        }
    }
    if (file.isEmpty()) {
        err << QCoreApplication::translate("lectern::InspectCommand", "lectern inspect: no file given (lectern inspect FILE [--json])") << '\n';
        return 2;
    }

    ImportResult result = importSpeech(file, options);
    if (!result.ok()) {
        err << result.error << '\n';
        return 1;
    }
    Document &doc = *result.document;
    PlaceholderFill filler(doc);
    for (const auto &[placeholder, value] : std::as_const(fills)) {
        if (filler.fillAll(placeholder, value) == 0) {
            err << QCoreApplication::translate("lectern::InspectCommand", "%1: no placeholder %2 to fill").arg(file, placeholder) << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(documentToJson(doc, rate)).toJson(QJsonDocument::Indented);
    else
        printText(doc, rate, out);
    return 0;
}

} // namespace lectern::cli
