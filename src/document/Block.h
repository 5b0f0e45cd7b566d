#pragma once

#include <QString>

namespace lectern {

enum class BlockKind {
    Preamble,   // above the title and no junk: kept for the operator to judge
    Title,
    Byline,
    Date,
    Occasion,   // 在……会议上: where the speech was given, from a ——subtitle
    Salutation,
    Heading,    // level 1 一、  level 2 （一）  level 3 1.
    Point,      // a paragraph led by 第一，/ 一是 / 一要 / a bold lead sentence
    Paragraph,
    Closing,
};

QString blockKindName(BlockKind kind); // stable English key used in JSON

struct Block
{
    int id = 0;          // stable within one import: 1, 2, 3 … in reading order
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;       // heading level 1..3; 0 otherwise
    int leadLength = 0;  // for Point: length of the lead sentence printed bold
    QString text;
    int sourceLine = 0;  // 1-based line (txt/md) or paragraph (docx) it came from
};

} // namespace lectern
