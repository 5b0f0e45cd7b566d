#pragma once

#include <QObject>
#include <QPointer>
#include <QScreen>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// Lets QML tooling know QScreen, which ScreenLayout hands out.
struct ForeignScreen
{
    Q_GADGET
    QML_FOREIGN(QScreen)
    QML_ANONYMOUS
};

// The screens the kiosk can use, and which one the speaker's window goes to.
// Screens come and go (a projector cable is pulled mid-meeting): `count` and
// `speakerScreen` change at once, and the windows bound to them follow.
class ScreenLayout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY screensChanged)
    Q_PROPERTY(QScreen *operatorScreen READ operatorScreen NOTIFY screensChanged)
    Q_PROPERTY(QScreen *speakerScreen READ speakerScreen NOTIFY screensChanged)
    // The speaker screen's geometry in virtual-desktop coordinates (ints: QML tooling knows no QRect).
    Q_PROPERTY(int speakerX READ speakerX NOTIFY screensChanged)
    Q_PROPERTY(int speakerY READ speakerY NOTIFY screensChanged)
    Q_PROPERTY(int speakerWidth READ speakerWidth NOTIFY screensChanged)
    Q_PROPERTY(int speakerHeight READ speakerHeight NOTIFY screensChanged)
    // With a third screen, the audience's projector: the paged display there
    // follows the speaker's reading position.
    Q_PROPERTY(bool hasProjector READ hasProjector NOTIFY screensChanged)
    Q_PROPERTY(QScreen *projectorScreen READ projectorScreen NOTIFY screensChanged)
    Q_PROPERTY(int projectorX READ projectorX NOTIFY screensChanged)
    Q_PROPERTY(int projectorY READ projectorY NOTIFY screensChanged)
    Q_PROPERTY(int projectorWidth READ projectorWidth NOTIFY screensChanged)
    Q_PROPERTY(int projectorHeight READ projectorHeight NOTIFY screensChanged)

public:
    explicit ScreenLayout(QObject *parent = nullptr);

    int count() const;
    QScreen *operatorScreen() const; // the primary screen
    QScreen *speakerScreen() const;  // the first other screen; the primary one if alone
    QRect speakerGeometry() const;   // in virtual-desktop coordinates
    int speakerX() const { return speakerGeometry().x(); }
    int speakerY() const { return speakerGeometry().y(); }
    int speakerWidth() const { return speakerGeometry().width(); }
    int speakerHeight() const { return speakerGeometry().height(); }
    bool hasProjector() const { return count() >= 3; }
    // Screen n (1 = the primary, then left to right); the primary when there is no such screen.
    Q_INVOKABLE QScreen *screenAt(int number) const;
    // Its geometry in virtual-desktop coordinates (ints: QML tooling knows no QRect).
    // At shutdown the screens go before the windows: no screen, a default size.
    Q_INVOKABLE int screenX(int number) const { return geometryOf(screenAt(number)).x(); }
    Q_INVOKABLE int screenY(int number) const { return geometryOf(screenAt(number)).y(); }
    Q_INVOKABLE int screenWidth(int number) const { return geometryOf(screenAt(number)).width(); }
    Q_INVOKABLE int screenHeight(int number) const { return geometryOf(screenAt(number)).height(); }
    QScreen *projectorScreen() const; // the second non-primary screen; the speaker's if none
    QRect projectorGeometry() const;
    int projectorX() const { return projectorGeometry().x(); }
    int projectorY() const { return projectorGeometry().y(); }
    int projectorWidth() const { return projectorGeometry().width(); }
    int projectorHeight() const { return projectorGeometry().height(); }

signals:
    void screensChanged();

private:
    static QRect geometryOf(const QScreen *screen) { return screen ? screen->geometry() : QRect(0, 0, 1920, 1080); }
};

} // namespace lectern
