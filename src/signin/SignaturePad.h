#pragma once

#include "records/SignatureStrokes.h"

#include <QElapsedTimer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// Where a person signs with a finger (or the mouse): the strokes are kept as
// vectors with their timing (records::SignatureStrokes), drawn as they come.
class SignaturePad : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    Q_PROPERTY(QColor ink READ ink WRITE setInk NOTIFY inkChanged)

public:
    explicit SignaturePad(QQuickItem *parent = nullptr);

    bool isEmpty() const { return m_strokes.strokes.isEmpty(); }
    QColor ink() const { return m_ink; }
    void setInk(const QColor &ink);

    Q_INVOKABLE void clear();
    // The strokes as stored with a sign-in ("" when nothing was drawn).
    Q_INVOKABLE QString toJson() const;

    void paint(QPainter *painter) override;

signals:
    void changed();
    void inkChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void touchEvent(QTouchEvent *event) override;

private:
    void begin(const QPointF &at);
    void extend(const QPointF &at);
    records::SignatureStrokes m_strokes;
    QElapsedTimer m_clock; // from the first touch
    bool m_drawing = false;
    QColor m_ink = Qt::black;
};

} // namespace lectern
