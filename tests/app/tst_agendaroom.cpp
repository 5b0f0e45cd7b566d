// The agenda drives what the room sees: the kiosk shows the draft of the item
// on now (or next), switches in one cut, goes back to where an item was
// left, and gives the prompter the item's planned time.
#include "app/Application.h"
#include "meeting/Agenda.h"
#include "meeting/AgendaDraft.h"
#include "meeting/AgendaRun.h"
#include "document/LiveEdit.h"
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

        // The break, from the prompter's keys: N once only arms it; N again
        // goes there — a card with its title, in one model reset.
        QSignalSpy resets(app.session()->model(), &QAbstractItemModel::modelReset);
        QVERIFY(app.prompter()->handleKey(Qt::Key_N, 0));
        QCOMPARE(app.agenda()->currentItemId(), int(room.items[0]));
        QCOMPARE(resets.count(), 0);
        QVERIFY(app.prompter()->handleKey(Qt::Key_N, 0));
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
        // The last item ends: its text stays on the screens (not a speech apart from the agenda).
        app.agenda()->next();
        QCOMPARE(app.agenda()->currentItemId(), 0);
        QCOMPARE(app.agenda()->shownItemId(), int(room.items[2]));
        QCOMPARE(app.session()->title(), QStringLiteral("在全县春耕工作会议上的讲话"));
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
        // Re-timed from the console: 12 minutes now, so 1:30 is left; back to no plan by hand.
        app.agenda()->retime(int(room.items[1]), 12);
        QCOMPARE(app.agenda()->itemRemainingSeconds(), 90);
        QCOMPARE(breakRow.data(AgendaItemsModel::PlannedRole).toString(), QStringLiteral("12:00"));
        app.agenda()->retime(int(room.items[1]), -1);
        QCOMPARE(app.agenda()->items()->index(1).data(AgendaItemsModel::PlannedRole).toString(), QStringLiteral("0:00"));
    }

    // The operator edits the text being read: the same sentence stays under
    // the reading line, the reading goes on, the projected page keeps its
    // first sentence on screen, and the record replays to the same text.
    void aLiveEditKeepsTheReadingPlace()
    {
        Room room;
        Application app(options(room.dir.path()));
        app.pages()->setCanvasWidth(1920);
        app.pages()->setCanvasHeight(1080);
        app.pages()->setFontPx(90);
        app.pages()->setSpeech(app.session()->model()); // as the projector's view binds it
        app.loadSpeech();
        app.agenda()->next();
        app.prompter()->setPosition(app.prompter()->total() * 0.6);
        app.prompter()->start();
        QTRY_COMPARE(app.prompter()->state(), PrompterController::Running);
        app.prompter()->pause(); // a still place to compare (the edits work the same while it runs)
        QVERIFY(app.pages()->count() > 2);
        app.navigator()->setFollow(false);
        app.navigator()->setPage(2);
        Anchor pageStart{app.pages()->firstBlockOf(2), app.pages()->firstOffsetOf(2)};
        const Anchor reading = app.prompter()->anchor();
        const Document &before = app.session()->model()->document();
        const QString underLine = before.block(reading.block)->text.mid(reading.offset);
        QVERIFY(underLine.size() > 4);
        const int readingBlock = reading.block;

        QSignalSpy resets(app.session()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy states(app.prompter(), &PrompterController::stateChanged);
        // A word fixed before the place in its own block, a paragraph put in at the top, one taken out before it.
        const QString own = before.block(readingBlock)->text;
        QVERIFY(app.agenda()->editBlock(readingBlock, QStringLiteral("（修订）") + own));
        QVERIFY(app.agenda()->insertAfter(2, QStringLiteral("补充一段：春耕期间要确保农资供应。")));
        QVERIFY(app.agenda()->deleteBlock(3));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(states.count(), 0);
        const Anchor now = app.prompter()->anchor();
        const Document &after = app.session()->model()->document();
        QCOMPARE(after.block(now.block)->text.mid(now.offset), underLine);
        // The page shown still holds the sentence it began with.
        for (const LiveEdit &e : {LiveEdit{LiveEdit::Replace, readingBlock, {}, own}, LiveEdit{LiveEdit::Insert, 3, {}, {}},
                                  LiveEdit{LiveEdit::Delete, 3, {}, {}}})
            pageStart = movedAnchor(pageStart, e);
        QCOMPARE(app.pages()->pageOf(pageStart.block, pageStart.offset), app.navigator()->page());
        // The record replays to the very text on the screens.
        MeetingStore store(room.dir.path());
        const auto replayed = agenda::document(store.db(), room.items[0]);
        QVERIFY(replayed);
        QCOMPARE(SpeechSession::fingerprintOf(*replayed), app.session()->fingerprint());
        // A paragraph that is not there is refused, and said.
        QVERIFY(!app.agenda()->deleteBlock(9999));
        QVERIFY(!app.agenda()->error().isEmpty());
    }

    // An edit committed elsewhere (another process, `lectern agenda edit`)
    // reaches the screens by itself, once, keeping the place.
    void anEditFromElsewhereComesIn()
    {
        Room room;
        Application app(options(room.dir.path()));
        app.loadSpeech();
        app.agenda()->next();
        app.prompter()->setPosition(app.prompter()->total() * 0.5);
        const Anchor reading = app.prompter()->anchor();
        const QString underLine = app.session()->model()->document().block(reading.block)->text.mid(reading.offset);
        {
            MeetingStore other(room.dir.path());
            QCOMPARE(agenda::applyEdit(other.db(), room.items[0], {LiveEdit::Insert, 2, QStringLiteral("另一台机器插入的一段。"), {}},
                                       QDateTime::currentDateTime()),
                     agenda::Refusal::None);
        }
        QTRY_COMPARE(app.session()->model()->document().blocks.value(1).text, QStringLiteral("另一台机器插入的一段。"));
        const int blocks = app.session()->model()->rowCount();
        const Anchor now = app.prompter()->anchor();
        QCOMPARE(app.session()->model()->document().block(now.block)->text.mid(now.offset), underLine);
        // Seen once: another change to the database does not apply it again.
        app.agenda()->refresh();
        QCOMPARE(app.session()->model()->rowCount(), blocks);
    }

    // The console edits any item's text: another item's edit is recorded and
    // shown in the console, and leaves the screens alone.
    void editingAnItemNotOnTheScreens()
    {
        Room room;
        Application app(options(room.dir.path()));
        QAbstractItemModelTester tester(app.agenda()->editModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        app.loadSpeech();
        QCOMPARE(app.agenda()->editItemId(), int(room.items[0])); // the one on the screens
        QCOMPARE(app.agenda()->editModel()->document().textOf(BlockKind::Title), QStringLiteral("关于春耕生产的汇报"));
        const QString onScreen = app.session()->fingerprint();
        app.agenda()->setEditItemId(int(room.items[2]));
        QCOMPARE(app.agenda()->editModel()->document().textOf(BlockKind::Title), QStringLiteral("在全县春耕工作会议上的讲话"));
        QVERIFY(app.agenda()->editBlock(2, QStringLiteral("同志们、朋友们：")));
        QCOMPARE(app.agenda()->editModel()->document().blocks[1].text, QStringLiteral("同志们、朋友们："));
        QCOMPARE(app.session()->fingerprint(), onScreen); // the screens show the report, untouched
        MeetingStore store(room.dir.path());
        QCOMPARE(agenda::document(store.db(), room.items[2])->blocks[1].text, QStringLiteral("同志们、朋友们："));
        // When that item comes on, it comes with its edit.
        app.agenda()->startItem(int(room.items[2]));
        QCOMPARE(app.session()->model()->document().blocks[1].text, QStringLiteral("同志们、朋友们："));
        // Back to following the screens.
        app.agenda()->setEditItemId(0);
        QCOMPARE(app.agenda()->editItemId(), int(room.items[2]));
    }

    // A reviewed draft from the console's Speech tab kept as an item's draft:
    // the item shown, so the screens follow; a file that cannot be read is said.
    void aReviewedDraftForAnItem()
    {
        Room room;
        Application app(options(room.dir.path()));
        app.loadSpeech();
        QCOMPARE(app.agenda()->shownItemId(), int(room.items[0]));
        QFile f(room.dir.filePath(QStringLiteral("新汇报.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("仅供学习参考\n\n修订后的汇报\n\n同志们：\n\n请XX同志汇报。\n").toUtf8());
        f.close();
        SpeechChoice choice;
        choice.path = f.fileName();
        choice.fills = {{QStringLiteral("XX"), QStringLiteral("王芳")}};
        QVERIFY(app.agenda()->setItemDraft(int(room.items[0]), QString::fromUtf8(choice.toJson())));
        QCOMPARE(app.session()->title(), QStringLiteral("修订后的汇报"));
        QVERIFY(agenda::snapshotText(app.session()->model()->document()).contains(QStringLiteral("请王芳同志汇报")));
        MeetingStore store(room.dir.path());
        QCOMPARE(agenda::draft(store.db(), room.items[0])->choice.fills.size(), 1);
        choice.path = room.dir.filePath(QStringLiteral("没有这个文件.txt"));
        QVERIFY(!app.agenda()->setItemDraft(int(room.items[0]), QString::fromUtf8(choice.toJson())));
        QVERIFY(app.agenda()->error().contains(QStringLiteral("没有这个文件.txt")));
        QCOMPARE(app.session()->title(), QStringLiteral("修订后的汇报"));
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
