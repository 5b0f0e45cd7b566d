// Lectern (讲台): a thin entry point. Headless commands go to the CLI, options
// alone start the kiosk; all logic lives in the layers under src/.
#include "cli/Cli.h"
#include "kiosk/KioskApp.h"
#include "kiosk/QmlPlugins.h"
#include "kiosk/RenderingBackend.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    switch (lectern::cli::classify(args)) {
    case lectern::cli::Invocation::Kiosk:
        return lectern::runKiosk(argc, argv);
    case lectern::cli::Invocation::DrawingCommand: {
        // Headless scripts have no display: the offscreen platform still has every font.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        lectern::chooseRenderingBackend();
        QGuiApplication app(argc, argv);
        lectern::installTranslations(app);
        return lectern::cli::run(QCoreApplication::arguments());
    }
    case lectern::cli::Invocation::Command:
    case lectern::cli::Invocation::Unknown: // a usage error, without a display
        break;
    }
    QCoreApplication app(argc, argv);
    lectern::installTranslations(app);
    return lectern::cli::run(QCoreApplication::arguments());
}
