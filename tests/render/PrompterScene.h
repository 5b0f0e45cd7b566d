#pragma once

// The prompter as the kiosk draws it, in a 1920×1080 window of its own, for
// the render tests that measure it (tst_framecost, tst_idleframes): the
// Application's controller, speech and view state, the kiosk's QML module.
#include "app/Application.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <memory>

namespace lectern::test {

struct PrompterScene
{
    QQmlEngine engine;
    std::unique_ptr<QObject> root;
    QQuickWindow *window = nullptr;
    QString error;

    // Builds and shows the window; false (and `error`) when the QML did not load.
    bool load(Application &app)
    {
        app.attachTo(&engine);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData(R"(
import QtQuick
import QtQuick.Window
import Lectern
Window {
    width: 1920; height: 1080; visible: true; color: "black"
    PrompterView { anchors.fill: parent; controller: App.prompter; model: App.session.model; viewState: App.prompterView }
}
)", QUrl(QStringLiteral("qrc:/test/Scene.qml")));
        root.reset(component.create());
        window = qobject_cast<QQuickWindow *>(root.get());
        error = component.errorString();
        return window != nullptr;
    }
};

} // namespace lectern::test
