#pragma once

#include "AdminGate.h"
#include "AgendaController.h"
#include "DecisionDesk.h"
#include "SyncService.h"
#include "LanService.h"
#include "RemoteStatus.h"
#include "AppOptions.h"
#include "ResumeState.h"
#include "SpeechSettings.h"
#include "layout/PageModel.h"
#include "listen/AudioDevices.h"
#include "listen/MeetingRecorder.h"
#include "listen/Microphone.h"
#include "layout/PageNavigator.h"
#include "prompter/PrompterController.h"
#include "prompter/PrompterViewState.h"
#include "speech/SpeechSession.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QQmlEngine;
namespace lectern { class MeetingLink; class VoicePacer; }
class QJSEngine;

namespace lectern {

// One running Lectern: its options, its data directory and the services every
// screen shares — the speech, the one reading position, the prompter's look,
// the projected pages — wired once, here. QML reaches it as the App singleton
// of the engine it was attached to; tests make as many as they need, each with
// its own data folder. Nothing in it is process-wide.
class Application : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(lectern::AppOptions *options READ options CONSTANT)
    Q_PROPERTY(lectern::SpeechSession *session READ session CONSTANT)
    Q_PROPERTY(lectern::PrompterController *prompter READ prompter CONSTANT)
    Q_PROPERTY(lectern::PrompterViewState *prompterView READ prompterView CONSTANT)
    Q_PROPERTY(lectern::SpeechSettings *settings READ settings CONSTANT)
    Q_PROPERTY(lectern::PageModel *pages READ pages CONSTANT)
    Q_PROPERTY(lectern::PageNavigator *navigator READ navigator CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(lectern::AdminGate *admin READ admin CONSTANT)
    // "10:32" when this start resumed where a crash or power cut left off; "" otherwise.
    Q_PROPERTY(QString resumedFrom READ resumedFrom NOTIFY resumedFromChanged)
    // Not "" while this machine's clock is before what is already recorded
    // (ClockCheck): every screen says it, and nothing is recorded until it is set.
    Q_PROPERTY(QString clockProblem READ clockProblem NOTIFY clockProblemChanged)
    // What the main window shows now: the start mode (--mode, home by default),
    // then whatever the home screen or the console switches to.
    Q_PROPERTY(lectern::AppOptions::Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    // The meeting the kiosk works on (the console picks it); 0: today's, the
    // open meeting nearest to now.
    // (An int for QML, which has no 64-bit integer type; meeting ids stay small.)
    Q_PROPERTY(int meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    // "zh_CN" or "en"; set from the settings screen: every screen retranslates
    // at once, and the machine's configuration file remembers it.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "standard", "official" or "high_contrast" (Theme.qml follows it); remembered likewise.
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // What each screen is for, as this machine remembers it (ScreenLayout.roles follows it).
    Q_PROPERTY(QVariantMap screenRoles READ screenRoles NOTIFY screenRolesChanged)
    // The room's microphone, and whether the prompter follows the speaker's
    // voice: on, the text moves while they speak and eases to a stop when
    // they pause (PrompterController::voiceHold).
    Q_PROPERTY(lectern::Microphone *microphone READ microphone CONSTANT)
    Q_PROPERTY(bool voicePaced READ voicePaced WRITE setVoicePaced NOTIFY voicePacedChanged)
    // While voice-paced, the speed follows the speaker's measured rate (within limits).
    Q_PROPERTY(bool followRate READ followRate WRITE setFollowRate NOTIFY voicePacedChanged)
    // The sound devices chosen in the settings (remembered per machine).
    Q_PROPERTY(lectern::AudioDevices *audio READ audio CONSTANT)
    // The meeting's recording: its indicator, the console's start and stop.
    Q_PROPERTY(lectern::MeetingRecorder *recorder READ recorder CONSTANT)
    // The meeting's agenda: the run order, its timing, the item the room sees.
    Q_PROPERTY(lectern::AgendaController *agenda READ agenda CONSTANT)
    // How each item is decided: quorum, recusals, votes, opinions, the decision's text.
    Q_PROPERTY(lectern::DecisionDesk *decisions READ decisions CONSTANT)
    // The link to the organisation's central store (off without central.conninfo).
    Q_PROPERTY(lectern::SyncService *sync READ sync CONSTANT)
    // The room's server: phones sign in by the code (off unless lan.enabled).
    Q_PROPERTY(lectern::LanService *lan READ lan CONSTANT)

public:
    // No default constructor on purpose: Qt 6.4 would prefer it over create()
    // and build a second, unconfigured App for QML.
    explicit Application(const AppOptions::Values &options, QObject *parent = nullptr);
    ~Application() override;

    AppOptions *options() { return &m_options; }
    SpeechSession *session() { return &m_session; }
    PrompterController *prompter() { return &m_prompter; }
    PrompterViewState *prompterView() { return &m_view; }
    SpeechSettings *settings() { return m_settings; }
    PageModel *pages() { return &m_pages; }
    PageNavigator *navigator() { return &m_navigator; }

    QString dataDir() const { return m_dataDir; }
    AdminGate *admin() { return m_admin; }
    QString resumedFrom() const { return m_resumedFrom; }
    QString clockProblem() const { return m_clockProblem; }
    AppOptions::Mode mode() const { return m_mode; }
    void setMode(AppOptions::Mode mode);
    int meetingId() const { return int(m_meetingId); }
    void setMeetingId(int id);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QVariantMap screenRoles() const { return m_screenRoles; }
    Microphone *microphone() { return &m_microphone; }
    bool voicePaced() const;
    void setVoicePaced(bool on);
    bool followRate() const;
    void setFollowRate(bool on);
    AudioDevices *audio() { return &m_audio; }
    MeetingRecorder *recorder() { return m_recorder; }
    AgendaController *agenda() { return &m_agenda; }
    DecisionDesk *decisions() { return &m_decisions; }
    SyncService *sync() { return &m_sync; }
    LanService *lan() { return &m_lan; }
    // Gives screen `key` the role (taken from any other screen that had it);
    // "" lets the kiosk place it as always. Remembered in the machine's file.
    Q_INVOKABLE void setScreenRole(const QString &key, const QString &role);
    // The room's server from the settings (behind the PIN): on or off, its
    // port and the room's Wi-Fi, written into this machine's configuration
    // and applied at once (the server restarts). "" or the one-line problem.
    Q_INVOKABLE QString setRoomNetwork(bool enabled, int port, const QString &wifiSsid, const QString &wifiPassword);
    // Writes the resume point now (also for tests).
    void saveResumePoint();
    // Quitting normally: the next start begins afresh on its own start mode
    // (the reading position is still kept for the same speech).
    void saveOnQuit();

    // Loads the speech: the one named in the options (--speech), else the
    // draft of the meeting's agenda item on now (or next), else the one the
    // console chose and reviewed (speech.json in the data folder), else the sample.
    void loadSpeech();
    Q_INVOKABLE void reloadSpeech() { loadSpeech(); }
    // Where the console keeps the reviewed speech's choice.
    Q_INVOKABLE QString speechChoicePath() const;

    // Makes this the App singleton of `engine` (before anything is loaded in it).
    void attachTo(QQmlEngine *engine);
    static Application *create(QQmlEngine *engine, QJSEngine *);

private:
    AppOptions m_options;
    QString m_dataDir;
    SpeechSession m_session;
    PrompterController m_prompter;
    PrompterViewState m_view;
    SpeechSettings *m_settings = nullptr;
    PageModel m_pages;
    PageNavigator m_navigator;
    MeetingLink *m_meetingLink = nullptr;
    ResumeWriter *m_resume = nullptr;
    AdminGate *m_admin = nullptr;
    QString m_resumedFrom;
    QString m_clockProblem;
    QTimer m_clockCheck; // once a minute: a clock set by hand or by NTP clears the warning
    void checkClock();
    bool m_restoring = false;
    AppOptions::Mode m_mode;
    qint64 m_meetingId = 0;
    QString m_language;
    QString m_theme;
    QVariantMap m_screenRoles;
    AudioDevices m_audio; // before the microphone and the recorder, which use it
    Microphone m_microphone{&m_audio};
    MeetingRecorder *m_recorder = nullptr;
    // The folder's meetings database, opened, checked and recovered once at
    // start-up and held for the process's life: every screen, the recorder
    // and the prompter's link share it (MeetingStore::shared).
    std::shared_ptr<MeetingStore> m_meetings;
    VoicePacer *m_pacer = nullptr;
    AgendaController m_agenda;
    DecisionDesk m_decisions{&m_agenda};
    SyncService m_sync;
    LanService m_lan;
    RemoteStatus m_remote{m_prompter, m_navigator, m_agenda, m_lan};
    qint64 m_sessionItem = 0;               // the agenda item the session shows (0: none)
    QHash<qint64, double> m_itemPlaces;     // where each item was left, to go back to it there
    QQmlEngine *m_engine = nullptr; // the one attached to, to retranslate
    std::optional<ResumePoint> m_leftOff; // what the last run left, read once at start

    void openMeetings();
    void trackResume();
    void recordResumePoint(bool quitting);
    void resumeRole();
    void resumeIfLeftOff();
    void applySpeechKey();
    bool showAgendaItem();

signals:
    void resumedFromChanged();
    void clockProblemChanged();
    void modeChanged();
    void meetingIdChanged();
    void languageChanged();
    void themeChanged();
    void screenRolesChanged();
    void voicePacedChanged();
};

} // namespace lectern
