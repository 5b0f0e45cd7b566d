#include "ScreenLayout.h"

#include <QGuiApplication>

#include <algorithm>

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

namespace {

// The screens other than the operator's, left to right (then top to bottom):
// the nearest one is the speaker's, the next the projector's.
QList<QScreen *> otherScreens()
{
    QList<QScreen *> others;
    for (QScreen *s : QGuiApplication::screens())
        if (s != QGuiApplication::primaryScreen())
            others.append(s);
    std::stable_sort(others.begin(), others.end(), [](QScreen *a, QScreen *b) {
        return std::pair(a->geometry().x(), a->geometry().y()) < std::pair(b->geometry().x(), b->geometry().y());
    });
    return others;
}

} // namespace

QScreen *ScreenLayout::screenAt(int number) const
{
    if (number <= 1)
        return operatorScreen();
    const QList<QScreen *> others = otherScreens();
    return number - 2 < others.size() ? others[number - 2] : operatorScreen();
}

QScreen *ScreenLayout::projectorScreen() const
{
    const QList<QScreen *> others = otherScreens();
    return others.size() >= 2 ? others[1] : speakerScreen();
}

QRect ScreenLayout::projectorGeometry() const
{
    return geometryOf(projectorScreen());
}

QRect ScreenLayout::speakerGeometry() const
{
    return geometryOf(speakerScreen());
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
    const QList<QScreen *> others = otherScreens();
    return others.isEmpty() ? QGuiApplication::primaryScreen() : others.first();
}

} // namespace lectern
