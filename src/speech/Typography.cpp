#include "Typography.h"

#include <QFontDatabase>
#include <cmath>

namespace lectern {
namespace {

QString firstInstalled(const QStringList &installed, const QStringList &preferred, const QString &fallback)
{
    for (const QString &family : preferred)
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    return fallback;
}

BlockKind kindFromName(const QString &name)
{
    static const BlockKind kinds[] = {BlockKind::Preamble, BlockKind::Title,   BlockKind::Byline, BlockKind::Date,      BlockKind::Occasion, BlockKind::Salutation,
                                      BlockKind::Heading, BlockKind::Point,  BlockKind::Paragraph, BlockKind::Closing};
    for (BlockKind k : kinds)
        if (blockKindName(k) == name)
            return k;
    return BlockKind::Paragraph;
}

} // namespace

TypeFaces TypeFaces::installed()
{
    const QStringList families = QFontDatabase::families();
    TypeFaces f;
    f.serif = firstInstalled(families, {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC")},
                             QStringLiteral("Noto Serif CJK SC"));
    f.sans = firstInstalled(families, {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC")},
                            QStringLiteral("Noto Sans CJK SC"));
    f.kai = firstInstalled(families, {QStringLiteral("LXGW WenKai"), QStringLiteral("AR PL UKai CN"), QStringLiteral("KaiTi")},
                           f.serif);
    return f;
}

QString TypeFaces::familyFor(BlockKind kind, int level) const
{
    if (kind == BlockKind::Heading && level == 1)
        return sans;
    if (kind == BlockKind::Heading && level == 2)
        return kai;
    return serif;
}

double typeScale(BlockKind kind, int level, TypeMedium medium)
{
    const bool page = medium == TypeMedium::Page;
    if (kind == BlockKind::Title)
        return page ? 1.3 : 1.5;
    if (kind == BlockKind::Preamble) // kept, not yet judged: smaller than the speech, so it does not pass for its title
        return 0.8;
    if (kind == BlockKind::Heading)
        return level == 1 ? (page ? 1.15 : 1.25) : (page ? 1.05 : 1.1);
    return 1;
}

bool isBold(BlockKind kind, int level)
{
    return kind == BlockKind::Title || (kind == BlockKind::Heading && level >= 3);
}

bool isCentered(BlockKind kind)
{
    return kind == BlockKind::Title || kind == BlockKind::Byline || kind == BlockKind::Date
        || kind == BlockKind::Occasion;
}

int boldLeadLength(const Block &block)
{
    return block.kind == BlockKind::Point ? std::clamp(block.leadLength, 0, int(block.text.size())) : 0;
}

double TypeSize::clamp(double px)
{
    if (!std::isfinite(px))
        return kMinPx;
    return std::clamp(px, kMinPx, kMaxPx);
}

QFont blockFont(const TypeFaces &faces, BlockKind kind, int level, double bodyPx, TypeMedium medium)
{
    QFont font(faces.familyFor(kind, level));
    font.setPixelSize(int(std::lround(TypeSize::clamp(bodyPx * typeScale(kind, level, medium)))));
    font.setBold(isBold(kind, level));
    return font;
}

QTextOption::WrapMode wrapModeFor(const QString &text)
{
    constexpr int kLongestWord = 512;
    int run = 0;
    for (QChar c : text) {
        // Spaces, and CJK (a break may come before or after any of it), end a run.
        if (c.isSpace() || c.unicode() >= 0x2E80) {
            run = 0;
        } else if (++run > kLongestWord) {
            return QTextOption::WrapAnywhere;
        }
    }
    return QTextOption::WrapAtWordBoundaryOrAnywhere;
}

QString styledText(const QString &text, int boldLength)
{
    auto escape = [](const QString &t) { return t.toHtmlEscaped().replace(u'\n', QLatin1String("<br>")); };
    boldLength = std::clamp(boldLength, 0, int(text.size()));
    if (boldLength == 0)
        return escape(text);
    return QLatin1String("<b>") + escape(text.left(boldLength)) + QLatin1String("</b>") + escape(text.mid(boldLength));
}

Typography::Typography(QObject *parent) : QObject(parent), m_faces(TypeFaces::installed()) {}

QString Typography::familyFor(const QString &kind, int level) const
{
    return m_faces.familyFor(kindFromName(kind), level);
}

double Typography::scaleFor(const QString &kind, int level) const
{
    return typeScale(kindFromName(kind), level, TypeMedium::Prompter);
}

bool Typography::isBold(const QString &kind, int level) const
{
    return lectern::isBold(kindFromName(kind), level);
}

bool Typography::isCentered(const QString &kind) const
{
    return lectern::isCentered(kindFromName(kind));
}

int Typography::px(double size) const
{
    return int(std::lround(TypeSize::clamp(size)));
}

} // namespace lectern
