#include "SignaturePad.h"

#include <QPainter>
#include <QPainterPath>

namespace lectern {

SignaturePad::SignaturePad(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setAntialiasing(true);
}

void SignaturePad::setInk(const QColor &ink)
{
    if (ink == m_ink)
        return;
    m_ink = ink;
    emit inkChanged();
    update();
}

void SignaturePad::clear()
{
    if (isEmpty())
        return;
    m_strokes.strokes.clear();
    m_drawing = false;
    emit changed();
    update();
}

QString SignaturePad::toJson() const
{
    if (isEmpty())
        return {};
    records::SignatureStrokes s = m_strokes;
    s.width = width();
    s.height = height();
    return QString::fromUtf8(s.toJson());
}

void SignaturePad::begin(const QPointF &at)
{
    if (!m_clock.isValid())
        m_clock.start();
    const bool wasEmpty = isEmpty();
    m_strokes.strokes.append({{at, m_clock.elapsed()}});
    m_drawing = true;
    if (wasEmpty)
        emit changed();
    update();
}

void SignaturePad::extend(const QPointF &at)
{
    if (!m_drawing || m_strokes.strokes.isEmpty())
        return;
    QList<records::SignaturePoint> &stroke = m_strokes.strokes.last();
    if (QLineF(stroke.last().at, at).length() < 1.5)
        return; // a finger resting: no new point
    stroke.append({at, m_clock.elapsed()});
    update();
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    begin(event->position());
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extend(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    extend(event->position());
    m_drawing = false;
}

void SignaturePad::touchEvent(QTouchEvent *event)
{
    if (event->points().isEmpty())
        return;
    const QEventPoint &p = event->points().first(); // one finger signs
    switch (p.state()) {
    case QEventPoint::Pressed: begin(p.position()); break;
    case QEventPoint::Updated: extend(p.position()); break;
    case QEventPoint::Released:
        extend(p.position());
        m_drawing = false;
        break;
    default: break;
    }
    event->accept();
}

void SignaturePad::paint(QPainter *painter)
{
    records::SignatureStrokes s = m_strokes;
    s.width = width();
    s.height = height();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_ink, std::max(3.0, height() / 60), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const auto &stroke : s.strokes) {
        QPainterPath path(stroke.first().at);
        if (stroke.size() == 1)
            path.lineTo(stroke.first().at + QPointF(0.5, 0.5));
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(stroke[i].at);
        painter->drawPath(path);
    }
}

} // namespace lectern
