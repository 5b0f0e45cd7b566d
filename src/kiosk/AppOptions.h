#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace lectern {

// Start-up options of the kiosk, parsed once in C++ and read by QML.
class AppOptions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString speechPath READ speechPath CONSTANT)
    Q_PROPERTY(bool windowed READ windowed CONSTANT)
    Q_PROPERTY(bool selfTest READ selfTest CONSTANT)

public:
    QString speechPath() const { return m_speechPath; }
    bool windowed() const { return m_windowed; }
    bool selfTest() const { return m_selfTest; }

    void setSpeechPath(const QString &path) { m_speechPath = path; }
    void setWindowed(bool on) { m_windowed = on; }
    void setSelfTest(bool on) { m_selfTest = on; }

    static AppOptions *instance();
    static AppOptions *create(QQmlEngine *, QJSEngine *);

    // The sample speech shipped inside the binary.
    static QString sampleSpeechPath() { return QStringLiteral(":/media/sample-speech.txt"); }

private:
    QString m_speechPath = sampleSpeechPath();
    bool m_windowed = false;
    bool m_selfTest = false;
};

} // namespace lectern
