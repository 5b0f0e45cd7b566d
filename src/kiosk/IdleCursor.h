#pragma once

#include <QObject>
#include <QTimer>

namespace lectern {

// A kiosk shows no mouse pointer over the speech: the cursor hides after
// `idleMs` without mouse movement and comes back at the first movement or
// touch of the mouse. Installed on the application (every window).
class IdleCursor : public QObject
{
    Q_OBJECT

public:
    explicit IdleCursor(int idleMs = 3000, QObject *parent = nullptr);
    ~IdleCursor() override;
    bool hidden() const { return m_hidden; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hide();
    void show();
    QTimer m_timer;
    bool m_hidden = false;
};

} // namespace lectern
