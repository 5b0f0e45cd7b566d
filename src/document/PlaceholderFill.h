#pragma once

#include "Placeholders.h"

#include <QUndoStack>

namespace lectern {

// Fills placeholders in a document, undoably. Filling one placeholder text
// (say "X") replaces every occurrence of it at once; one undo restores them all.
class PlaceholderFill
{
public:
    explicit PlaceholderFill(Document &document);

    // Replaces every occurrence of `placeholder` (e.g. "X" or "×××"); returns how many.
    int fillAll(const QString &placeholder, const QString &value);
    // Replaces one occurrence only (the same text at that block and offset).
    bool fillOne(const Placeholder &occurrence, const QString &value);

    QUndoStack &undoStack() { return m_stack; }

private:
    int apply(const QList<Placeholder> &targets, const QString &value, const QString &label);

    Document &m_document;
    QUndoStack m_stack;
};

} // namespace lectern
