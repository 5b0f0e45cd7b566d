#pragma once

#include <QByteArray>
#include <QString>

namespace lectern::lan {

// The room's secret for the sign-in codes: 32 random bytes in
// <data>/lan-secret (readable by the kiosk's user only), made on first use.
// The kiosk and `lectern lan url` read the same file, so the address the
// command prints is the one the screen shows. Empty, with *error set, when
// it can be neither read nor made.
QByteArray roomSecret(const QString &dataDir, QString *error = nullptr);

} // namespace lectern::lan
