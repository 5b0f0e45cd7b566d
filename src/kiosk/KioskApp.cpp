#include "KioskApp.h"

#include "IdleCursor.h"
#include "KioskOptions.h"
#include "QuitSignals.h"
#include "RenderingBackend.h"
#include "SelfTest.h"
#include "ServiceNotifier.h"
#include "UiMap.h"
#include "app/Translations.h"
#include "app/Application.h"
#include "app/LogFile.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>

#include <utility>

Q_LOGGING_CATEGORY(lcKiosk, "lectern.kiosk")

namespace lectern {
namespace {

void setIdentity()
{
    QGuiApplication::setApplicationName(QStringLiteral("lectern"));
    QGuiApplication::setOrganizationName(QStringLiteral("Lectern"));
}

// The interface: Main.qml of module Lectern, with `app` as its App singleton.
bool loadInterface(QQmlApplicationEngine &engine, Application &app)
{
    app.attachTo(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(kMainQml));
    return !engine.rootObjects().isEmpty();
}

} // namespace

int runKiosk(int argc, char **argv)
{
    QElapsedTimer sinceStart; // start-up time is a benchmark figure (docs/benchmarks.md)
    sinceStart.start();
    // Options first, before any display is touched: a mistake on the command
    // line is a usage error (exit 2) even where there is no display at all.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Configuration files first (the defaults, the machine's file, --config),
    // the command line over them; a bad setting is said and does not stop the kiosk.
    QStringList configMessages;
    const AppOptions::Values configured = KioskOptions::configured(arguments, &configMessages);
    const KioskOptions::Parsed parsed = KioskOptions::parse(arguments, configured);
    if (parsed.outcome != KioskOptions::Outcome::Run) {
        QCoreApplication core(argc, argv);
        installTranslations(core, parsed.values.language);
        // Parsed again once translated, so that errors and help speak the user's language.
        const KioskOptions::Parsed again = KioskOptions::parse(arguments, configured);
        const bool help = again.outcome == KioskOptions::Outcome::Help;
        QTextStream(help ? stdout : stderr) << again.message << (help ? "" : "\n");
        return help ? 0 : 2;
    }

    chooseRenderingBackend();
    QGuiApplication qapp(argc, argv);
    setIdentity();
    AppOptions::Values values = parsed.values;
    values.language = installTranslations(qapp, values.language);

    Application app(values);
    installLogFile(QDir(app.dataDir()).filePath(QStringLiteral("logs")));
    qCInfo(lcKiosk).noquote() << "started" << QCoreApplication::arguments().join(u' ');
    if (!configMessages.isEmpty()) { // said again, translated now
        configMessages.clear();
        KioskOptions::configured(arguments, &configMessages);
        for (const QString &m : std::as_const(configMessages))
            qCWarning(lcKiosk).noquote() << m;
    }

    app.loadSpeech();
    // Full screen, no pointer over the speech until someone moves the mouse.
    std::unique_ptr<IdleCursor> idleCursor;
    if (!parsed.values.windowed)
        idleCursor = std::make_unique<IdleCursor>();
    QQmlApplicationEngine engine;
    if (!loadInterface(engine, app)) {
        QTextStream(stderr) << QCoreApplication::translate("lectern::KioskApp", "lectern: the user interface failed to load") << '\n';
        return 1;
    }
    std::unique_ptr<UiMap> uiMap;
    if (const QString mapFile = qEnvironmentVariable("LECTERN_UI_MAP"); !mapFile.isEmpty())
        uiMap = std::make_unique<UiMap>(mapFile);
    // Under systemd (lectern-kiosk.service): ready once the first frame is up, then the watchdog's pings.
    ServiceNotifier service;
    service.readyAfterFirstFrame(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    if (app.options()->selfTest())
        SelfTest::start(engine, app, [sinceStart] { return sinceStart.elapsed(); });
    // systemd, a shutdown or an administrator's `kill`: a quit like Ctrl+Q and the PIN.
    QuitSignals quitSignals;
    bool quitting = false;
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &qapp, [&quitting](int signal) {
        if (std::exchange(quitting, true))
            return; // once is enough: the quit is under way
        qCInfo(lcKiosk).noquote() << "asked to quit by" << QuitSignals::name(signal);
        QCoreApplication::quit();
    });
    const int code = qapp.exec();
    service.stopping();
    app.saveOnQuit(); // a quit, not a crash: the next start begins on its own start mode
    return code;
}

} // namespace lectern
