#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

namespace lectern {

namespace {
constexpr int kQuiet = 4; // modules of white around the code, as the standard asks
}

QrCode::QrCode(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

QVector<bool> QrCode::encode(const QString &text, int *size)
{
    *size = 0;
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    QVector<bool> dark(code->width * code->width);
    for (int i = 0; i < dark.size(); ++i)
        dark[i] = code->data[i] & 1;
    *size = code->width;
    QRcode_free(code);
    return dark;
}

void QrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_dark = encode(text, &m_size);
    update();
    emit textChanged();
}

void QrCode::paint(QPainter *painter)
{
    if (m_size == 0)
        return;
    const int total = m_size + 2 * kQuiet;
    const int side = int(std::min(width(), height()));
    const int module = side / total; // whole pixels: a blurred edge is harder to read
    if (module < 1)
        return;
    const int drawn = module * total;
    const int x0 = (int(width()) - drawn) / 2;
    const int y0 = (int(height()) - drawn) / 2;
    painter->fillRect(x0, y0, drawn, drawn, Qt::white);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (m_dark[y * m_size + x])
                painter->fillRect(x0 + (kQuiet + x) * module, y0 + (kQuiet + y) * module, module, module, Qt::black);
}

} // namespace lectern
