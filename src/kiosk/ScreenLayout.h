#pragma once

#include <QObject>
#include <QPointer>
#include <QScreen>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

#include "ScreenRoles.h"

namespace lectern {

// Lets QML tooling know QScreen, which ScreenLayout hands out.
struct ForeignScreen
{
    Q_GADGET
    QML_FOREIGN(QScreen)
    QML_ANONYMOUS
};

// The screens the kiosk can use and what each is for (ScreenRoles): the
// console's (the main window), the speaker's, the room's projection, a
// sign-in screen. Roles come from `roles` (what this machine remembers, by
// screen key; App.screenRoles) and otherwise as always: the primary screen
// for the console, then left to right. Screens come and go (a projector cable
// is pulled mid-meeting): everything here changes at once, and the windows
// bound to it follow; a role whose screen is gone has no window.
class ScreenLayout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY screensChanged)
    // Screen key → role key ("console", "prompter", "projection", "signin").
    Q_PROPERTY(QVariantMap roles READ roles WRITE setRoles NOTIFY screensChanged)
    // Every connected screen for the settings: {key, label, role, x, y, width, height}, left to right.
    Q_PROPERTY(QVariantList screens READ screens NOTIFY screensChanged)
    // The console's screen: where the main window goes unless --screen says otherwise.
    Q_PROPERTY(int mainX READ mainX NOTIFY screensChanged)
    Q_PROPERTY(int mainY READ mainY NOTIFY screensChanged)
    Q_PROPERTY(int mainWidth READ mainWidth NOTIFY screensChanged)
    Q_PROPERTY(int mainHeight READ mainHeight NOTIFY screensChanged)
    // A screen for the speaker's teleprompter besides the console's.
    Q_PROPERTY(bool hasSpeaker READ hasSpeaker NOTIFY screensChanged)
    // A screen chosen for sign-in at the door, with its own window.
    Q_PROPERTY(bool hasSignin READ hasSignin NOTIFY screensChanged)
    Q_PROPERTY(QScreen *signinScreen READ signinScreen NOTIFY screensChanged)
    Q_PROPERTY(int signinX READ signinX NOTIFY screensChanged)
    Q_PROPERTY(int signinY READ signinY NOTIFY screensChanged)
    Q_PROPERTY(int signinWidth READ signinWidth NOTIFY screensChanged)
    Q_PROPERTY(int signinHeight READ signinHeight NOTIFY screensChanged)
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
    QVariantMap roles() const { return m_roles; }
    void setRoles(const QVariantMap &roles);
    QVariantList screens() const;
    QScreen *operatorScreen() const; // the console's screen (the primary one unless chosen otherwise)
    QScreen *speakerScreen() const;  // the speaker's; the console's when there is none
    bool hasSpeaker() const;
    int mainX() const { return geometryOf(operatorScreen()).x(); }
    int mainY() const { return geometryOf(operatorScreen()).y(); }
    int mainWidth() const { return geometryOf(operatorScreen()).width(); }
    int mainHeight() const { return geometryOf(operatorScreen()).height(); }
    bool hasSignin() const;
    QScreen *signinScreen() const; // the console's when there is none
    int signinX() const { return geometryOf(signinScreen()).x(); }
    int signinY() const { return geometryOf(signinScreen()).y(); }
    int signinWidth() const { return geometryOf(signinScreen()).width(); }
    int signinHeight() const { return geometryOf(signinScreen()).height(); }
    // The same monitor on the same port: its name, maker and model.
    static QString screenKey(const QScreen *screen);
    // Each role's screen now, as indices into QGuiApplication::screens(), from
    // the roles kept (screen key → role key) and the usual placement.
    static RoleAssignment assignmentNow(const QVariantMap &roles);
    QRect speakerGeometry() const;   // in virtual-desktop coordinates
    int speakerX() const { return speakerGeometry().x(); }
    int speakerY() const { return speakerGeometry().y(); }
    int speakerWidth() const { return speakerGeometry().width(); }
    int speakerHeight() const { return speakerGeometry().height(); }
    bool hasProjector() const;
    // Screen n (1 = the primary, then left to right); the primary when there is no such screen.
    Q_INVOKABLE QScreen *screenAt(int number) const;
    // Its geometry in virtual-desktop coordinates (ints: QML tooling knows no QRect).
    // At shutdown the screens go before the windows: no screen, a default size.
    Q_INVOKABLE int screenX(int number) const { return geometryOf(screenAt(number)).x(); }
    Q_INVOKABLE int screenY(int number) const { return geometryOf(screenAt(number)).y(); }
    Q_INVOKABLE int screenWidth(int number) const { return geometryOf(screenAt(number)).width(); }
    Q_INVOKABLE int screenHeight(int number) const { return geometryOf(screenAt(number)).height(); }
    QScreen *projectorScreen() const; // the projection's; the speaker's if none
    QRect projectorGeometry() const;
    int projectorX() const { return projectorGeometry().x(); }
    int projectorY() const { return projectorGeometry().y(); }
    int projectorWidth() const { return projectorGeometry().width(); }
    int projectorHeight() const { return projectorGeometry().height(); }

signals:
    void screensChanged();

private:
    QScreen *screenFor(int role) const; // of a ScreenRole; nullptr when none
    QVariantMap m_roles;
    static QRect geometryOf(const QScreen *screen) { return screen ? screen->geometry() : QRect(0, 0, 1920, 1080); }
};

} // namespace lectern
