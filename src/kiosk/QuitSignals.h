#pragma once

#include <QObject>

class QSocketNotifier;

namespace lectern {

// SIGTERM (systemd, a shutdown, `kill`), SIGINT (Ctrl+C) and SIGHUP (the
// terminal gone) are a request to quit, not a crash: the kiosk stops and
// closes the recording, saves its place and closes the database as when the
// administrator quits. A signal handler may do almost nothing, so it only
// writes the signal's number into a socket pair (the self-pipe pattern); the
// event loop reads it and says quitRequested. SIGKILL and power cuts cannot
// be caught: resume and repair are for those.
class QuitSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitSignals(QObject *parent = nullptr); // one at a time, per process
    ~QuitSignals() override;                         // the signals' default actions back

    bool installed() const { return m_notifier != nullptr; }
    static QString name(int signal); // "SIGTERM"

signals:
    void quitRequested(int signal);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lectern
