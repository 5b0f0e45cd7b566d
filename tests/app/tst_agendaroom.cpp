// The agenda drives what the room sees: the kiosk shows the draft of the item
// on now (or next), switches in one cut, goes back to where an item was
// left, and gives the prompter the item's planned time.
#include "app/Application.h"
#include "meeting/Agenda.h"
#include "meeting/AgendaDraft.h"
#include "meeting/AgendaRun.h"
#include "meeting/MeetingStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

AppOptions::Values options(const QString &dataDir)
{
    AppOptions::Values v;
    v.dataDir = dataDir;
    v.mode = AppOptions::Prompter;
    v.countdownSeconds = 0;
    return v;
}

QByteArray draft(const QString &title, int paragraphs)
{
    QString text = title + QStringLiteral("\n\n同志们：\n\n");
    for (int i = 0; i < paragraphs; ++i)
        text += QStringLiteral("第%1段，各乡镇要把粮食播种面积分解落实到村到户到田块。\n\n").arg(i + 1);
    return text.toUtf8();
}

// A meeting now, of three items: a report, a break, a speech.
struct Room
{
    QTemporaryDir dir;
    qint64 meeting = 0;
    QList<qint64> items;
    Room()
    {
        MeetingStore store(dir.path());
        Meeting m;
        m.title = QStringLiteral("全县春耕工作会议");
        m.plannedStart = QDateTime::currentDateTime().addSecs(-60);
        m.plannedEnd = m.plannedStart.addSecs(3600);
        meeting = meetings::create(store.db(), m, {}, m.plannedStart);
        const QDateTime now = QDateTime::currentDateTime();
        for (const auto &[title, kind] : {std::pair{QStringLiteral("农业工作汇报"), ItemKind::Report},
                                           std::pair{QStringLiteral("休息"), ItemKind::Break},
                                           std::pair{QStringLiteral("县长讲话"), ItemKind::Speech}}) {
            agenda::NewItem n;
            n.title = title;
            n.kind = kind;
            n.speakerName = kind == ItemKind::Report ? QStringLiteral("王芳") : QString();
            if (kind == ItemKind::Break)
                n.plannedSeconds = 600;
            items.append(agenda::add(store.db(), meeting, n, now));
        }
        agenda::setDraft(store.db(), items[0], QStringLiteral("汇报.txt"), draft(QStringLiteral("关于春耕生产的汇报"), 40), {}, now);
        agenda::setDraft(store.db(), items[2], QStringLiteral("讲话.txt"), draft(QStringLiteral("在全县春耕工作会议上的讲话"), 60), {}, now);
    }
};

} // namespace

class TestAgendaRoom : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theRoomSeesTheItemOnNow()
    {
        Room room;
        Application app(options(room.dir.path()));
        QAbstractItemModelTester tester(app.agenda()->items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        app.loadSpeech();
        QCOMPARE(app.session()->status(), SpeechSession::Ready);
        // Nothing runs yet: the first item to come is on the screens, its plan the target.
        QCOMPARE(app.session()->title(), QStringLiteral("关于春耕生产的汇报"));
        QCOMPARE(app.agenda()->items()->rowCount(), 3);
        QCOMPARE(app.agenda()->shownItemId(), int(room.items[0]));
        QVERIFY(app.prompter()->targetSeconds() > 0);
        QCOMPARE(app.prompter()->targetSeconds(), app.agenda()->itemPlannedSeconds());

        app.agenda()->next(); // the report starts
        QCOMPARE(app.agenda()->currentItemId(), int(room.items[0]));
        QCOMPARE(app.agenda()->currentSpeaker(), QStringLiteral("王芳"));
        QCOMPARE(app.session()->title(), QStringLiteral("关于春耕生产的汇报"));
        app.prompter()->setPosition(app.prompter()->total() / 2.0);
        const double left = app.prompter()->position();

        // The break: a card with its title, in one model reset.
        QSignalSpy resets(app.session()->model(), &QAbstractItemModel::modelReset);
        app.agenda()->next();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(app.agenda()->currentItemId(), int(room.items[1]));
        QCOMPARE(app.session()->title(), QStringLiteral("休息"));
        QCOMPARE(app.prompter()->targetSeconds(), 600);
        QCOMPARE(app.prompter()->position(), 0.0);

        // Back to the report: where it was left.
        app.agenda()->previous();
        QCOMPARE(app.agenda()->currentItemId(), int(room.items[0]));
        QCOMPARE(app.session()->title(), QStringLiteral("关于春耕生产的汇报"));
        QCOMPARE(app.prompter()->position(), left);

        // "Prompt from here": the speech, at its beginning.
        app.agenda()->startItem(int(room.items[2]));
        QCOMPARE(app.session()->title(), QStringLiteral("在全县春耕工作会议上的讲话"));
        QCOMPARE(app.prompter()->position(), 0.0);
        QCOMPARE(app.agenda()->nextTitle(), QString()); // nothing after the last item… the skipped-over break is done
        QVERIFY(app.agenda()->error().isEmpty());
    }

    // The operator's clocks: what is left of the item, over/under, the projected end.
    void theClocksOnAnInjectedTime()
    {
        Room room;
        Application app(options(room.dir.path()));
        QDateTime now = QDateTime::currentDateTime();
        app.agenda()->setClock([&now] { return now; });
        app.loadSpeech();
        app.agenda()->startItem(int(room.items[1])); // the 10-minute break
        QCOMPARE(app.agenda()->itemRemainingSeconds(), 600);
        QSignalSpy ticks(app.agenda(), &AgendaController::timingChanged);
        now = now.addSecs(630);
        QVERIFY(ticks.wait(3000)); // the second's tick
        QCOMPARE(app.agenda()->itemRemainingSeconds(), -30);
        QCOMPARE(app.agenda()->overUnder(), QStringLiteral("+0:30"));
        const QModelIndex breakRow = app.agenda()->items()->index(1);
        QCOMPARE(breakRow.data(AgendaItemsModel::OverUnderRole).toString(), QStringLiteral("+0:30"));
        QCOMPARE(breakRow.data(AgendaItemsModel::OverRole).toBool(), true);
        QCOMPARE(breakRow.data(AgendaItemsModel::StateRole).toString(), QStringLiteral("running"));
        QVERIFY(!app.agenda()->projectedEnd().isEmpty());
    }

    // --speech wins: the kiosk was told what to show.
    void aSpeechGivenOnTheCommandLineWins()
    {
        Room room;
        AppOptions::Values v = options(room.dir.path());
        QFile f(room.dir.filePath(QStringLiteral("另一篇.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(draft(QStringLiteral("另一篇讲稿"), 3));
        f.close();
        v.speechPath = f.fileName();
        Application app(v);
        app.loadSpeech();
        QCOMPARE(app.session()->title(), QStringLiteral("另一篇讲稿"));
        QTRY_COMPARE(app.agenda()->items()->rowCount(), 3); // the store opens once the event loop runs
        QCOMPARE(app.session()->title(), QStringLiteral("另一篇讲稿"));
    }
};

QTEST_MAIN(TestAgendaRoom)
#include "tst_agendaroom.moc"
