#include "Document.h"

#include <QCoreApplication>
#include <algorithm>

namespace lectern {

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Preamble: return QStringLiteral("preamble");
    case BlockKind::Title: return QStringLiteral("title");
    case BlockKind::Byline: return QStringLiteral("byline");
    case BlockKind::Date: return QStringLiteral("date");
    case BlockKind::Occasion: return QStringLiteral("occasion");
    case BlockKind::Salutation: return QStringLiteral("salutation");
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::Point: return QStringLiteral("point");
    case BlockKind::Paragraph: return QStringLiteral("paragraph");
    case BlockKind::Closing: return QStringLiteral("closing");
    }
    return {};
}

QString removalReasonKey(RemovalReason reason)
{
    switch (reason) {
    case RemovalReason::Boilerplate: return QStringLiteral("boilerplate");
    case RemovalReason::PageArtefact: return QStringLiteral("page-artefact");
    case RemovalReason::HardWrap: return QStringLiteral("hard-wrap");
    case RemovalReason::Invisible: return QStringLiteral("invisible");
    case RemovalReason::FrontMatter: return QStringLiteral("front-matter");
    case RemovalReason::Image: return QStringLiteral("image");
    case RemovalReason::Markup: return QStringLiteral("markup");
    }
    return {};
}

QString removalReasonDescription(RemovalReason reason)
{
    switch (reason) {
    case RemovalReason::Boilerplate:
        return QCoreApplication::translate("lectern::Document", "watermark or advertising line");
    case RemovalReason::PageArtefact:
        return QCoreApplication::translate("lectern::Document", "page number or page header");
    case RemovalReason::HardWrap:
        return QCoreApplication::translate("lectern::Document", "line break inside a sentence, joined to the previous line");
    case RemovalReason::Invisible:
        return QCoreApplication::translate("lectern::Document", "invisible characters (zero-width or text-direction controls) taken out of the line");
    case RemovalReason::FrontMatter:
        return QCoreApplication::translate("lectern::Document", "page metadata at the top of a Markdown file (front matter)");
    case RemovalReason::Image:
        return QCoreApplication::translate("lectern::Document", "a picture (its address and caption)");
    case RemovalReason::Markup:
        return QCoreApplication::translate("lectern::Document", "web page markup (HTML tags, link addresses, code fences) taken out of the line");
    }
    return {};
}

int Document::indexOf(int id) const
{
    // Ids are 1..N in order, so the index is normally id - 1; fall back to a search.
    if (id >= 1 && id <= blocks.size() && blocks[id - 1].id == id)
        return id - 1;
    for (int i = 0; i < blocks.size(); ++i)
        if (blocks[i].id == id)
            return i;
    return -1;
}

const Block *Document::block(int id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &blocks[i];
}

Block *Document::block(int id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &blocks[i];
}

const Block *Document::first(BlockKind kind) const
{
    auto it = std::find_if(blocks.cbegin(), blocks.cend(), [kind](const Block &b) { return b.kind == kind; });
    return it == blocks.cend() ? nullptr : &*it;
}

QString Document::textOf(BlockKind kind) const
{
    const Block *b = first(kind);
    return b ? b->text : QString();
}

Anchor Document::start() const
{
    return blocks.isEmpty() ? Anchor{} : Anchor{blocks.first().id, 0};
}

Anchor Document::end() const
{
    return blocks.isEmpty() ? Anchor{} : Anchor{blocks.last().id, int(blocks.last().text.size())};
}

bool Document::isValid(Anchor a) const
{
    const Block *b = block(a.block);
    return b && a.offset >= 0 && a.offset <= b->text.size();
}

Anchor Document::clamp(Anchor a) const
{
    if (blocks.isEmpty())
        return {};
    const Block *b = block(a.block);
    if (!b)
        return a.block < blocks.first().id ? start() : end();
    return {a.block, std::clamp(a.offset, 0, int(b->text.size()))};
}

} // namespace lectern
