#pragma once

#include "PlaceholderListModel.h"
#include "RemovalListModel.h"
#include "document/SpeechChoice.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// A speech file reviewed before it is used: what the import found (the
// structure: title, byline, date, salutation, headings), what it took out or
// joined (each line can be put back), the blanks to fill (each highlighted in
// the preview, filled everywhere at once), and undo of each of these steps.
// The review is a SpeechChoice — the file and the decisions — re-imported on
// every step; save() writes it for the kiosk (speech.json).
class SpeechReview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString structureText READ structureText NOTIFY changed) // one line each
    // The speech as rich text, placeholders marked (for a StyledText preview).
    Q_PROPERTY(QString preview READ preview NOTIFY changed)
    Q_PROPERTY(lectern::RemovalListModel *removals READ removals CONSTANT)
    Q_PROPERTY(lectern::PlaceholderListModel *placeholders READ placeholders CONSTANT)
    Q_PROPERTY(int removalCount READ removalCount NOTIFY changed)
    Q_PROPERTY(int placeholderCount READ placeholderCount NOTIFY changed)
    Q_PROPERTY(QStringList fills READ fills NOTIFY changed)
    Q_PROPERTY(QString fillsText READ fillsText NOTIFY changed) // "X → 张三, …"
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)

public:
    explicit SpeechReview(QObject *parent = nullptr);

    QString source() const { return m_choice.path; }
    bool ready() const { return m_document.has_value(); }
    QString error() const { return m_error; }
    QString title() const;
    QString preview() const;
    RemovalListModel *removals() { return &m_removals; }
    PlaceholderListModel *placeholders() { return &m_placeholders; }
    QStringList fills() const;
    QString structureText() const;
    QString fillsText() const { return fills().join(QStringLiteral(", ")); }
    int removalCount() const { return m_removals.rowCount(); }
    int placeholderCount() const { return m_placeholders.rowCount(); }
    bool canUndo() const { return !m_history.isEmpty(); }
    const SpeechChoice &choice() const { return m_choice; }

    // A file to review (a path or a file: URL), from scratch.
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    // Continues a review saved earlier (speech.json).
    Q_INVOKABLE bool openChoice(const QString &choiceFile);
    // Puts a removed or joined source line back (or takes it out again).
    Q_INVOKABLE void setKept(int line, bool kept);
    // Fills every occurrence of a placeholder; an empty value is refused.
    Q_INVOKABLE bool fill(const QString &placeholder, const QString &value);
    Q_INVOKABLE void undo();
    // Writes the choice to `choiceFile` (a new file renamed over the old).
    Q_INVOKABLE bool save(const QString &choiceFile);
    // The review's decisions as JSON (SpeechChoice), for an agenda item's draft; "" before a file is open.
    Q_INVOKABLE QString choiceJson() const { return m_document ? QString::fromUtf8(m_choice.toJson()) : QString(); }

signals:
    void changed();

private:
    void apply(const SpeechChoice &choice);

    SpeechChoice m_choice;
    QList<SpeechChoice> m_history; // before each step, for undo
    QHash<int, Removal> m_keptRemovals; // what each kept line was, to list it still
    std::optional<Document> m_document;
    QString m_error;
    RemovalListModel m_removals;
    PlaceholderListModel m_placeholders;
};

} // namespace lectern
