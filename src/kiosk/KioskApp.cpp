#include "KioskApp.h"

#include "AppOptions.h"
#include "PrompterSettings.h"
#include "RenderingBackend.h"
#include "SelfTest.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTextStream>

namespace lectern {

int runKiosk(int argc, char **argv)
{
    QElapsedTimer sinceStart; // start-up time is a benchmark figure (docs/benchmarks.md)
    sinceStart.start();
    chooseRenderingBackend();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("lectern"));
    QGuiApplication::setOrganizationName(QStringLiteral("Lectern"));

    QCommandLineParser parser;
    QCommandLineOption speech(QStringLiteral("speech"), QStringLiteral("Speech file (.txt, .docx, .md)."), QStringLiteral("FILE"));
    QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("Run in a window instead of full screen."));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN (default) or en."), QStringLiteral("LANG"));
    QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load the interface and the speech, check them, and quit."));
    QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("reader (default), prompter or paged."), QStringLiteral("MODE"),
                            QStringLiteral("reader"));
    QCommandLineOption mirror(QStringLiteral("mirror"), QStringLiteral("Start the prompter mirrored (beam-splitter glass)."));
    QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where Lectern keeps its data (default: the user's data directory)."),
                               QStringLiteral("DIR"));
    QCommandLineOption pageMin(QStringLiteral("page-min-px"),
                               QStringLiteral("Smallest body size on projected pages, in pixels of a 1080-high page (default 60)."),
                               QStringLiteral("PX"));
    QCommandLineOption screen(QStringLiteral("screen"),
                              QStringLiteral("Screen for the main window: 1 = primary, then left to right (e.g. the projector for --mode paged)."),
                              QStringLiteral("N"));
    parser.addOptions({speech, windowed, lang, selfTest, mode, mirror, dataDir, pageMin, screen});
    parser.addHelpOption();
    parser.process(app);

    installTranslations(app, parser.value(lang));
    AppOptions *options = AppOptions::instance();
    if (parser.isSet(speech))
        options->setSpeechPath(parser.value(speech));
    options->setWindowed(parser.isSet(windowed) || parser.isSet(selfTest));
    options->setSelfTest(parser.isSet(selfTest));
    if (!AppOptions::isMode(parser.value(mode))) {
        QTextStream(stderr) << QCoreApplication::translate("lectern::KioskApp", "lectern: --mode must be reader, prompter or paged, not %1").arg(parser.value(mode)) << '\n';
        return 2;
    }
    options->setMode(parser.value(mode));
    options->setMirror(parser.isSet(mirror));
    if (parser.isSet(pageMin)) {
        bool ok = false;
        const int px = parser.value(pageMin).toInt(&ok);
        if (!ok || px < 8 || px > 400) {
            QTextStream(stderr) << QCoreApplication::translate("lectern::KioskApp", "lectern: --page-min-px must be a number from 8 to 400") << '\n';
            return 2;
        }
        options->setPageMinPx(px);
    }
    if (parser.isSet(screen)) {
        bool ok = false;
        const int number = parser.value(screen).toInt(&ok);
        if (!ok || number < 1 || number > 16) {
            QTextStream(stderr) << QCoreApplication::translate("lectern::KioskApp", "lectern: --screen must be a screen number from 1") << '\n';
            return 2;
        }
        options->setScreen(number);
    }
    if (parser.isSet(dataDir))
        PrompterSettings::setStorageDirectory(parser.value(dataDir));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Lectern/qml/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("lectern::KioskApp", "lectern: the user interface failed to load") << '\n';
        return 1;
    }
    if (options->selfTest())
        SelfTest::start(engine, [sinceStart] { return sinceStart.elapsed(); });
    return app.exec();
}

} // namespace lectern
