#include "Application.h"

#include "MeetingLink.h"
#include "ResumeState.h"

#include <QDebug>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcResume, "lectern.resume")

#include <QDir>
#include <QQmlEngine>
#include <QStandardPaths>

namespace lectern {
namespace {

constexpr const char *kEngineProperty = "_lecternApplication";

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

Application::Application(const AppOptions::Values &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dataDir(options.dataDir.isEmpty() ? defaultDataDir() : QDir(options.dataDir).absolutePath())
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
        m_settings->setSpeechKey(m_options.mode() == AppOptions::Prompter ? m_session.fingerprint() : QString());
        applyMirrorOption();
    });
    m_pages.setMinimumPx(options.pageMinPx);
    m_navigator.setPages(&m_pages);
    m_navigator.setReading(&m_prompter);
    applyMirrorOption();
    // The prompter's log and the speech used go to today's meeting, if one is open.
    m_meetingLink = new MeetingLink(m_dataDir, &m_prompter, &m_session, this);
    m_admin = new AdminGate(QDir(m_dataDir).filePath(QStringLiteral("admin-pin.json")), this);
    trackResume();
}

namespace {

QString stateKey(PrompterController::State s)
{
    switch (s) {
    case PrompterController::Idle: return QStringLiteral("idle");
    case PrompterController::Countdown: return QStringLiteral("countdown");
    case PrompterController::Running: return QStringLiteral("running");
    case PrompterController::Paused: return QStringLiteral("paused");
    case PrompterController::Finished: return QStringLiteral("finished");
    }
    return {};
}

} // namespace

// Where the kiosk is, kept at most a second old (ResumeWriter), so that a
// crash or a power cut costs nothing but a restart.
void Application::trackResume()
{
    if (m_options.selfTest())
        return; // a self-test is no session to come back to
    m_resume = new ResumeWriter(QDir(m_dataDir).filePath(QStringLiteral("resume.json")), this);
    auto update = [this] {
        if (m_restoring || m_session.status() != SpeechSession::Ready)
            return;
        ResumePoint p;
        p.speech = m_session.fingerprint();
        p.position = m_prompter.position();
        p.speed = m_prompter.speed();
        p.page = m_navigator.page();
        p.state = stateKey(m_prompter.state());
        p.meetingId = m_meetingLink->meetingId();
        p.savedAt = QDateTime::currentDateTime();
        m_resume->update(p);
    };
    connect(&m_prompter, &ReadingPosition::positionChanged, this, update);
    connect(&m_prompter, &PrompterController::stateChanged, this, update);
    connect(&m_prompter, &PrompterController::speedChanged, this, update);
    connect(&m_navigator, &PageNavigator::pageChanged, this, update);
    connect(&m_session, &SpeechSession::loaded, this, &Application::resumeIfLeftOff);
}

void Application::resumeIfLeftOff()
{
    QString problem;
    const std::optional<ResumePoint> p = ResumeWriter::read(QDir(m_dataDir).filePath(QStringLiteral("resume.json")), &problem);
    if (!problem.isEmpty())
        qCWarning(lcResume).noquote() << problem;
    // Only the same speech, left in the middle: a finished or unstarted one starts at the top.
    if (!p || p->speech != m_session.fingerprint() || p->position <= 0 || p->state == u"finished")
        return;
    m_restoring = true;
    if (p->speed > 0)
        m_prompter.setSpeed(p->speed);
    m_prompter.setPosition(p->position); // paused: the speaker starts it again
    if (m_options.mode() == AppOptions::Paged)
        m_navigator.setPage(p->page);
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

Application::~Application() = default;

void Application::loadSpeech()
{
    m_session.setSource(m_options.speechPath());
}

void Application::attachTo(QQmlEngine *engine)
{
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
