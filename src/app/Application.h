#pragma once

#include "AdminGate.h"
#include "AppOptions.h"
#include "SpeechSettings.h"
#include "layout/PageModel.h"
#include "layout/PageNavigator.h"
#include "prompter/PrompterController.h"
#include "prompter/PrompterViewState.h"
#include "speech/SpeechSession.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
namespace lectern { class MeetingLink; class ResumeWriter; }
class QJSEngine;

namespace lectern {

// One running Lectern: its options, its data directory and the services every
// screen shares — the speech, the one reading position, the prompter's look,
// the projected pages — wired once, here. QML reaches it as the App singleton
// of the engine it was attached to; tests make as many as they need, each with
// its own data folder. Nothing in it is process-wide.
class Application : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(lectern::AppOptions *options READ options CONSTANT)
    Q_PROPERTY(lectern::SpeechSession *session READ session CONSTANT)
    Q_PROPERTY(lectern::PrompterController *prompter READ prompter CONSTANT)
    Q_PROPERTY(lectern::PrompterViewState *prompterView READ prompterView CONSTANT)
    Q_PROPERTY(lectern::SpeechSettings *settings READ settings CONSTANT)
    Q_PROPERTY(lectern::PageModel *pages READ pages CONSTANT)
    Q_PROPERTY(lectern::PageNavigator *navigator READ navigator CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(lectern::AdminGate *admin READ admin CONSTANT)
    // "10:32" when this start resumed where a crash or power cut left off; "" otherwise.
    Q_PROPERTY(QString resumedFrom READ resumedFrom NOTIFY resumedFromChanged)

public:
    // No default constructor on purpose: Qt 6.4 would prefer it over create()
    // and build a second, unconfigured App for QML.
    explicit Application(const AppOptions::Values &options, QObject *parent = nullptr);
    ~Application() override;

    AppOptions *options() { return &m_options; }
    SpeechSession *session() { return &m_session; }
    PrompterController *prompter() { return &m_prompter; }
    PrompterViewState *prompterView() { return &m_view; }
    SpeechSettings *settings() { return m_settings; }
    PageModel *pages() { return &m_pages; }
    PageNavigator *navigator() { return &m_navigator; }

    QString dataDir() const { return m_dataDir; }
    AdminGate *admin() { return m_admin; }
    QString resumedFrom() const { return m_resumedFrom; }
    // Writes the resume point now (on quitting; also for tests).
    void saveResumePoint();

    // Loads the speech named in the options (the sample when none).
    void loadSpeech();

    // Makes this the App singleton of `engine` (before anything is loaded in it).
    void attachTo(QQmlEngine *engine);
    static Application *create(QQmlEngine *engine, QJSEngine *);

private:
    AppOptions m_options;
    QString m_dataDir;
    SpeechSession m_session;
    PrompterController m_prompter;
    PrompterViewState m_view;
    SpeechSettings *m_settings = nullptr;
    PageModel m_pages;
    PageNavigator m_navigator;
    MeetingLink *m_meetingLink = nullptr;
    ResumeWriter *m_resume = nullptr;
    AdminGate *m_admin = nullptr;
    QString m_resumedFrom;
    bool m_restoring = false;

    void trackResume();
    void resumeIfLeftOff();

signals:
    void resumedFromChanged();
};

} // namespace lectern
