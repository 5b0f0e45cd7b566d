#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lectern {

class PrompterController;
class PrompterViewState;

// Remembers, per speech, how the prompter was left: its speed and its view
// state (type size, spacing, reading line, margins, mirroring), so that the
// same speech opens as it was left. Keyed by the speech's fingerprint (its
// text), not its path: a copy on another USB stick is the same speech.
// Loads when the key changes, saves whenever the user edits (keys or the
// console's buttons alike, since both change the same objects). What is read
// from disk is validated and clamped; a failed save is logged and signalled.
class SpeechSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Settings belong to the Application")
    Q_PROPERTY(QString speechKey READ speechKey WRITE setSpeechKey NOTIFY loaded)
    Q_PROPERTY(bool known READ known NOTIFY loaded) // settings were stored for this speech
    Q_PROPERTY(QString lastError READ lastError NOTIFY saveFailed)

public:
    SpeechSettings(const QString &file, PrompterController *prompter, PrompterViewState *view, QObject *parent = nullptr);

    QString file() const { return m_file; }
    QString speechKey() const { return m_key; }
    void setSpeechKey(const QString &key);
    bool known() const { return m_known; }
    QString lastError() const { return m_error; }

    // Written now (a kiosk is often switched off at the wall); false when it could not be.
    bool save();

signals:
    void loaded();
    void saveFailed(const QString &message);

private:
    QString m_file;
    QPointer<PrompterController> m_prompter;
    QPointer<PrompterViewState> m_view;
    QString m_key;
    bool m_known = false;
    bool m_loading = false;
    QString m_error;
};

} // namespace lectern
