#pragma once

#include "SpeechModel.h"
#include "document/SpeechChoice.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// Loads one speech file and offers it to QML: its blocks as a model, its
// title, counts and estimated duration, or the one-line error if it failed.
class SpeechSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Status status READ status NOTIFY loaded)
    Q_PROPERTY(QString errorString READ errorString NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(int hanChars READ hanChars NOTIFY loaded)
    Q_PROPERTY(int estimatedSeconds READ estimatedSeconds NOTIFY loaded)
    Q_PROPERTY(int removedCount READ removedCount NOTIFY loaded)
    Q_PROPERTY(int placeholderCount READ placeholderCount NOTIFY loaded)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY loaded)
    Q_PROPERTY(lectern::SpeechModel *model READ model CONSTANT)

public:
    enum Status { Null, Ready, Error };
    Q_ENUM(Status)

    explicit SpeechSession(QObject *parent = nullptr);

    QString source() const { return m_source; }
    void setSource(const QString &source);
    // A reviewed speech: the file with the lines put back and the blanks filled.
    void setChoice(const SpeechChoice &choice);
    // A document already made (an agenda item's draft, kept in the meetings
    // database): shown as it is, in one model reset. `source` names it.
    void setDocument(const Document &document, const QString &source);

    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    QString title() const;
    int hanChars() const { return m_hanChars; }
    int estimatedSeconds() const { return m_seconds; }
    int removedCount() const { return int(m_model.document().removals.size()); }
    int placeholderCount() const { return m_placeholders; }
    SpeechModel *model() { return &m_model; }
    // SHA-1 of the speech's text: the same speech has the same fingerprint wherever its file is.
    QString fingerprint() const { return m_fingerprint; }
    static QString fingerprintOf(const Document &document);
    // The file and the review's decisions it was loaded with (empty path: a document given whole).
    const SpeechChoice &choice() const { return m_choice; }

signals:
    void sourceChanged();
    void loaded();
    // A live edit changed the text (SpeechModel::applyEdit); not a new speech.
    void revised();

private:
    void load();
    void show(const ImportResult &result);

    QString m_source;
    SpeechChoice m_choice; // m_source with the review's decisions
    Status m_status = Null;
    QString m_error;
    int m_hanChars = 0;
    int m_seconds = 0;
    int m_placeholders = 0;
    QString m_fingerprint;
    SpeechModel m_model;
};

} // namespace lectern
