#include "SpeechSession.h"

#include "document/Placeholders.h"
#include "document/Timing.h"
#include "formats/LocalPath.h"

#include <QCryptographicHash>

namespace lectern {

SpeechSession::SpeechSession(QObject *parent) : QObject(parent)
{
    // A live edit changes the text, not the speech: its fingerprint follows
    // (a restart finds the place in the edited text), and nothing reloads.
    connect(&m_model, &SpeechModel::edited, this, [this] {
        const DocumentTiming timing = timeDocument(m_model.document());
        m_hanChars = timing.hanChars;
        m_seconds = int(timing.seconds + 0.5);
        m_fingerprint = fingerprintOf(m_model.document());
        emit revised();
    });
}

void SpeechSession::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_choice = SpeechChoice{localPath(source), {}, {}};
    emit sourceChanged();
    load();
}

void SpeechSession::setChoice(const SpeechChoice &choice)
{
    m_choice = choice;
    if (m_source != choice.path) {
        m_source = choice.path;
        emit sourceChanged();
    }
    load();
}

QString SpeechSession::title() const
{
    return m_model.document().textOf(BlockKind::Title);
}

void SpeechSession::setDocument(const Document &document, const QString &source)
{
    m_choice = SpeechChoice{};
    if (m_source != source) {
        m_source = source;
        emit sourceChanged();
    }
    ImportResult result;
    result.document = document;
    show(result);
}

QString SpeechSession::fingerprintOf(const Document &document)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Block &b : document.blocks) {
        hash.addData(b.text.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

void SpeechSession::load()
{
    show(importChosen(m_choice));
}

void SpeechSession::show(const ImportResult &result)
{
    if (result.ok()) {
        const DocumentTiming timing = timeDocument(*result.document);
        m_hanChars = timing.hanChars;
        m_seconds = int(timing.seconds + 0.5);
        m_placeholders = int(findPlaceholders(*result.document).size());
        m_fingerprint = fingerprintOf(*result.document);
        m_model.setDocument(*result.document);
        m_error.clear();
        m_status = Ready;
    } else {
        m_model.setDocument({});
        m_hanChars = m_seconds = m_placeholders = 0;
        m_fingerprint.clear();
        m_error = result.error;
        m_status = Error;
    }
    emit loaded();
}

} // namespace lectern
