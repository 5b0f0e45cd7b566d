#pragma once

#include "AdminGate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The PIN being typed on the administrator's keypad, and the rules of typing
// it (the dialog only draws it): 4–12 digits (AdminPin's rule), the first
// PIN typed twice, and after a wrong one a live count of the seconds before
// the next try is taken — keys pressed meanwhile are refused, not queued.
class PinEntry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(lectern::AdminGate *gate READ gate WRITE setGate NOTIFY gateChanged)
    Q_PROPERTY(int length READ length NOTIFY changed)           // digits typed so far (shown as dots)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool setting READ setting NOTIFY changed)         // no PIN yet: this one sets it
    Q_PROPERTY(int secondsToWait READ secondsToWait NOTIFY changed)
    // A wrong PIN's wait is running: the keypad takes nothing (not while setting the first PIN).
    Q_PROPERTY(bool waiting READ waiting NOTIFY changed)

public:
    explicit PinEntry(QObject *parent = nullptr);

    AdminGate *gate() const { return m_gate; }
    void setGate(AdminGate *gate);
    int length() const { return int(m_entered.size()); }
    QString message() const;
    bool setting() const { return m_gate && !m_gate->pinSet(); }
    int secondsToWait() const { return m_gate ? m_gate->secondsToWait() : 0; }
    bool waiting() const { return secondsToWait() > 0 && !setting(); }

    // A key of the keypad: "0"…"9", "del" or "ok".
    Q_INVOKABLE void press(const QString &key);
    // A fresh start, as the dialog opens or closes.
    Q_INVOKABLE void reset();

signals:
    void granted();
    void changed();
    void gateChanged();

private:
    void submit();
    void say(const QString &message);
    void tick();

    QPointer<AdminGate> m_gate;
    QString m_entered;
    QString m_first;   // the first of the two typings of a new PIN
    QString m_message;
    bool m_waitMessage = false; // the message is the count of seconds to wait
    QTimer m_countdown;
};

} // namespace lectern
