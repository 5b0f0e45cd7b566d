// Qt Quick Test runner. Any warning from QML (a binding error, a type error, an
// unknown property) fails the run, even when every TestCase passed.
#include <QQmlContext>
#include <QQmlEngine>
#include "kiosk/QmlPlugins.h"
#include "kiosk/RenderingBackend.h"

#include <QStandardPaths>
#include <QtQuickTest/quicktest.h>

#include <atomic>
#include <cstdio>

namespace {

std::atomic<int> qmlWarnings{0};
QtMessageHandler previousHandler = nullptr;

void countQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "");
    const bool fromQml = category.startsWith("qml") || category.startsWith("js") || category.startsWith("qt.qml")
        || message.contains(QLatin1String(".qml:"));
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml)
        ++qmlWarnings;
    previousHandler(type, context, message);
}

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Which renderer this run asked for (the suite runs on software and on OpenGL).
        engine->rootContext()->setContextProperty(QStringLiteral("lecternRenderer"), qEnvironmentVariable("LECTERN_RENDERER"));
        QObject::connect(engine, &QQmlEngine::warnings, engine, [](const QList<QQmlError> &warnings) {
            qmlWarnings += int(warnings.size());
        });
    }
};

} // namespace

int main(int argc, char **argv)
{
    // Never the user's real settings: App singletons made by tests live in test locations.
    QStandardPaths::setTestModeEnabled(true);
    // The kiosk's drawing path: its renderer and glyph cache.
    lectern::chooseRenderingBackend();
    previousHandler = qInstallMessageHandler(countQmlWarnings);
    Setup setup;
    const int status = quick_test_main_with_setup(argc, argv, "lectern_qml", QUICK_TEST_SOURCE_DIR, &setup);
    if (qmlWarnings > 0) {
        std::fprintf(stderr, "FAIL: %d QML warning(s) during the run\n", qmlWarnings.load());
        return 1;
    }
    return status;
}

#include "tst_qml.moc"
