#include "SpeechSession.h"

#include "document/Placeholders.h"
#include "document/Timing.h"
#include "formats/LocalPath.h"

#include <QCryptographicHash>

namespace lectern {

SpeechSession::SpeechSession(QObject *parent) : QObject(parent) {}

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

void SpeechSession::load()
{
    const ImportResult result = importChosen(m_choice);
    if (result.ok()) {
        const DocumentTiming timing = timeDocument(*result.document);
        m_hanChars = timing.hanChars;
        m_seconds = int(timing.seconds + 0.5);
        m_placeholders = int(findPlaceholders(*result.document).size());
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const Block &b : result.document->blocks) {
            hash.addData(b.text.toUtf8());
            hash.addData(QByteArrayView("\n"));
        }
        m_fingerprint = QString::fromLatin1(hash.result().toHex());
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
