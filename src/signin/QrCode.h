#pragma once

#include <QQuickPaintedItem>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// A QR code of `text` (libqrencode, error correction M), black modules on
// white with the standard quiet zone of four modules, drawn square and
// centred, each module a whole number of pixels so a phone's camera reads it
// from across the room. Empty text draws nothing.
class QrCode : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged) // per side, without the quiet zone (0: none)

public:
    explicit QrCode(QQuickItem *parent = nullptr);
    QString text() const { return m_text; }
    void setText(const QString &text);
    int modules() const { return m_size; }
    void paint(QPainter *painter) override;

    // The modules of a code for `text` (row by row, true = dark), and its size; empty when it cannot be made.
    static QVector<bool> encode(const QString &text, int *size);

signals:
    void textChanged();

private:
    QString m_text;
    QVector<bool> m_dark;
    int m_size = 0;
};

} // namespace lectern
