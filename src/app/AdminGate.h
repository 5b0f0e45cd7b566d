#pragma once

#include "AdminPin.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The administrator's PIN as the screens use it (App.admin): whether one is
// set, setting the first one, checking one, and how long a wrong one makes
// the next try wait. What it guards asks it first: leaving the kiosk today;
// settings, exports and the console as they come.
class AdminGate : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Application has the one gate")
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)

public:
    enum Result { Right, Wrong, Waiting, BadFormat, Failed };
    Q_ENUM(Result)

    explicit AdminGate(const QString &pinFile, QObject *parent = nullptr);

    bool pinSet() const { return m_pin.isSet(); }
    Q_INVOKABLE lectern::AdminGate::Result check(const QString &pin);
    // The first PIN (none set yet): 4–12 digits.
    Q_INVOKABLE lectern::AdminGate::Result setFirstPin(const QString &pin);
    Q_INVOKABLE int secondsToWait() const { return m_pin.secondsToWait(); }

signals:
    void pinSetChanged();

private:
    AdminPin m_pin;
};

} // namespace lectern
