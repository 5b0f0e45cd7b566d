// What the operator's remote sees and does, on the kiosk's side: the state
// it is sent, and each command applied to the prompter and the agenda.
#include "app/AgendaController.h"
#include "app/LanService.h"
#include "app/RemoteStatus.h"
#include "document/SpeechImporter.h"
#include "layout/PageNavigator.h"
#include "prompter/PrompterController.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace lectern;

namespace {

Document sampleSpeech()
{
    const ImportResult r = importSpeech(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
    Q_ASSERT(r.ok());
    return *r.document;
}

struct Rig
{
    PrompterController prompter;
    PageNavigator projection;
    AgendaController agenda;
    LanService lan;
    RemoteStatus status{prompter, projection, agenda, lan};
    Rig() { prompter.setDocument(sampleSpeech()); }
    QJsonObject state() const { return QJsonDocument::fromJson(status.state()).object(); }
};

} // namespace

class TestRemoteStatus : public QObject
{
    Q_OBJECT
private slots:
    // The JSON contract the remote's page reads (docs/lan.md).
    void theStateSaysWhatTheRemoteShows()
    {
        Rig r;
        const QJsonObject s = r.state();
        QCOMPARE(s.keys(), (QStringList{QStringLiteral("agenda"), QStringLiteral("counts"), QStringLiteral("projection"), QStringLiteral("prompter"),
                                        QStringLiteral("time")}));
        QCOMPARE(s[u"projection"].toObject()[u"blanked"].toBool(), false);
        const QJsonObject p = s[u"prompter"].toObject();
        for (const char *key : {"state", "speed", "blanked", "progress", "elapsed_s", "remaining_s", "section", "current", "next"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QCOMPARE(p[u"state"].toString(), QStringLiteral("idle"));
        QCOMPARE(p[u"speed"].toInt(), r.prompter.speed());
        // The sentence under the reading line, and the one after it.
        QVERIFY(!p[u"current"].toString().isEmpty());
        QVERIFY(!p[u"next"].toString().isEmpty());
        QVERIFY(p[u"current"].toString() != p[u"next"].toString());
        QCOMPARE(p[u"current"].toString(), r.prompter.sentenceText());
        for (const char *key : {"now", "next", "planned_s", "elapsed_s", "speaker", "projected_end"})
            QVERIFY2(s[u"agenda"].toObject().contains(QLatin1String(key)), key);
        QVERIFY(s[u"time"].toString().contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$"))));
    }

    void commandsReachThePrompter()
    {
        Rig r;
        const int speed = r.prompter.speed();
        r.status.apply(QStringLiteral("faster"));
        QVERIFY(r.prompter.speed() > speed);
        r.status.apply(QStringLiteral("slower"));
        QCOMPARE(r.prompter.speed(), speed);
        r.status.apply(QStringLiteral("toggle")); // idle: starts (the countdown)
        QVERIFY(r.prompter.state() == PrompterController::Countdown || r.prompter.state() == PrompterController::Running);
        r.status.apply(QStringLiteral("pause"));
        QCOMPARE(r.prompter.state(), PrompterController::Paused);
        r.status.apply(QStringLiteral("start")); // paused: resumes, no countdown mid-sentence
        QCOMPARE(r.prompter.state(), PrompterController::Running);
        r.status.apply(QStringLiteral("toggle"));
        QCOMPARE(r.prompter.state(), PrompterController::Paused);
        // Blank and show: the room's screen (the projection), not the speaker's.
        r.status.apply(QStringLiteral("blank"));
        QCOMPARE(r.projection.blank(), PageNavigator::Black);
        QVERIFY(!r.prompter.blanked());
        QCOMPARE(r.state()[u"projection"].toObject()[u"blanked"].toBool(), true);
        r.status.apply(QStringLiteral("show"));
        QCOMPARE(r.projection.blank(), PageNavigator::NotBlank);
        const int section = r.prompter.sectionNumber();
        r.status.apply(QStringLiteral("next_section"));
        QCOMPARE(r.prompter.sectionNumber(), section + 1);
        r.status.apply(QStringLiteral("previous_section"));
        QCOMPARE(r.prompter.sectionNumber(), section);
        QSignalSpy cue(&r.prompter, &PrompterController::lookUpCued);
        r.status.apply(QStringLiteral("look_up"));
        QCOMPARE(cue.size(), 1);
        r.status.apply(QStringLiteral("nonsense")); // nothing
        QCOMPARE(r.prompter.state(), PrompterController::Paused);
    }
};

QTEST_MAIN(TestRemoteStatus)
#include "tst_remotestatus.moc"
