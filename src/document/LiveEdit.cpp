#include "LiveEdit.h"

namespace lectern {

bool applyTo(Document &doc, LiveEdit &edit)
{
    switch (edit.op) {
    case LiveEdit::Replace: {
        Block *b = doc.block(edit.block);
        if (!b)
            return false;
        edit.before = b->text;
        b->text = edit.text;
        return true;
    }
    case LiveEdit::Insert: {
        const int at = edit.block - 1; // the index it takes: after block (id - 1)
        if (at < 0 || at > doc.blocks.size())
            return false;
        Block b;
        b.kind = BlockKind::Paragraph;
        b.text = edit.text;
        doc.blocks.insert(at, b);
        break;
    }
    case LiveEdit::Delete: {
        const int i = doc.indexOf(edit.block);
        if (i < 0)
            return false;
        edit.before = doc.blocks[i].text;
        doc.blocks.removeAt(i);
        break;
    }
    }
    for (int i = 0; i < doc.blocks.size(); ++i)
        doc.blocks[i].id = i + 1;
    return true;
}

Anchor movedAnchor(Anchor a, const LiveEdit &edit)
{
    switch (edit.op) {
    case LiveEdit::Replace: {
        if (a.block != edit.block)
            return a;
        // The text before the change and after it keep their place: only an
        // offset inside the changed span moves, to its start.
        const QString &from = edit.before;
        const QString &to = edit.text;
        int prefix = 0;
        while (prefix < from.size() && prefix < to.size() && from[prefix] == to[prefix])
            ++prefix;
        int suffix = 0;
        while (suffix < from.size() - prefix && suffix < to.size() - prefix && from[from.size() - 1 - suffix] == to[to.size() - 1 - suffix])
            ++suffix;
        if (a.offset <= prefix)
            return a;
        if (a.offset >= from.size() - suffix)
            return {a.block, int(a.offset + to.size() - from.size())};
        return {a.block, prefix};
    }
    case LiveEdit::Insert:
        return a.block >= edit.block ? Anchor{a.block + 1, a.offset} : a;
    case LiveEdit::Delete:
        if (a.block == edit.block)
            return {a.block, 0}; // what followed now has this id
        return a.block > edit.block ? Anchor{a.block - 1, a.offset} : a;
    }
    return a;
}

} // namespace lectern
