#include "Application.h"

#include "MeetingLink.h"

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
