#pragma once

#include "Anchor.h"
#include "Block.h"

#include <QList>
#include <QString>
#include <optional>

namespace lectern {

enum class RemovalReason {
    Boilerplate,   // watermark / advertising line (仅供学习, QQ群 …)
    PageArtefact,  // 第1页 共3页, "- 2 -", a bare page number
    HardWrap,      // a line break inside a sentence (PDF copy): the line was joined to the previous one
    Invisible,     // characters that show nothing (zero-width, bidi controls) taken out of the line
    FrontMatter,   // a Markdown page's metadata header (--- title: … ---)
    Image,         // a picture in a Markdown page (![caption](address), <img>)
    Markup,        // Markdown page markup that held text: HTML tags (title="说明"), link addresses, code fences
};

QString removalReasonKey(RemovalReason reason);         // stable English key for JSON
QString removalReasonDescription(RemovalReason reason); // translated, for people

// Something the cleaner took out. Nothing disappears silently: a review
// screen lists these and can put any of them back (see CleanOptions::keepLines).
struct Removal
{
    int line = 0; // 1-based source line/paragraph
    QString text;
    RemovalReason reason = RemovalReason::Boilerplate;
};

// A structured speech. Blocks are in reading order; ids are 1..N in that order
// and do not change when text is edited (placeholder fill-ins).
class Document
{
public:
    QList<Block> blocks;
    QList<Removal> removals;
    QString sourcePath;
    QString encoding; // of a text source, e.g. "UTF-8", "GB18030"

    const Block *block(int id) const;
    Block *block(int id);
    int indexOf(int id) const; // -1 when absent

    // The first block of a kind, or nullptr.
    const Block *first(BlockKind kind) const;
    QString textOf(BlockKind kind) const; // "" when absent

    // Anchors: a valid anchor names an existing block and an offset within its text.
    Anchor start() const;
    Anchor end() const;
    Anchor clamp(Anchor a) const;
    bool isValid(Anchor a) const;
};

} // namespace lectern
