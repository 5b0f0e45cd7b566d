#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace lectern::lan {

// The phone's strokes ({"w", "h", "strokes": [[[x, y, ms], …], …]}, sizes
// optional) as the door keeps a signature; empty when they are not one (no
// stroke of two points, too many points, numbers that are not numbers).
QByteArray signatureFromPhone(const QJsonValue &value);

} // namespace lectern::lan
