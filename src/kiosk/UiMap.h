#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace lectern {

// Where the named controls are on the screen, for the end-to-end test: when
// LECTERN_UI_MAP names a file, every visible item with an objectName is
// written there as {"name": [x, y, width, height]} in screen pixels (and the
// text, for an item that has one: [x, y, width, height, text]), again
// whenever it changes. The test then taps a button by its name, as an
// accessibility tree would let it, instead of by guessed coordinates.
// Without the variable it does nothing.
class UiMap : public QObject
{
    Q_OBJECT

public:
    explicit UiMap(const QString &path, QObject *parent = nullptr);

private:
    void write();

    QString m_path;
    QByteArray m_last;
    QTimer m_timer;
};

} // namespace lectern
