#include "SpeechReview.h"

#include "document/Placeholders.h"

#include "formats/LocalPath.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <algorithm>

namespace lectern {
namespace {


// The words around an occurrence: what the blank stands for.
QString contextOf(const QString &text, int offset, int length)
{
    constexpr int kAround = 14;
    const int from = std::max(0, offset - kAround);
    const int to = std::min<int>(int(text.size()), offset + length + kAround);
    return (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, to - from)
        + (to < text.size() ? QStringLiteral("…") : QString());
}

} // namespace

SpeechReview::SpeechReview(QObject *parent) : QObject(parent) {}

bool SpeechReview::open(const QString &pathOrUrl)
{
    m_history.clear();
    m_keptRemovals.clear();
    apply(SpeechChoice{localPath(pathOrUrl), {}, {}});
    return ready();
}

bool SpeechReview::openChoice(const QString &choiceFile)
{
    QFile f(choiceFile);
    QString problem;
    std::optional<SpeechChoice> choice;
    if (f.open(QIODevice::ReadOnly))
        choice = SpeechChoice::fromJson(f.read(1 << 20), &problem);
    if (!choice)
        return false;
    m_history.clear();
    m_keptRemovals.clear();
    apply(*choice);
    return ready();
}

void SpeechReview::apply(const SpeechChoice &choice)
{
    m_choice = choice;
    ImportResult result = importChosen(m_choice);
    m_error = result.error;
    m_document = std::move(result.document);

    QList<RemovalListModel::Row> removals;
    if (m_document) {
        for (const Removal &r : std::as_const(m_document->removals))
            removals.append({r, false});
        for (int line : std::as_const(m_choice.keepLines))
            if (m_keptRemovals.contains(line))
                removals.append({m_keptRemovals.value(line), true});
        std::stable_sort(removals.begin(), removals.end(),
                         [](const auto &a, const auto &b) { return a.removal.line < b.removal.line; });
    }
    m_removals.setRows(removals);

    QList<PlaceholderListModel::Row> blanks;
    if (m_document) {
        for (const Placeholder &p : findPlaceholders(*m_document)) {
            auto it = std::find_if(blanks.begin(), blanks.end(), [&p](const auto &row) { return row.text == p.text; });
            if (it != blanks.end()) {
                ++it->count;
                continue;
            }
            const Block *b = m_document->block(p.block);
            blanks.append({p.text, 1, b ? contextOf(b->text, p.offset, int(p.text.size())) : QString()});
        }
    }
    m_placeholders.setRows(blanks);
    emit changed();
}

void SpeechReview::setKept(int line, bool kept)
{
    if (!m_document || line <= 0 || m_choice.keepLines.contains(line) == kept)
        return;
    SpeechChoice next = m_choice;
    if (kept) {
        const auto it = std::find_if(m_document->removals.cbegin(), m_document->removals.cend(),
                                     [line](const Removal &r) { return r.line == line; });
        if (it == m_document->removals.cend())
            return; // nothing was taken out of that line
        m_keptRemovals.insert(line, *it);
        next.keepLines.insert(line);
    } else {
        next.keepLines.remove(line);
    }
    m_history.append(m_choice);
    apply(next);
}

bool SpeechReview::fill(const QString &placeholder, const QString &value)
{
    if (!m_document || placeholder.isEmpty() || value.trimmed().isEmpty())
        return false;
    SpeechChoice next = m_choice;
    next.fills.append({placeholder, value.trimmed()});
    m_history.append(m_choice);
    apply(next);
    return true;
}

void SpeechReview::undo()
{
    if (m_history.isEmpty())
        return;
    apply(m_history.takeLast());
}

bool SpeechReview::save(const QString &choiceFile)
{
    if (!m_document)
        return false;
    QSaveFile f(choiceFile);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(m_choice.toJson());
    return f.commit();
}

QString SpeechReview::title() const
{
    return m_document ? m_document->textOf(BlockKind::Title) : QString();
}

QString SpeechReview::structureText() const
{
    if (!m_document)
        return {};
    QStringList out; // a line each
    int headings = 0, points = 0, paragraphs = 0, preamble = 0;
    for (const Block &b : m_document->blocks) {
        switch (b.kind) {
        case BlockKind::Title: out.append(QCoreApplication::translate("lectern::SpeechReview", "Title: %1").arg(b.text)); break;
        case BlockKind::Byline: out.append(QCoreApplication::translate("lectern::SpeechReview", "Speaker: %1").arg(b.text)); break;
        case BlockKind::Date: out.append(QCoreApplication::translate("lectern::SpeechReview", "Date: %1").arg(b.text)); break;
        case BlockKind::Occasion: out.append(QCoreApplication::translate("lectern::SpeechReview", "Occasion: %1").arg(b.text)); break;
        case BlockKind::Salutation: out.append(QCoreApplication::translate("lectern::SpeechReview", "Salutation: %1").arg(b.text)); break;
        case BlockKind::Closing: out.append(QCoreApplication::translate("lectern::SpeechReview", "Closing: %1").arg(b.text)); break;
        case BlockKind::Heading: ++headings; break;
        case BlockKind::Point: ++points; break;
        case BlockKind::Paragraph: ++paragraphs; break;
        case BlockKind::Preamble: ++preamble; break;
        }
    }
    out.append(QCoreApplication::translate("lectern::SpeechReview", "%1 headings, %2 points, %3 paragraphs").arg(headings).arg(points).arg(paragraphs));
    if (preamble > 0)
        out.append(QCoreApplication::translate("lectern::SpeechReview", "%1 lines above the title kept for you to judge").arg(preamble));
    return out.join(u'\n');
}

QString SpeechReview::preview() const
{
    if (!m_document)
        return {};
    QString html;
    for (const Block &b : m_document->blocks) {
        // The blanks marked: escaped text between them, each blank in bold amber, underlined.
        QString body;
        int at = 0;
        for (const Placeholder &p : findPlaceholders(b.text, b.id)) {
            body += b.text.mid(at, p.offset - at).toHtmlEscaped();
            body += QStringLiteral("<font color=\"#ffb000\"><b><u>") + p.text.toHtmlEscaped() + QStringLiteral("</u></b></font>");
            at = p.offset + int(p.text.size());
        }
        body += b.text.mid(at).toHtmlEscaped();
        switch (b.kind) {
        case BlockKind::Title: body = QStringLiteral("<b><font size=\"5\">") + body + QStringLiteral("</font></b>"); break;
        case BlockKind::Heading: body = QStringLiteral("<b>") + body + QStringLiteral("</b>"); break;
        case BlockKind::Preamble: body = QStringLiteral("<font color=\"#9a9ca3\">") + body + QStringLiteral("</font>"); break;
        default: break;
        }
        html += QStringLiteral("<p>") + body + QStringLiteral("</p>");
    }
    return html;
}

QStringList SpeechReview::fills() const
{
    QStringList out;
    for (const auto &[placeholder, value] : m_choice.fills)
        out.append(QStringLiteral("%1 → %2").arg(placeholder, value));
    return out;
}

} // namespace lectern
