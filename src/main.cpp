// Lectern (讲台): a thin entry point. Headless commands go to the CLI, anything
// else starts the kiosk; all logic lives in lectern_core.
#include "cli/Cli.h"
#include "kiosk/KioskApp.h"
#include "kiosk/RenderingBackend.h"
#include "kiosk/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(LecternPlugin)

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (lectern::cli::needsDisplay(args)) { // commands that measure or draw text: a GUI application
        // Headless scripts have no display: the offscreen platform still has every font.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        lectern::chooseRenderingBackend();
        QGuiApplication app(argc, argv);
        lectern::installTranslations(app);
        return lectern::cli::run(QCoreApplication::arguments());
    }
    if (lectern::cli::isCommand(args)) {
        QCoreApplication app(argc, argv);
        lectern::installTranslations(app);
        return lectern::cli::run(QCoreApplication::arguments());
    }
    return lectern::runKiosk(argc, argv);
}
