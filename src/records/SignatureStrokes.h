#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace lectern::records {

// A signature as the sign-in pad keeps it: strokes of points with their time,
// as vectors (they scale to any print size, and the timing stays as
// evidence). Stored as JSON: {"w": padWidth, "h": padHeight,
// "strokes": [[[x, y, ms], …], …]}.
struct SignaturePoint
{
    QPointF at;
    qint64 ms = 0;
};
struct SignatureStrokes
{
    double width = 0;
    double height = 0;
    QList<QList<SignaturePoint>> strokes;

    bool isEmpty() const { return strokes.isEmpty(); }
    QByteArray toJson() const;
    static SignatureStrokes fromJson(const QByteArray &json); // empty when it is not a signature
};

// Draws the strokes into `box`, scaled to fit and centred, with a pen in
// proportion to the box.
void drawSignature(QPainter &painter, const QRectF &box, const SignatureStrokes &signature);

} // namespace lectern::records
