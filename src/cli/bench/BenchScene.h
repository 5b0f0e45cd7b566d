#pragma once

#include <QList>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace lectern::bench {

// What the benchmarks on a real window share.

// Waits until the window has drawn a frame after whatever was just changed.
void waitForFrame(QQuickWindow *window);
// A speech of about `utf8Bytes` (SyntheticSpeech) written into `dir` as `name`.
QString writeSpeech(const QTemporaryDir &dir, qsizetype utf8Bytes, const char *name);
double percentile(QList<double> values, double p);

// A benchmark scene: a window built from QML text, with the Lectern module.
struct Scene
{
    QQmlEngine engine;
    std::unique_ptr<QObject> root;
    QQuickWindow *window = nullptr;
    QString error;

    // `prepare` runs on the engine before the scene is made (an App to attach).
    Scene(const char *qml, const char *name, const std::function<void(QQmlEngine &)> &prepare = {})
    {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        if (prepare)
            prepare(engine);
        QQmlComponent component(&engine);
        component.setData(qml, QUrl(QStringLiteral("qrc:/bench/") + QLatin1String(name)));
        root.reset(component.create());
        window = qobject_cast<QQuickWindow *>(root.get());
        if (!window)
            error = component.errorString();
    }
    QObject *child(const char *property) const { return root->property(property).value<QObject *>(); }
};


} // namespace lectern::bench
