#include "AdminGate.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAdmin, "lectern.admin")

namespace lectern {

AdminGate::AdminGate(const QString &pinFile, QObject *parent) : QObject(parent), m_pin(pinFile) {}

AdminGate::Result AdminGate::check(const QString &pin)
{
    switch (m_pin.check(pin)) {
    case AdminPin::Check::Right:
        qCInfo(lcAdmin) << "administrator PIN accepted";
        return Right;
    case AdminPin::Check::Waiting: return Waiting;
    case AdminPin::Check::NotSet: return Failed;
    case AdminPin::Check::Wrong:
        qCWarning(lcAdmin) << "a wrong administrator PIN; next try in" << m_pin.secondsToWait() << "s";
        return Wrong;
    }
    return Failed;
}

AdminGate::Result AdminGate::setFirstPin(const QString &pin)
{
    if (m_pin.isSet())
        return Failed; // changing it needs the current one (settings, to come)
    switch (m_pin.set(pin)) {
    case AdminPin::SetResult::Done:
        qCInfo(lcAdmin) << "administrator PIN set";
        emit pinSetChanged();
        return Right;
    case AdminPin::SetResult::BadFormat: return BadFormat;
    default: return Failed;
    }
}

} // namespace lectern
