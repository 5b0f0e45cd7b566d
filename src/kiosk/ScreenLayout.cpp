#include "ScreenLayout.h"

#include <QGuiApplication>

namespace lectern {

ScreenLayout::ScreenLayout(QObject *parent) : QObject(parent)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &ScreenLayout::screensChanged);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &ScreenLayout::screensChanged);
    connect(qGuiApp, &QGuiApplication::primaryScreenChanged, this, &ScreenLayout::screensChanged);
    // A screen that changes resolution or position moves the speaker's window too.
    auto watch = [this](QScreen *s) { connect(s, &QScreen::geometryChanged, this, &ScreenLayout::screensChanged); };
    for (QScreen *s : QGuiApplication::screens())
        watch(s);
    connect(qGuiApp, &QGuiApplication::screenAdded, this, watch);
}

QRect ScreenLayout::speakerGeometry() const
{
    QScreen *s = speakerScreen();
    return s ? s->geometry() : QRect(0, 0, 1280, 720);
}

int ScreenLayout::count() const
{
    return int(QGuiApplication::screens().size());
}

QScreen *ScreenLayout::operatorScreen() const
{
    return QGuiApplication::primaryScreen();
}

QScreen *ScreenLayout::speakerScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *s : screens)
        if (s != QGuiApplication::primaryScreen())
            return s;
    return QGuiApplication::primaryScreen();
}

} // namespace lectern
