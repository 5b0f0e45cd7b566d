#include "PlaceholderFill.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

namespace lectern {
namespace {

// Keeps the whole text of each touched block before and after, so undo and
// redo are exact whatever lengths the replacements have.
class FillCommand : public QUndoCommand
{
public:
    FillCommand(Document &doc, QHash<int, QString> before, QHash<int, QString> after, const QString &label)
        : QUndoCommand(label), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)) {}

    void undo() override { set(m_before); }
    void redo() override { set(m_after); }

private:
    void set(const QHash<int, QString> &texts)
    {
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            if (Block *b = m_doc.block(it.key()))
                b->text = it.value();
    }
    Document &m_doc;
    QHash<int, QString> m_before, m_after;
};

} // namespace

PlaceholderFill::PlaceholderFill(Document &document) : m_document(document) {}

int PlaceholderFill::fillAll(const QString &placeholder, const QString &value)
{
    QList<Placeholder> targets;
    for (const Placeholder &p : findPlaceholders(m_document))
        if (p.text == placeholder)
            targets.append(p);
    return apply(targets, value,
                 QCoreApplication::translate("lectern::PlaceholderFill", "Fill %1 with %2").arg(placeholder, value));
}

bool PlaceholderFill::fillOne(const Placeholder &occurrence, const QString &value)
{
    const QList<Placeholder> all = findPlaceholders(m_document);
    if (!all.contains(occurrence))
        return false;
    return apply({occurrence}, value,
                 QCoreApplication::translate("lectern::PlaceholderFill", "Fill %1 with %2").arg(occurrence.text, value)) == 1;
}

int PlaceholderFill::apply(const QList<Placeholder> &targets, const QString &value, const QString &label)
{
    if (targets.isEmpty())
        return 0;
    QHash<int, QString> before, after;
    for (const Placeholder &p : targets)
        if (!before.contains(p.block))
            before.insert(p.block, m_document.block(p.block)->text);
    after = before;
    // Replace from the end of each block so earlier offsets stay valid.
    for (auto it = targets.crbegin(); it != targets.crend(); ++it)
        after[it->block].replace(it->offset, it->text.size(), value);
    m_stack.push(new FillCommand(m_document, std::move(before), std::move(after), label));
    return int(targets.size());
}

} // namespace lectern
