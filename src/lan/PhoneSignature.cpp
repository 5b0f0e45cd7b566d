#include "PhoneSignature.h"

#include "records/SignatureStrokes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace lectern::lan {
namespace {
constexpr int kMaxStrokes = 200;
constexpr int kMaxPoints = 20'000;
}

QByteArray signatureFromPhone(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonArray strokes = o.value(QStringLiteral("strokes")).toArray();
    if (strokes.isEmpty() || strokes.size() > kMaxStrokes)
        return {};
    records::SignatureStrokes s;
    int points = 0;
    double right = 0;
    double bottom = 0;
    for (const QJsonValue &strokeValue : strokes) {
        const QJsonArray stroke = strokeValue.toArray();
        QList<records::SignaturePoint> out;
        for (const QJsonValue &pv : stroke) {
            const QJsonArray p = pv.toArray();
            if (p.size() < 2 || p.size() > 3 || !p[0].isDouble() || !p[1].isDouble() || (p.size() == 3 && !p[2].isDouble()))
                return {};
            const double x = p[0].toDouble();
            const double y = p[1].toDouble();
            const double t = p.size() == 3 ? p[2].toDouble() : 0;
            if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(t) || x < 0 || y < 0 || x > 1e5 || y > 1e5 || t < 0 || t > 1e9)
                return {};
            if (++points > kMaxPoints)
                return {};
            right = std::max(right, x);
            bottom = std::max(bottom, y);
            out.append({QPointF(x, y), qint64(t)});
        }
        if (!out.isEmpty())
            s.strokes.append(out);
    }
    if (points < 2)
        return {}; // a tap is not a signature
    // The canvas's size when the phone says it (and it holds the strokes), else the strokes' own extent.
    const double w = o.value(QStringLiteral("w")).toDouble();
    const double h = o.value(QStringLiteral("h")).toDouble();
    s.width = (std::isfinite(w) && w >= right && w > 0 && w <= 1e5) ? w : std::max(1.0, right);
    s.height = (std::isfinite(h) && h >= bottom && h > 0 && h <= 1e5) ? h : std::max(1.0, bottom);
    return s.toJson();
}

} // namespace lectern::lan
