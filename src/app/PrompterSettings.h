#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The prompter settings of one speech (speed, type size, reading line,
// mirroring), remembered across runs so that the same speech opens as it was
// left. Keyed by the speech's fingerprint (its text), not its path: a copy of
// the file on another USB stick is the same speech.
class PrompterSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString speechKey READ speechKey WRITE setSpeechKey NOTIFY loaded)
    Q_PROPERTY(bool known READ known NOTIFY loaded) // settings were stored for this speech
    Q_PROPERTY(int speed READ speed WRITE setSpeed NOTIFY changed)
    Q_PROPERTY(int fontPx READ fontPx WRITE setFontPx NOTIFY changed)
    Q_PROPERTY(double readingLine READ readingLine WRITE setReadingLine NOTIFY changed)
    Q_PROPERTY(bool mirrorHorizontal READ mirrorHorizontal WRITE setMirrorHorizontal NOTIFY changed)
    Q_PROPERTY(bool mirrorVertical READ mirrorVertical WRITE setMirrorVertical NOTIFY changed)

public:
    explicit PrompterSettings(QObject *parent = nullptr);

    // Where settings are stored; the kiosk sets it from --data-dir.
    static void setStorageDirectory(const QString &directory);
    static QString storageFile();

    QString speechKey() const { return m_key; }
    void setSpeechKey(const QString &key);
    bool known() const { return m_known; }

    int speed() const { return m_speed; }
    void setSpeed(int v);
    int fontPx() const { return m_fontPx; }
    void setFontPx(int v);
    double readingLine() const { return m_readingLine; }
    void setReadingLine(double v);
    bool mirrorHorizontal() const { return m_mirrorH; }
    void setMirrorHorizontal(bool v);
    bool mirrorVertical() const { return m_mirrorV; }
    void setMirrorVertical(bool v);

signals:
    void loaded();
    void changed();

private:
    void save() const;
    template<typename T> void update(T &field, T value);

    QString m_key;
    bool m_known = false;
    int m_speed = 180;
    int m_fontPx = 0; // 0: the view's default for its screen
    double m_readingLine = 1.0 / 3.0;
    bool m_mirrorH = false;
    bool m_mirrorV = false;
};

} // namespace lectern
