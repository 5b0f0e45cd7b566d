#pragma once

#include "document/Document.h"

// A small speech with two sections, built by hand so the numbers are known:
// block 1 title (4 Han, starts at 0), 2 salutation (3, at 4), 3 heading 一、 (5, at 7),
// 4 paragraph (10, at 12), 5 heading 二、 (5, at 22), 6 paragraph with digits (9, at 27),
// 7 closing (4, at 36): 40 Han characters.
inline lectern::Document smallSpeech()
{
    using namespace lectern;
    Document d;
    auto add = [&d](BlockKind kind, int level, const char *text) {
        Block b;
        b.id = int(d.blocks.size()) + 1;
        b.kind = kind;
        b.level = level;
        b.text = QString::fromUtf8(text);
        d.blocks.append(b);
    };
    add(BlockKind::Title, 0, "会议讲话");
    add(BlockKind::Salutation, 0, "同志们：");
    add(BlockKind::Heading, 1, "一、认清形势");
    add(BlockKind::Paragraph, 0, "今天开会，主要总结工作。");
    add(BlockKind::Heading, 1, "二、突出重点");
    add(BlockKind::Paragraph, 0, "要把2024年的任务落实好。");
    add(BlockKind::Closing, 0, "谢谢大家！");
    return d;
}
