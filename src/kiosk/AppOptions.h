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
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(bool mirror READ mirror CONSTANT)
    Q_PROPERTY(int pageMinPx READ pageMinPx CONSTANT)
    Q_PROPERTY(int screen READ screen CONSTANT)

public:
    QString speechPath() const { return m_speechPath; }
    bool windowed() const { return m_windowed; }
    bool selfTest() const { return m_selfTest; }
    QString mode() const { return m_mode; } // "reader", "prompter" or "paged"
    bool mirror() const { return m_mirror; }
    int pageMinPx() const { return m_pageMinPx; } // 0: 1/18 of the page height
    int screen() const { return m_screen; }        // 1 = primary, then left to right

    void setSpeechPath(const QString &path) { m_speechPath = path; }
    void setWindowed(bool on) { m_windowed = on; }
    void setSelfTest(bool on) { m_selfTest = on; }
    void setMode(const QString &mode) { m_mode = mode; }
    void setMirror(bool on) { m_mirror = on; }
    void setPageMinPx(int px) { m_pageMinPx = px; }
    void setScreen(int number) { m_screen = number; }
    static bool isMode(const QString &mode) { return mode == u"reader" || mode == u"prompter" || mode == u"paged"; }

    static AppOptions *instance();
    static AppOptions *create(QQmlEngine *, QJSEngine *);

    // The sample speech shipped inside the binary.
    static QString sampleSpeechPath() { return QStringLiteral(":/media/sample-speech.txt"); }

private:
    // Private so that QML uses create() and so shares this one instance: with a
    // public default constructor Qt 6.4 would build a second, unconfigured one.
    AppOptions() = default;

    QString m_speechPath = sampleSpeechPath();
    bool m_windowed = false;
    bool m_selfTest = false;
    QString m_mode = QStringLiteral("reader");
    bool m_mirror = false;
    int m_pageMinPx = 0;
    int m_screen = 1;
};

} // namespace lectern
