#pragma once

#include "Document.h"

#include <QString>

namespace lectern {

// An operator's edit of a speech while it is read: a block's text replaced,
// a paragraph inserted, a block deleted. Block ids stay 1 … N in reading
// order (the anchor model compares them): an insert or a delete renumbers
// the blocks after it, and movedAnchor() says where a reading position goes.
struct LiveEdit
{
    enum Op { Replace, Insert, Delete } op = Replace;
    int block = 0; // Replace, Delete: the block; Insert: the new block's id (it follows block - 1)
    QString text;  // Replace, Insert: the new text
    QString before; // Replace, Delete: the text it had (set by applyTo)
};
// Applies an edit to a document (what the agenda records and replays, and
// what the screens show). False when the block is not there.
bool applyTo(Document &document, LiveEdit &edit);
// Where a reading position goes after the edit: the same text stays under it
// (in a deleted block: the start of the block that followed it).
Anchor movedAnchor(Anchor anchor, const LiveEdit &edit);

} // namespace lectern
