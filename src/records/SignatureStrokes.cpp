#include "SignatureStrokes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

namespace lectern::records {

QByteArray SignatureStrokes::toJson() const
{
    QJsonArray strokesJson;
    for (const auto &stroke : strokes) {
        QJsonArray points;
        for (const SignaturePoint &p : stroke)
            points.append(QJsonArray{qRound(p.at.x() * 10) / 10.0, qRound(p.at.y() * 10) / 10.0, p.ms});
        strokesJson.append(points);
    }
    return QJsonDocument(QJsonObject{{"w", width}, {"h", height}, {"strokes", strokesJson}}).toJson(QJsonDocument::Compact);
}

SignatureStrokes SignatureStrokes::fromJson(const QByteArray &json)
{
    SignatureStrokes s;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    s.width = o.value(QStringLiteral("w")).toDouble();
    s.height = o.value(QStringLiteral("h")).toDouble();
    for (const QJsonValue &stroke : o.value(QStringLiteral("strokes")).toArray()) {
        QList<SignaturePoint> points;
        for (const QJsonValue &p : stroke.toArray()) {
            const QJsonArray a = p.toArray();
            if (a.size() >= 2)
                points.append({QPointF(a[0].toDouble(), a[1].toDouble()), qint64(a.size() > 2 ? a[2].toDouble() : 0)});
        }
        if (!points.isEmpty())
            s.strokes.append(points);
    }
    if (s.width <= 0 || s.height <= 0)
        s.strokes.clear();
    return s;
}

void drawSignature(QPainter &painter, const QRectF &box, const SignatureStrokes &signature)
{
    if (signature.isEmpty() || box.isEmpty())
        return;
    const double scale = std::min(box.width() / signature.width, box.height() / signature.height);
    const QPointF origin(box.center().x() - signature.width * scale / 2, box.center().y() - signature.height * scale / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, std::max(1.0, box.height() / 40), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const auto &stroke : signature.strokes) {
        QPainterPath path(origin + stroke.first().at * scale);
        if (stroke.size() == 1)
            path.lineTo(origin + stroke.first().at * scale + QPointF(0.5, 0.5));
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(origin + stroke[i].at * scale);
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace lectern::records
