#pragma once

#include "meeting/DecisionRules.h"

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// What the kiosk was started with (KioskOptions parses the command line into
// this), read by QML through App.options. A value type with a QObject face:
// copied into the Application, constant afterwards.
class AppOptions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Options belong to the Application")
    Q_PROPERTY(QString speechPath READ speechPath CONSTANT)
    Q_PROPERTY(bool windowed READ windowed CONSTANT)
    Q_PROPERTY(bool selfTest READ selfTest CONSTANT)
    Q_PROPERTY(Mode mode READ mode CONSTANT)
    Q_PROPERTY(bool mirror READ mirror CONSTANT)
    Q_PROPERTY(int pageMinPx READ pageMinPx CONSTANT)
    Q_PROPERTY(int screen READ screen CONSTANT)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds CONSTANT)
    Q_PROPERTY(bool searchFirst READ searchFirst CONSTANT)

public:
    // Home: the start screen with today's meeting and an entry per role.
    // Console: the secretary's console (behind the administrator's PIN).
    enum Mode { Home, Reader, Prompter, Paged, Signin, Console };
    Q_ENUM(Mode)

    struct Values
    {
        QString speechPath;        // empty: the shipped sample speech
        QString dataDir;           // empty: the user's data directory
        QString language;          // empty: LECTERN_LANG, else Simplified Chinese
        bool windowed = false;
        bool selfTest = false;
        Mode mode = Home;
        bool mirror = false;
        bool voicePaced = false;   // the prompter follows the speaker's voice (a microphone)
        bool followRate = false;   // … and takes its speed from the speaker's rate (within limits)
        bool record = false;       // record the meeting's audio from the start
        QString audioInput;        // device ids ("" = the system's default)
        QString audioOutput;
        int pageMinPx = 0;         // 0: 1/18 of the page height
        int screen = 1;            // 1 = primary, then left to right
        int countdownSeconds = 3;
        bool searchFirst = false;  // sign-in: no list of names until something is typed
        // The room's server (lan.*): phones sign in by a code; off unless enabled.
        bool lanEnabled = false;
        int lanPort = 8080;
        QStringList lanListen;     // addresses to listen on; empty: all
        int lanRatePerAddress = 20; // requests a second per address
        QString lanHost;           // the address in the code; "": this machine's on the room's network
        QString wifiSsid;          // the room's Wi-Fi, for a code phones join it by ("": none shown)
        QString wifiPassword;
        QString wifiSecurity = QStringLiteral("WPA"); // WPA, WEP or nopass
        QString theme = QStringLiteral("standard"); // standard, official, high_contrast
        decisions::Rules decisionRules; // quorum per matter, and what a vote's 同意 is counted against
        QString centralConninfo;   // the organisation's central store (libpq conninfo); "": none
        QString centralRoom;       // this room's name there
        QVariantMap screenRoles;   // screen key (name|maker|model) → console, prompter, projection or signin
    };

    explicit AppOptions(const Values &values, QObject *parent = nullptr);

    QString speechPath() const;
    bool speechGiven() const { return !m_v.speechPath.isEmpty(); } // --speech, not the sample
    bool windowed() const { return m_v.windowed; }
    bool selfTest() const { return m_v.selfTest; }
    Mode mode() const { return m_v.mode; }
    bool mirror() const { return m_v.mirror; }
    int pageMinPx() const { return m_v.pageMinPx; }
    int screen() const { return m_v.screen; }
    int countdownSeconds() const { return m_v.countdownSeconds; }
    bool searchFirst() const { return m_v.searchFirst; }

    // "home", "reader", "prompter", "paged", "signin", "console" → the mode;
    // false when it is none of them.
    static bool parseMode(const QString &name, Mode *mode);
    static QString modeKey(Mode mode);
    // The looks: "standard" (calm dark), "official" (the official-document
    // convention: red rule, Song titles, Kai points), "high_contrast".
    static bool isTheme(const QString &name);
    // "console", "prompter", "projection", "signin": what a screen can be for.
    static bool isScreenRole(const QString &name);
    const Values &values() const { return m_v; }

private:
    Values m_v;
};

} // namespace lectern
