#include "Application.h"

#include "AdminPin.h"
#include "Configuration.h"
#include "MeetingLink.h"
#include "ResumeState.h"
#include "Translations.h"
#include "VoicePacer.h"
#include "meeting/ClockCheck.h"
#include "meeting/MeetingStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDebug>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcResume, "lectern.resume")
// Settings chosen on screen and the speech chosen in the console.
Q_LOGGING_CATEGORY(lcChoices, "lectern.settings")
Q_LOGGING_CATEGORY(lcMeetings, "lectern.store")

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTimer>

namespace lectern {
namespace {

constexpr const char *kEngineProperty = "_lecternApplication";

} // namespace

Application::Application(const AppOptions::Values &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dataDir(options.dataDir.isEmpty() ? configuration::defaultDataDir() : QDir(options.dataDir).absolutePath())
    , m_mode(options.mode)
    , m_language(options.language.startsWith(u"en") ? QStringLiteral("en") : QStringLiteral("zh_CN"))
    , m_theme(AppOptions::isTheme(options.theme) ? options.theme : QStringLiteral("standard"))
    , m_screenRoles(options.screenRoles)
{
    m_prompter.setModel(m_session.model());
    m_prompter.setViewState(&m_view);
    m_prompter.setCountdownSeconds(options.countdownSeconds);
    m_settings = new SpeechSettings(QDir(m_dataDir).filePath(QStringLiteral("prompter-settings.ini")), &m_prompter, &m_view, this);
    // The prompter's settings belong to the speech being prompted; --mirror wins
    // over them for this run, without becoming the speech's setting.
    auto applyMirrorOption = [this] {
        if (m_options.mirror())
            m_view.imposeMirrorHorizontal();
    };
    connect(&m_session, &SpeechSession::loaded, this, [this, applyMirrorOption] {
        applySpeechKey();
        applyMirrorOption();
    });
    // Once the event loop runs (the first frame is not kept waiting for a
    // check of the file), and before the recorder's resume below; a screen
    // that needs the meetings sooner opens the same store (MeetingStore::shared).
    QTimer::singleShot(0, this, &Application::openMeetings);
    m_lan.configure({options.lanEnabled, m_dataDir, quint16(options.lanPort), options.lanListen, options.lanRatePerAddress,
                     options.lanHost, options.wifiSsid, options.wifiPassword, options.wifiSecurity,
                     // A remote pairs by the administrator's PIN too: checked (slowly, with its back-off) on the server's thread.
                     [pinFile = QDir(m_dataDir).filePath(QStringLiteral("admin-pin.json"))](const QString &pin) {
                         return AdminPin(pinFile).check(pin) == AdminPin::Check::Right;
                     }});
    m_pages.setMinimumPx(options.pageMinPx);
    m_navigator.setPages(&m_pages);
    m_navigator.setReading(&m_prompter);
    applyMirrorOption();
    // The prompter's log and the speech used go to today's meeting, if one is open.
    m_meetingLink = new MeetingLink(m_dataDir, &m_prompter, &m_session, this);
    m_meetingLink->setDecisionRules(options.decisionRules);
    m_agenda.setDecisionRules(options.decisionRules);
    m_decisions.setRules(options.decisionRules);
    m_admin = new AdminGate(QDir(m_dataDir).filePath(QStringLiteral("admin-pin.json")), this);
    m_pacer = new VoicePacer(&m_microphone, &m_prompter, this);
    m_pacer->setFollowRate(options.followRate);
    m_audio.setInputId(options.audioInput);
    m_audio.setOutputId(options.audioOutput);
    // A device chosen on screen is this machine's from now on.
    connect(&m_audio, &AudioDevices::choiceChanged, this, [this] {
        for (const auto &[key, value] : {std::pair{QStringLiteral("input"), m_audio.inputId()}, std::pair{QStringLiteral("output"), m_audio.outputId()}}) {
            const QString problem = configuration::setMachineValue(QStringLiteral("audio"), key, value);
            if (!problem.isEmpty())
                qCWarning(lcChoices).noquote() << problem;
        }
        qCInfo(lcChoices).noquote() << "sound devices: input" << m_audio.inputId() << "output" << m_audio.outputId();
    });
    m_recorder = new MeetingRecorder(m_dataDir, &m_audio, this);
    connect(m_meetingLink, &MeetingLink::agendaChanged, &m_agenda, &AgendaController::refresh);
    // N twice on the prompter: the next item (one press only arms it).
    connect(&m_prompter, &PrompterController::nextItemRequested, &m_agenda, &AgendaController::next);
    // A live edit of the item on the screens: applied in place, the reading goes on.
    connect(&m_agenda, &AgendaController::liveEdited, this, [this](qint64 itemId, const LiveEdit &edit) {
        if (itemId == m_sessionItem)
            m_session.model()->applyEdit(edit);
    });
    connect(&m_agenda, &AgendaController::shownItemChanged, this, [this] {
        if (!showAgendaItem() && m_sessionItem > 0)
            loadSpeech(); // the agenda has nothing to show any more: back to the chosen speech
    });
    trackResume();
    // After the first frame: a take a crash cut off goes on at once and is
    // repaired in the background; --record starts the meeting's recording.
    if (!options.selfTest)
        QTimer::singleShot(0, this, [this, record = options.record] {
            if (m_recorder->resumeAfterCrash() == 0 && record && !m_recorder->start(int(m_meetingId)))
                qCWarning(lcChoices).noquote() << "recording asked for:" << m_recorder->error();
        });
    // Queued: the microphone opens once the kiosk runs (and its log is there to say so).
    if (options.voicePaced)
        QTimer::singleShot(0, this, [this] {
            setVoicePaced(true);
            if (!voicePaced())
                qCWarning(lcChoices).noquote() << "voice pacing asked for, but there is no microphone";
        });
}

bool Application::followRate() const
{
    return m_pacer->followRate();
}

void Application::setFollowRate(bool on)
{
    if (on == m_pacer->followRate())
        return;
    m_pacer->setFollowRate(on);
    emit voicePacedChanged();
}

bool Application::voicePaced() const
{
    return m_pacer->enabled();
}

// Only while a microphone listens: without one the text would wait for a
// voice it cannot hear (the microphone then says why, in `error`).
void Application::setVoicePaced(bool on)
{
    if (on == m_pacer->enabled())
        return;
    m_microphone.setActive(on);
    const bool listening = on && m_microphone.listening();
    if (on && !listening)
        m_microphone.setActive(false);
    m_pacer->setEnabled(listening);
    emit voicePacedChanged();
}

// The prompter's settings (speed, reading line, margins) belong to the speech
// being prompted, and only while prompting: the reader's and the pages' own
// changes are not the speaker's.
void Application::applySpeechKey()
{
    m_settings->setSpeechKey(m_mode == AppOptions::Prompter ? m_session.fingerprint() : QString());
}

void Application::setMode(AppOptions::Mode mode)
{
    if (mode == m_mode)
        return;
    // Leaving the teleprompter stops the text: nobody is reading it any more.
    if (m_mode == AppOptions::Prompter && m_prompter.state() != PrompterController::Idle
        && m_prompter.state() != PrompterController::Finished)
        m_prompter.pause();
    m_mode = mode;
    applySpeechKey();
    emit modeChanged();
}

void Application::setLanguage(const QString &language)
{
    const QString lang = language.startsWith(u"en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (lang == m_language)
        return;
    if (auto *core = QCoreApplication::instance())
        installTranslations(*core, lang);
    m_language = lang;
    if (m_engine)
        m_engine->retranslate(); // every qsTr binding, now
    const QString problem = configuration::setMachineValue(QStringLiteral("ui"), QStringLiteral("language"), lang);
    if (!problem.isEmpty())
        qCWarning(lcChoices).noquote() << problem;
    emit languageChanged();
}

void Application::setTheme(const QString &theme)
{
    if (theme == m_theme || !AppOptions::isTheme(theme))
        return;
    m_theme = theme;
    const QString problem = configuration::setMachineValue(QStringLiteral("ui"), QStringLiteral("theme"), theme);
    if (!problem.isEmpty())
        qCWarning(lcChoices).noquote() << problem;
    emit themeChanged();
}

QString Application::setRoomNetwork(bool enabled, int port, const QString &wifiSsid, const QString &wifiPassword)
{
    if (port < 1 || port > 65535)
        return tr("The port is a number from 1 to 65535.");
    // The password is never shown back: left empty for the same network, it stays as it was.
    const QString password = wifiPassword.isEmpty() && wifiSsid.trimmed() == m_lan.setup().wifiSsid ? m_lan.setup().wifiPassword : wifiPassword;
    if (const QString problem = configuration::setMachineValues(QStringLiteral("lan"), QJsonObject{{QStringLiteral("enabled"), enabled},
                                                                                                  {QStringLiteral("port"), port},
                                                                                                  {QStringLiteral("wifi_ssid"), wifiSsid.trimmed()},
                                                                                                  {QStringLiteral("wifi_password"), password}});
        !problem.isEmpty())
        return problem;
    LanService::Setup setup = m_lan.setup();
    setup.enabled = enabled;
    setup.port = quint16(port);
    setup.wifiSsid = wifiSsid.trimmed();
    setup.wifiPassword = password;
    m_lan.stop();
    m_lan.configure(setup);
    if (m_meetings)
        m_lan.start();
    else
        openMeetings(); // which starts it once the store is sound
    return {};
}

void Application::setScreenRole(const QString &key, const QString &role)
{
    if (key.isEmpty() || (!role.isEmpty() && !AppOptions::isScreenRole(role)))
        return;
    QVariantMap roles = m_screenRoles;
    if (!role.isEmpty())
        for (auto it = roles.begin(); it != roles.end();)
            it = it.value().toString() == role ? roles.erase(it) : std::next(it); // one screen per role
    if (role.isEmpty())
        roles.remove(key);
    else
        roles.insert(key, role);
    if (roles == m_screenRoles)
        return;
    m_screenRoles = roles;
    const QString problem = configuration::setMachineValue(QStringLiteral("screens"), QStringLiteral("roles"),
                                                           QJsonObject::fromVariantMap(roles));
    if (!problem.isEmpty())
        qCWarning(lcChoices).noquote() << problem;
    emit screenRolesChanged();
}

void Application::setMeetingId(int id)
{
    if (id == m_meetingId || id < 0)
        return;
    m_meetingId = id;
    m_meetingLink->setMeetingId(id);
    m_agenda.setChosenMeeting(id);
    emit meetingIdChanged();
}

void Application::openMeetings()
{
    if (m_meetings)
        return;
    try {
        m_meetings = MeetingStore::shared(m_dataDir);
    } catch (const store::StoreError &e) {
        // Said here; each screen that needs the meetings says it again where it is used.
        qCCritical(lcMeetings).noquote() << e.message();
        return;
    }
    checkClock();
    connect(&m_clockCheck, &QTimer::timeout, this, &Application::checkClock);
    m_clockCheck.start(60 * 1000);
    m_agenda.setChosenMeeting(m_meetingId);
    m_agenda.setStore(m_meetings);
    m_decisions.setStore(m_meetings);
    // The room's server after the store is checked and migrated: its thread
    // opens a connection of its own to the file start-up has made sound.
    m_remote.setStore(m_meetings);
    m_lan.setStore(m_meetings);
    m_lan.start();
    // The outbox to the central store, once the database is migrated (it has the outbox then).
    m_sync.configure(m_dataDir, m_options.values().centralConninfo);
    m_sync.start();
    // Soon after anything is recorded (the agenda hears every commit): a round.
    connect(&m_agenda, &AgendaController::changed, &m_sync, &SyncService::syncNow);
}

void Application::checkClock()
{
    QString problem;
    try {
        problem = meetings::clockProblem(QDateTime::currentDateTime(), meetings::latestRecordedAt(m_meetings->db()));
    } catch (const store::StoreError &e) {
        return; // the store's own trouble is said where it is used
    }
    if (problem == m_clockProblem)
        return;
    m_clockProblem = problem;
    if (!problem.isEmpty())
        qCCritical(lcMeetings).noquote() << "clock:" << problem
                                         << "— nothing is recorded until it is set (or, after records from a clock that ran ahead, accepted: lectern clock accept --reason R)";
    else
        qCInfo(lcMeetings).noquote() << "clock: set right again";
    emit clockProblemChanged();
}

// The room sees the agenda's item on now (or next): its draft, in one cut,
// where it was left if the speaker went back to it; the prompter's target is
// its planned time. --speech wins: the kiosk was told what to show.
bool Application::showAgendaItem()
{
    if (m_options.speechGiven() || m_options.selfTest())
        return false;
    const auto doc = m_agenda.shownDocument();
    if (!doc)
        return false;
    // The same text already on the screens (the speech the prompter started,
    // just kept as the item's draft): nothing to switch, the place stays.
    if (m_session.status() == SpeechSession::Ready && SpeechSession::fingerprintOf(*doc) == m_session.fingerprint()) {
        m_sessionItem = m_agenda.shownItemId();
        m_meetingLink->setShownItem(m_sessionItem);
        return true;
    }
    if (m_sessionItem > 0)
        m_itemPlaces.insert(m_sessionItem, m_prompter.position());
    m_sessionItem = m_agenda.shownItemId();
    m_meetingLink->setShownItem(m_sessionItem);
    m_session.setDocument(*doc, doc->sourcePath.isEmpty() ? m_agenda.currentTitle() : doc->sourcePath);
    if (const auto place = m_itemPlaces.constFind(m_sessionItem); place != m_itemPlaces.cend())
        m_prompter.setPosition(*place);
    if (m_agenda.itemPlannedSeconds() > 0)
        m_prompter.setTargetSeconds(m_agenda.itemPlannedSeconds());
    return true;
}

// Where the kiosk is, kept at most a second old (ResumeWriter), so that a
// crash or a power cut costs nothing but a restart.
void Application::trackResume()
{
    if (m_options.selfTest())
        return; // a self-test is no session to come back to
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("resume.json"));
    QString problem;
    m_leftOff = ResumeWriter::read(path, &problem);
    if (!problem.isEmpty())
        qCWarning(lcResume).noquote() << problem;
    m_resume = new ResumeWriter(path, this);
    resumeRole();
    auto update = [this] { recordResumePoint(false); };
    connect(&m_prompter, &ReadingPosition::positionChanged, this, update);
    connect(&m_prompter, &PrompterController::stateChanged, this, update);
    connect(&m_prompter, &PrompterController::speedChanged, this, update);
    connect(&m_navigator, &PageNavigator::pageChanged, this, update);
    connect(this, &Application::modeChanged, this, update);
    connect(this, &Application::meetingIdChanged, this, update);
    connect(&m_session, &SpeechSession::loaded, this, &Application::resumeIfLeftOff);
}

void Application::recordResumePoint(bool quitting)
{
    if (m_restoring || !m_resume)
        return;
    ResumePoint p;
    p.role = AppOptions::modeKey(m_mode);
    if (m_session.status() == SpeechSession::Ready) {
        p.speech = m_session.fingerprint();
        p.position = m_prompter.position();
        p.speed = m_prompter.speed();
        p.page = m_navigator.page();
        p.state = PrompterController::stateKey(m_prompter.state());
        p.elapsedMs = m_prompter.elapsedMs();
    } else if (m_leftOff) { // no speech open now: what there was is kept for it
        p.speech = m_leftOff->speech;
        p.position = m_leftOff->position;
        p.speed = m_leftOff->speed;
        p.page = m_leftOff->page;
        p.state = m_leftOff->state;
        p.elapsedMs = m_leftOff->elapsedMs;
    }
    p.meetingId = m_meetingId;
    p.itemId = m_sessionItem;
    p.quit = quitting;
    p.savedAt = QDateTime::currentDateTime();
    m_resume->update(p);
}

// A start on the home screen after a crash goes back to the role and the
// meeting the kiosk had; a start with its own --mode keeps that mode.
void Application::resumeRole()
{
    if (!m_leftOff || m_leftOff->quit)
        return;
    AppOptions::Mode role;
    // Not into the console: it is the administrator's, and a restart asks for the PIN again.
    if (m_options.mode() == AppOptions::Home && AppOptions::parseMode(m_leftOff->role, &role) && role != AppOptions::Console)
        m_mode = role;
    m_meetingId = m_leftOff->meetingId;
    m_meetingLink->setMeetingId(m_meetingId);
    // "Restored" only where a place was: a speech role says it once its
    // position or page is back (resumeIfLeftOff); the door has no place but its role.
    if (m_mode == AppOptions::Signin && AppOptions::parseMode(m_leftOff->role, &role) && role == AppOptions::Signin)
        m_resumedFrom = m_leftOff->savedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
}

void Application::resumeIfLeftOff()
{
    const std::optional<ResumePoint> p = std::exchange(m_leftOff, std::nullopt); // once: a speech chosen later starts at its top
    // Only the same speech, left in the middle: a finished or unstarted one
    // starts at the top. The paged display turned by hand has a page and no
    // reading position.
    const bool pageTurned = p && m_mode == AppOptions::Paged && p->page > 0;
    if (!p || p->speech.isEmpty() || p->speech != m_session.fingerprint() || (p->position <= 0 && !pageTurned)
        || p->state == u"finished")
        return;
    m_restoring = true;
    if (p->speed > 0)
        m_prompter.setSpeed(p->speed);
    // Paused, the clock where it was: the speaker starts it again. A clean
    // quit left it idle, so the next reading's clock starts afresh.
    if (!p->quit && p->state != u"idle")
        m_prompter.resumeAt(p->position, p->elapsedMs);
    else
        m_prompter.setPosition(p->position);
    if (pageTurned) // with no reading position, the pages were turned by hand
        m_navigator.restorePage(p->page, p->position <= 0);
    m_restoring = false;
    m_resumedFrom = p->savedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    qCInfo(lcResume).noquote() << "resumed at position" << p->position << "saved" << p->savedAt.toString(Qt::ISODate);
    emit resumedFromChanged();
}

void Application::saveResumePoint()
{
    if (m_resume)
        m_resume->flush();
}

void Application::saveOnQuit()
{
    // The recording ends when the kiosk is quit, not when it has finished tearing down.
    m_recorder->stop();
    recordResumePoint(true);
    saveResumePoint();
}

Application::~Application() = default;

QString Application::speechChoicePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("speech.json"));
}

void Application::loadSpeech()
{
    // A meeting with an agenda: its item's draft. (The store is opened now
    // rather than after the first frame only when there is one to open.)
    if (!m_options.speechGiven() && QFile::exists(MeetingStore::databasePath(m_dataDir)))
        openMeetings(); // which shows the agenda's item, if there is one
    if ((m_sessionItem > 0 && m_sessionItem == m_agenda.shownItemId()) || showAgendaItem())
        return;
    m_sessionItem = 0;
    m_meetingLink->setShownItem(0);
    if (!m_options.speechGiven()) {
        QFile f(speechChoicePath());
        if (f.open(QIODevice::ReadOnly)) {
            QString problem;
            if (const auto choice = SpeechChoice::fromJson(f.read(1 << 20), &problem)) {
                m_session.setChoice(*choice);
                return;
            }
            qCWarning(lcChoices).noquote() << f.fileName() + QStringLiteral(": ") + problem; // the sample, then
        }
    }
    m_session.setChoice(SpeechChoice{m_options.speechPath(), {}, {}});
}

void Application::attachTo(QQmlEngine *engine)
{
    m_engine = engine;
    connect(engine, &QObject::destroyed, this, [this] { m_engine = nullptr; });
    engine->setProperty(kEngineProperty, QVariant::fromValue(static_cast<QObject *>(this)));
}

Application *Application::create(QQmlEngine *engine, QJSEngine *)
{
    if (auto *app = qobject_cast<Application *>(engine->property(kEngineProperty).value<QObject *>())) {
        QQmlEngine::setObjectOwnership(app, QQmlEngine::CppOwnership);
        return app;
    }
    // An engine nobody attached an Application to (a QML test): its own, with
    // default options, in QStandardPaths' locations (test mode in tests).
    auto *app = new Application({}, engine);
    QQmlEngine::setObjectOwnership(app, QQmlEngine::CppOwnership);
    app->attachTo(engine);
    app->loadSpeech();
    return app;
}

} // namespace lectern
