#include "PinEntry.h"

#include "AdminPin.h"

namespace lectern {

PinEntry::PinEntry(QObject *parent) : QObject(parent)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &PinEntry::tick);
}

void PinEntry::setGate(AdminGate *gate)
{
    if (m_gate == gate)
        return;
    if (m_gate)
        disconnect(m_gate, nullptr, this, nullptr);
    m_gate = gate;
    if (m_gate)
        connect(m_gate, &AdminGate::pinSetChanged, this, &PinEntry::changed);
    emit gateChanged();
    emit changed();
}

QString PinEntry::message() const
{
    if (m_waitMessage)
        return secondsToWait() > 0 ? tr("Wrong PIN; next try in %1 s").arg(secondsToWait()) : QString();
    return m_message;
}

void PinEntry::say(const QString &message)
{
    m_message = message;
    m_waitMessage = false;
    emit changed();
}

void PinEntry::reset()
{
    m_entered.clear();
    m_first.clear();
    m_message.clear();
    m_waitMessage = secondsToWait() > 0; // a wait still running is shown as the dialog opens
    if (m_waitMessage)
        m_countdown.start();
    emit changed();
}

void PinEntry::press(const QString &key)
{
    if (waiting())
        return; // refused, not queued: the count on screen says why
    if (key == u"ok") {
        submit();
    } else if (key == u"del") {
        m_entered.chop(1);
        emit changed();
    } else if (key.size() == 1 && key.front().isDigit() && m_entered.size() < AdminPin::kMaxDigits) {
        m_entered += key;
        emit changed();
    }
}

void PinEntry::submit()
{
    if (!m_gate)
        return;
    const QString pin = std::exchange(m_entered, QString());
    if (setting()) {
        if (m_first.isEmpty()) {
            if (!AdminPin::wellFormed(pin))
                return say(tr("A PIN has %1 to %2 digits").arg(AdminPin::kMinDigits).arg(AdminPin::kMaxDigits));
            m_first = pin;
            return say(tr("Type the same PIN again"));
        }
        if (pin != std::exchange(m_first, QString()))
            return say(tr("The two PINs differ; start again"));
        if (m_gate->setFirstPin(pin) != AdminGate::Right)
            return say(tr("The PIN could not be set"));
        say(QString());
        emit granted();
        return;
    }
    switch (m_gate->check(pin)) {
    case AdminGate::Right:
        say(QString());
        emit granted();
        return;
    case AdminGate::Waiting:
    case AdminGate::Wrong:
        m_waitMessage = true;
        m_countdown.start();
        emit changed();
        return;
    default:
        say(tr("The PIN could not be checked"));
    }
}

void PinEntry::tick()
{
    if (secondsToWait() <= 0) {
        m_countdown.stop();
        m_waitMessage = false;
        m_message.clear();
    }
    emit changed();
}

} // namespace lectern
