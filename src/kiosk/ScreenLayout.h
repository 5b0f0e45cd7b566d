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

signals:
    void screensChanged();
};

} // namespace lectern
