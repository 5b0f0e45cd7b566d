#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

namespace lectern {

class AgendaController;
class DatabaseWatcher;
class LanService;
class MeetingStore;
class PageNavigator;
class PrompterController;

// What the operator's remotes see and do: the kiosk's state as one JSON
// object (the prompter's state, speed, timers, section, the current and
// next sentence; the agenda's item now and next with its clock; the
// meeting's counts; the time), sent to the room's server when something in
// it changes, at most four times a second, and each second while a remote
// is connected (its clocks run); and a paired remote's commands applied to
// the prompter, the projection and the agenda. Nothing is built while the
// room's server is off.
class RemoteStatus : public QObject
{
    Q_OBJECT

public:
    RemoteStatus(PrompterController &prompter, PageNavigator &projection, AgendaController &agenda, LanService &lan,
                 QObject *parent = nullptr);
    ~RemoteStatus() override;
    void setStore(std::shared_ptr<MeetingStore> store);

    QByteArray state() const;            // the JSON sent
    void apply(const QString &command);  // start, pause, toggle, faster, …

private:
    void changed();
    void send();
    void countsChanged();
    void watchCounts();

    PrompterController &m_prompter;
    PageNavigator &m_projection;
    AgendaController &m_agenda;
    LanService &m_lan;
    std::shared_ptr<MeetingStore> m_store;
    std::unique_ptr<DatabaseWatcher> m_watcher;
    int m_expected = 0;
    int m_present = 0;
    QTimer m_soon;   // a change: sent within 250 ms, once for a burst
    QTimer m_second; // the clocks, while a remote is connected
};

} // namespace lectern
