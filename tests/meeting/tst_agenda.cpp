// The agenda in the meeting domain: order, drafts, running, timing to a hard
// end, live edits, the seal, and the move from version 3 (one speech per
// meeting) to version 4 (an agenda).
#include "meeting/Agenda.h"
#include "meeting/AgendaDraft.h"
#include "meeting/AgendaLog.h"
#include "meeting/AgendaRun.h"
#include "meeting/AgendaTiming.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Schema.h"
#include "meeting/Roster.h"
#include "meeting/SpeakerPace.h"
#include "meeting/SpeechRecord.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lectern;

namespace {

const QDateTime kStart(QDate(2026, 12, 8), QTime(9, 0), QTimeZone(8 * 3600));

qint64 meetingAt(const MeetingStore &store, const QDateTime &start = kStart, int hours = 1)
{
    Meeting m;
    m.title = QStringLiteral("县政府工作会议");
    m.plannedStart = start;
    m.plannedEnd = start.addSecs(hours * 3600);
    return meetings::create(store.db(), m, {}, start.addDays(-1));
}

qint64 addItem(const MeetingStore &store, qint64 meeting, const QString &title, ItemKind kind = ItemKind::Speech,
               std::optional<int> seconds = std::nullopt, qint64 speaker = 0)
{
    agenda::NewItem n;
    n.title = title;
    n.kind = kind;
    n.plannedSeconds = seconds;
    n.speakerId = speaker;
    agenda::Refusal why = agenda::Refusal::None;
    const qint64 id = agenda::add(store.db(), meeting, n, kStart, &why);
    if (why != agenda::Refusal::None)
        qWarning() << "add refused" << int(why);
    return id;
}

QStringList titles(const MeetingStore &store, qint64 meeting)
{
    QStringList out;
    int expected = 1;
    for (const AgendaItem &it : agenda::items(store.db(), meeting)) {
        if (it.position != expected++)
            out.append(QStringLiteral("<gap>"));
        out.append(it.title);
    }
    return out;
}

// A draft of `han` Han characters in paragraphs, as a .txt file's bytes.
QByteArray draftOf(int han)
{
    QString text = QStringLiteral("同志们：\n\n");
    const QString sentence = QStringLiteral("各单位要认真落实会议精神。"); // 12 Han characters
    int count = 3;
    while (count + 12 <= han) {
        text += sentence;
        count += 12;
        if (count % 120 < 12)
            text += QStringLiteral("\n\n");
    }
    return text.toUtf8();
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT
private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void kindsAreReadAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: not a kind
        QTest::newRow("key") << "report" << int(ItemKind::Report);
        QTest::newRow("汉字") << "汇报" << int(ItemKind::Report);
        QTest::newRow("表态发言") << "表态发言" << int(ItemKind::Remarks);
        QTest::newRow("休息") << " 休息 " << int(ItemKind::Break);
        QTest::newRow("capitals") << "Vote" << int(ItemKind::Vote);
        QTest::newRow("unknown") << "茶歇会" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void kindsAreReadAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const auto k = itemKindFromText(text);
        QCOMPARE(k ? int(*k) : -1, kind);
        if (k)
            QCOMPARE(itemKindFromText(itemKindKey(*k)), k);
    }

    void itemsKeepTheirOrder_data()
    {
        QTest::addColumn<int>("item"); // 1-based index of the item as added (A B C D)
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("last to first") << 4 << 1 << QStringList{"D", "A", "B", "C"};
        QTest::newRow("first to last") << 1 << 4 << QStringList{"B", "C", "D", "A"};
        QTest::newRow("down one") << 2 << 3 << QStringList{"A", "C", "B", "D"};
        QTest::newRow("up one") << 3 << 2 << QStringList{"A", "C", "B", "D"};
        QTest::newRow("stays") << 2 << 2 << QStringList{"A", "B", "C", "D"};
    }
    void itemsKeepTheirOrder()
    {
        QFETCH(int, item);
        QFETCH(int, to);
        QFETCH(QStringList, order);
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store);
        QList<qint64> ids;
        for (const QString t : {"A", "B", "C", "D"})
            ids.append(addItem(store, m, t));
        QCOMPARE(agenda::move(store.db(), m, ids[item - 1], to, kStart), agenda::Refusal::None);
        QCOMPARE(titles(store, m), order);
        QCOMPARE(agenda::move(store.db(), m, ids[0], 5, kStart), agenda::Refusal::BadPosition);
        QCOMPARE(agenda::move(store.db(), m, ids[0], 0, kStart), agenda::Refusal::BadPosition);
    }

    void insertAndRemoveCloseTheGaps()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store);
        const qint64 a = addItem(store, m, QStringLiteral("A"));
        addItem(store, m, QStringLiteral("C"));
        agenda::NewItem b;
        b.title = QStringLiteral("B");
        b.position = 2;
        QVERIFY(agenda::add(store.db(), m, b, kStart) > 0);
        QCOMPARE(titles(store, m), (QStringList{"A", "B", "C"}));
        b.position = 9;
        agenda::Refusal why = agenda::Refusal::None;
        QCOMPARE(agenda::add(store.db(), m, b, kStart, &why), 0);
        QCOMPARE(why, agenda::Refusal::BadPosition);
        QCOMPARE(agenda::remove(store.db(), m, a, kStart), agenda::Refusal::None);
        QCOMPARE(titles(store, m), (QStringList{"B", "C"}));
        QCOMPARE(agenda::remove(store.db(), m, a, kStart), agenda::Refusal::NoSuchItem);
        // A started item is part of the record: it is skipped, never removed.
        const qint64 c = agenda::items(store.db(), m).last().id;
        QCOMPARE(agenda::start(store.db(), c, kStart, decisions::Rules{}), agenda::Refusal::None);
        QCOMPARE(agenda::remove(store.db(), m, c, kStart), agenda::Refusal::AlreadyStarted);
        // Another meeting's item is not this one's.
        const qint64 other = meetingAt(store, kStart.addDays(1));
        QCOMPARE(agenda::move(store.db(), other, c, 1, kStart), agenda::Refusal::NoSuchItem);
        // The log has every change, removed items' titles included.
        QStringList kinds;
        for (const agenda::AgendaEvent &e : agenda::events(store.db(), m))
            kinds.append(agenda::eventKindKey(e.kind) + (e.kind == agenda::EventKind::Removed ? u':' + e.detail : QString()));
        QCOMPARE(kinds, (QStringList{"added", "added", "added", "removed:A", "started"}));
    }

    void aRosterSpeakerAndAGuest()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        roster::upsert(store.db(), {{QStringLiteral("刘建华"), QStringLiteral("县政府"), QStringLiteral("县长"), {}}});
        const qint64 m = meetingAt(store);
        const qint64 person = roster::all(store.db()).first().id;
        const qint64 a = addItem(store, m, QStringLiteral("工作报告"), ItemKind::Report, 600, person);
        agenda::NewItem guest;
        guest.title = QStringLiteral("专家点评");
        guest.kind = ItemKind::Remarks;
        guest.speakerName = QStringLiteral("周教授");
        guest.speakerRole = QStringLiteral("省委党校");
        const qint64 b = agenda::add(store.db(), m, guest, kStart);
        QCOMPARE(agenda::item(store.db(), a)->speakerName, QStringLiteral("刘建华"));
        QCOMPARE(agenda::item(store.db(), a)->speakerRole, QStringLiteral("县长"));
        QCOMPARE(agenda::item(store.db(), b)->speakerId, 0);
        QCOMPARE(agenda::item(store.db(), b)->speakerRole, QStringLiteral("省委党校"));
        agenda::NewItem nobody;
        nobody.speakerId = 999;
        agenda::Refusal why = agenda::Refusal::None;
        QCOMPARE(agenda::add(store.db(), m, nobody, kStart, &why), 0);
        QCOMPARE(why, agenda::Refusal::NoSuchPerson);
        QCOMPARE(agenda::setObservers(store.db(), b, {person}), agenda::Refusal::None);
        QCOMPARE(agenda::observers(store.db(), b), QList<qint64>{person});
    }

    // A draft's planned time is its Han characters at the speaker's own pace,
    // learned from what they read to the end before; 180 字/分钟 until then.
    void plannedTimeFromTheDraftAndALearnedPace()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        roster::upsert(store.db(), {{QStringLiteral("刘建华"), QStringLiteral("县政府"), {}, {}}});
        const qint64 person = roster::all(store.db()).first().id;
        const qint64 before = meetingAt(store, kStart.addDays(-7));
        const qint64 earlier = addItem(store, before, QStringLiteral("上周讲话"), ItemKind::Speech, std::nullopt, person);
        QCOMPARE(agenda::setDraft(store.db(), earlier, QStringLiteral("上周.txt"), draftOf(1200), {}, kStart), agenda::Refusal::None);
        const int han = agenda::item(store.db(), earlier)->hanChars;
        QVERIFY2(han >= 1150 && han <= 1200, qPrintable(QString::number(han)));
        QCOMPARE(agenda::learnedPace(store.db(), person), std::nullopt);

        const qint64 m = meetingAt(store);
        const qint64 item = addItem(store, m, QStringLiteral("讲话"), ItemKind::Speech, std::nullopt, person);
        QCOMPARE(agenda::setDraft(store.db(), item, QStringLiteral("讲稿.txt"), draftOf(900), {}, kStart), agenda::Refusal::None);
        const AgendaItem it = *agenda::item(store.db(), item);
        QCOMPARE(agenda::plannedSeconds(it, 180), qRound(it.hanChars / 3.0));

        // Read last week at 240 字/分钟, with a pause that does not count.
        using E = speechrecord::PrompterEvent;
        const QDateTime t0 = kStart.addDays(-7);
        const qint64 readMs = qint64(han) * 60'000 / 240;
        speechrecord::logPrompter(store.db(), before, earlier, E::Started, t0);
        speechrecord::logPrompter(store.db(), before, earlier, E::Paused, t0.addMSecs(readMs / 2));
        speechrecord::logPrompter(store.db(), before, earlier, E::Resumed, t0.addMSecs(readMs / 2 + 300'000));
        QCOMPARE(agenda::learnedPace(store.db(), person), std::nullopt); // not read to the end yet
        speechrecord::logPrompter(store.db(), before, earlier, E::Finished, t0.addMSecs(readMs + 300'000));
        QCOMPARE(agenda::learnedPace(store.db(), person), 240);
        const auto paces = agenda::learnedPaces(store.db(), agenda::items(store.db(), m));
        QCOMPARE(paces.value(person), 240);
        const Meeting meeting = *meetings::byId(store.db(), m);
        const agenda::AgendaTiming t = agenda::timing(meeting, agenda::items(store.db(), m), kStart, paces);
        QCOMPARE(t.items.first().plannedS, qRound(it.hanChars / 4.0));
        // By hand wins; back to the draft when cleared.
        QCOMPARE(agenda::retime(store.db(), item, 600, kStart), agenda::Refusal::None);
        QCOMPARE(agenda::plannedSeconds(*agenda::item(store.db(), item), 240), 600);
        QCOMPARE(agenda::retime(store.db(), item, std::nullopt, kStart), agenda::Refusal::None);
        QCOMPARE(agenda::plannedSeconds(*agenda::item(store.db(), item), 240), qRound(it.hanChars / 4.0));
    }

    // Over/under per item and in total, and the projected end against the
    // meeting's end, on an injected clock. Three items of 10, 20 and 10
    // minutes in a meeting of 09:00–09:45.
    void timingToAHardEnd_data()
    {
        QTest::addColumn<QList<int>>("steps");  // minutes after 09:00 at which "next" is pressed
        QTest::addColumn<int>("nowMin");        // the clock, minutes after 09:00
        QTest::addColumn<QList<int>>("overUnderMin");
        QTest::addColumn<QString>("projectedEnd");
        QTest::addColumn<bool>("overrun");
        QTest::newRow("before the start") << QList<int>{} << -30 << QList<int>{0, 0, 0} << "09:40" << false;
        QTest::newRow("late start") << QList<int>{} << 10 << QList<int>{0, 0, 0} << "09:50" << true;
        QTest::newRow("first on time") << QList<int>{0} << 5 << QList<int>{0, 0, 0} << "09:40" << false;
        QTest::newRow("first over") << QList<int>{0} << 14 << QList<int>{4, 0, 0} << "09:44" << false;
        QTest::newRow("first 4 over, second 3 under") << QList<int>{0, 14, 31} << 31 << QList<int>{4, -3, 0} << "09:41" << false;
        QTest::newRow("second runs long") << QList<int>{0, 14} << 40 << QList<int>{4, 6, 0} << "09:50" << true;
        QTest::newRow("all done early") << QList<int>{0, 10, 25, 30} << 30 << QList<int>{0, -5, -5} << "09:30" << false;
    }
    void timingToAHardEnd()
    {
        QFETCH(QList<int>, steps);
        QFETCH(int, nowMin);
        QFETCH(QList<int>, overUnderMin);
        QFETCH(QString, projectedEnd);
        QFETCH(bool, overrun);
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store, kStart, 1);
        Meeting meeting = *meetings::byId(store.db(), m);
        meeting.plannedEnd = kStart.addSecs(45 * 60);
        addItem(store, m, QStringLiteral("主持"), ItemKind::Host, 600);
        addItem(store, m, QStringLiteral("汇报"), ItemKind::Report, 1200);
        addItem(store, m, QStringLiteral("讲话"), ItemKind::Speech, 600);
        for (int minute : steps)
            QCOMPARE(agenda::next(store.db(), m, kStart.addSecs(minute * 60), decisions::Rules{}), agenda::Refusal::None);
        const agenda::AgendaTiming t = agenda::timing(meeting, agenda::items(store.db(), m), kStart.addSecs(nowMin * 60));
        QList<int> overUnder;
        for (const agenda::ItemTiming &row : t.items)
            overUnder.append(int(row.overUnderMs / 60'000));
        QCOMPARE(overUnder, overUnderMin);
        QCOMPARE(t.projectedEnd.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("HH:mm")), projectedEnd);
        QCOMPARE(t.overrun, overrun);
        QCOMPARE(t.plannedTotalS, 2400);
        QCOMPARE(t.longerThanMeeting, false);
        int total = 0;
        for (int v : overUnderMin)
            total += v;
        QCOMPARE(int(t.overUnderMs / 60'000), total);
    }

    void anAgendaLongerThanTheMeetingIsSaid()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store, kStart, 1);
        addItem(store, m, QStringLiteral("汇报"), ItemKind::Report, 1800);
        addItem(store, m, QStringLiteral("讲话"), ItemKind::Speech, 1800);
        const Meeting meeting = *meetings::byId(store.db(), m);
        QVERIFY(!agenda::timing(meeting, agenda::items(store.db(), m), kStart.addSecs(-60)).longerThanMeeting);
        addItem(store, m, QStringLiteral("休息"), ItemKind::Break, 60);
        const agenda::AgendaTiming t = agenda::timing(meeting, agenda::items(store.db(), m), kStart.addSecs(-60));
        QVERIFY(t.longerThanMeeting);
        QVERIFY(t.overrun);
        QCOMPARE(t.endMarginMs, -60'000);
    }

    // Next, previous, start any item, play next, skip, a break: the run order.
    void theRunOrder()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store);
        const qint64 a = addItem(store, m, QStringLiteral("A"), ItemKind::Host, 60);
        const qint64 b = addItem(store, m, QStringLiteral("B"), ItemKind::Report, 60);
        const qint64 c = addItem(store, m, QStringLiteral("C"), ItemKind::Report, 60);
        const qint64 d = addItem(store, m, QStringLiteral("D"), ItemKind::Speech, 60);
        auto at = [](int minute) { return kStart.addSecs(minute * 60); };
        QCOMPARE(agenda::upNext(store.db(), m)->id, a);
        QCOMPARE(agenda::next(store.db(), m, at(0), decisions::Rules{}), agenda::Refusal::None);
        QCOMPARE(agenda::current(store.db(), m)->id, a);
        QCOMPARE(meetings::byId(store.db(), m)->actualStart, at(0)); // the meeting began with its first item
        // Play D next: it comes right after A.
        QCOMPARE(agenda::playNext(store.db(), d, at(1)), agenda::Refusal::None);
        QCOMPARE(titles(store, m), (QStringList{"A", "D", "B", "C"}));
        QCOMPARE(agenda::upNext(store.db(), m)->id, d);
        QCOMPARE(agenda::skip(store.db(), b, at(1)), agenda::Refusal::None);
        QCOMPARE(agenda::next(store.db(), m, at(2), decisions::Rules{}), agenda::Refusal::None); // A done, D runs
        QCOMPARE(agenda::item(store.db(), a)->state, ItemState::Done);
        QCOMPARE(agenda::item(store.db(), a)->elapsedMs(at(9)), 120'000);
        QCOMPARE(agenda::upNext(store.db(), m)->id, c); // B was skipped
        // A break after the current item.
        const qint64 pause = agenda::addBreak(store.db(), m, 10, QStringLiteral("休息"), at(3));
        QVERIFY(pause > 0);
        QCOMPARE(titles(store, m), (QStringList{"A", "D", "休息", "B", "C"}));
        QCOMPARE(agenda::item(store.db(), pause)->plannedByHand, 600);
        // Previous: D ends, A again (its time adds up, its first start stays).
        QCOMPARE(agenda::previous(store.db(), m, at(4), decisions::Rules{}), agenda::Refusal::None);
        QCOMPARE(agenda::current(store.db(), m)->id, a);
        QCOMPARE(agenda::current(store.db(), m)->actualStart, at(0));
        QCOMPARE(agenda::item(store.db(), a)->elapsedMs(at(5)), 180'000);
        QCOMPARE(agenda::item(store.db(), d)->state, ItemState::Done);
        // Start any item: the skipped B after all.
        QCOMPARE(agenda::start(store.db(), b, at(6), decisions::Rules{}), agenda::Refusal::None);
        QCOMPARE(agenda::current(store.db(), m)->id, b);
        // Closing the meeting ends what runs; a closed meeting's items do not run.
        QVERIFY(meetings::close(store.db(), m, at(8)));
        QCOMPARE(agenda::item(store.db(), b)->state, ItemState::Done);
        QCOMPARE(agenda::item(store.db(), b)->actualEnd, at(8));
        QVERIFY(!agenda::current(store.db(), m));
        QCOMPARE(agenda::start(store.db(), c, at(9), decisions::Rules{}), agenda::Refusal::Closed);
        QStringList runs;
        for (const agenda::AgendaEvent &e : agenda::events(store.db(), m))
            if (e.kind == agenda::EventKind::Started || e.kind == agenda::EventKind::Ended || e.kind == agenda::EventKind::Skipped)
                runs.append(agenda::eventKindKey(e.kind) + u' ' + agenda::item(store.db(), e.itemId)->title);
        QCOMPARE(runs, (QStringList{"started A", "skipped B", "ended A", "started D", "ended D", "started A", "ended A", "started B",
                                    "ended B"}));
    }

    void badDraftsAreRefusedWithTheFileNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QByteArray() << "空.txt";
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) << "程序.txt";
        QTest::newRow("not a docx") << QByteArray("PK\x03\x04 truncated") << "讲稿.docx";
    }
    void badDraftsAreRefusedWithTheFileNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store);
        const qint64 item = addItem(store, m, QStringLiteral("讲话"));
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QString problem;
        QCOMPARE(agenda::setDraftFromFile(store.db(), item, f.fileName(), kStart, &problem), agenda::Refusal::BadDraft);
        QVERIFY2(problem.startsWith(f.fileName() + QStringLiteral(": ")), qPrintable(problem));
        QVERIFY(!problem.contains(u'\n'));
        QVERIFY(!agenda::item(store.db(), item)->hasDraft); // nothing half-kept
        QCOMPARE(agenda::setDraftFromFile(store.db(), item, dir.filePath(QStringLiteral("没有.txt")), kStart, &problem),
                 agenda::Refusal::BadDraft);
    }

    // The draft is kept with the meeting: the file itself, so the kiosk shows
    // it without the USB stick, and its review's decisions.
    void theDraftIsKeptWithItsReview()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store);
        const qint64 item = addItem(store, m, QStringLiteral("讲话"));
        const QByteArray bytes = QStringLiteral("同志们：\n\n今天请×××同志讲话。\n\n仅供学习参考\n\n谢谢大家。\n").toUtf8();
        SpeechChoice choice;
        choice.fills = {{QStringLiteral("×××"), QStringLiteral("刘建华")}};
        QCOMPARE(agenda::setDraft(store.db(), item, QStringLiteral("讲稿.txt"), bytes, choice, kStart), agenda::Refusal::None);
        const auto d = agenda::draft(store.db(), item);
        QCOMPARE(d->file, bytes);
        QVERIFY(d->text.contains(QStringLiteral("刘建华")));
        QVERIFY(!d->text.contains(QStringLiteral("仅供学习")));
        QCOMPARE(d->sha256, agenda::sha256Hex(d->text));
        // Put the watermark line back: the review changes, the draft follows.
        const auto doc = agenda::document(store.db(), item);
        QVERIFY(doc);
        QCOMPARE(doc->removals.size(), 1);
        choice.keepLines = {doc->removals.first().line};
        QCOMPARE(agenda::setDraft(store.db(), item, QStringLiteral("讲稿.txt"), bytes, choice, kStart), agenda::Refusal::None);
        QVERIFY(agenda::draft(store.db(), item)->text.contains(QStringLiteral("仅供学习")));
    }

    void liveEditsReplayAndKeepTheReadingPlace()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store);
        const qint64 item = addItem(store, m, QStringLiteral("讲话"));
        const QByteArray bytes = QStringLiteral("同志们：\n\n第一段，今年粮食播种面积稳定。\n\n第二段，要抓好春耕生产。\n\n第三段，谢谢大家。\n").toUtf8();
        QCOMPARE(agenda::setDraft(store.db(), item, QStringLiteral("讲稿.txt"), bytes, {}, kStart), agenda::Refusal::None);
        QCOMPARE(agenda::start(store.db(), item, kStart, decisions::Rules{}), agenda::Refusal::None);
        Document doc = *agenda::document(store.db(), item);
        QCOMPARE(doc.blocks.size(), 4);
        const int second = doc.blocks[2].id;
        QVERIFY(doc.blocks[2].text.startsWith(QStringLiteral("第二段")));
        // The speaker reads the third block; the operator fixes a word in the
        // second, inserts a paragraph before the second, deletes the first.
        const Anchor reading{doc.blocks[3].id, 2};
        const QString readingText = doc.blocks[3].text.mid(2);
        QList<LiveEdit> edits = {
            {LiveEdit::Replace, second, QStringLiteral("第二段，要抓紧抓好春耕生产。"), {}},
            {LiveEdit::Insert, second, QStringLiteral("插入的一段。"), {}},
            {LiveEdit::Delete, doc.blocks[1].id, {}, {}},
        };
        Anchor a = reading;
        for (LiveEdit &e : edits) {
            QCOMPARE(agenda::applyEdit(store.db(), item, e, kStart.addSecs(60)), agenda::Refusal::None);
            QVERIFY(applyTo(doc, e)); // the kiosk's copy, edited the same way
            a = movedAnchor(a, e);
        }
        QCOMPARE(doc.block(a.block)->text.mid(a.offset), readingText); // the same text under the reading line
        const Document replayed = *agenda::document(store.db(), item);
        QCOMPARE(replayed.blocks.size(), doc.blocks.size());
        for (int i = 0; i < doc.blocks.size(); ++i) {
            QCOMPARE(replayed.blocks[i].id, i + 1);
            QCOMPARE(replayed.blocks[i].text, doc.blocks[i].text);
        }
        QCOMPARE(replayed.blocks[1].text, QStringLiteral("插入的一段。"));
        // Each edit is in the record: which block, before and after.
        QList<agenda::AgendaEvent> log;
        for (const agenda::AgendaEvent &e : agenda::itemEvents(store.db(), item))
            if (e.kind == agenda::EventKind::Edit || e.kind == agenda::EventKind::Insert || e.kind == agenda::EventKind::Delete)
                log.append(e);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].before, QStringLiteral("第二段，要抓好春耕生产。"));
        QCOMPARE(log[0].after, QStringLiteral("第二段，要抓紧抓好春耕生产。"));
        QCOMPARE(log[2].before, QStringLiteral("第一段，今年粮食播种面积稳定。"));
        QCOMPARE(agenda::applyEdit(store.db(), item, {LiveEdit::Replace, 99, QStringLiteral("x"), {}}, kStart),
                 agenda::Refusal::NoSuchBlock);
    }

    void aReadingPlaceMovesWithTheEdit_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("anchorBlock");
        QTest::addColumn<int>("anchorOffset");
        QTest::addColumn<int>("movedBlock");
        QTest::addColumn<int>("movedOffset");
        QTest::newRow("word before the place") << int(LiveEdit::Replace) << 3 << "要抓好春耕" << "要抓紧抓好春耕" << 3 << 4 << 3 << 6;
        QTest::newRow("word after the place") << int(LiveEdit::Replace) << 3 << "要抓好春耕" << "要抓好春耕生产" << 3 << 2 << 3 << 2;
        QTest::newRow("the place's words replaced") << int(LiveEdit::Replace) << 3 << "要抓好春耕" << "要做实春耕" << 3 << 2 << 3 << 1;
        QTest::newRow("another block") << int(LiveEdit::Replace) << 2 << "甲" << "乙丙" << 3 << 2 << 3 << 2;
        QTest::newRow("insert before") << int(LiveEdit::Insert) << 2 << "" << "新" << 3 << 2 << 4 << 2;
        QTest::newRow("insert after") << int(LiveEdit::Insert) << 5 << "" << "新" << 3 << 2 << 3 << 2;
        QTest::newRow("delete before") << int(LiveEdit::Delete) << 1 << "甲" << "" << 3 << 2 << 2 << 2;
        QTest::newRow("delete the place") << int(LiveEdit::Delete) << 3 << "甲" << "" << 3 << 2 << 3 << 0;
    }
    void aReadingPlaceMovesWithTheEdit()
    {
        QFETCH(int, op);
        QFETCH(int, block);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, anchorBlock);
        QFETCH(int, anchorOffset);
        QFETCH(int, movedBlock);
        QFETCH(int, movedOffset);
        const LiveEdit e{LiveEdit::Op(op), block, after, before};
        const Anchor moved = movedAnchor({anchorBlock, anchorOffset}, e);
        QCOMPARE(moved.block, movedBlock);
        QCOMPARE(moved.offset, movedOffset);
    }

    // Finalizing seals the agenda; a changed item is named, a changed event found.
    void theSealCoversTheAgenda()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 m = meetingAt(store);
        const qint64 a = addItem(store, m, QStringLiteral("主持词"), ItemKind::Host, 300);
        const qint64 b = addItem(store, m, QStringLiteral("县长讲话"), ItemKind::Speech);
        QCOMPARE(agenda::setDraft(store.db(), b, QStringLiteral("讲稿.txt"), draftOf(300), {}, kStart), agenda::Refusal::None);
        agenda::next(store.db(), m, kStart, decisions::Rules{});
        agenda::next(store.db(), m, kStart.addSecs(300), decisions::Rules{});
        QCOMPARE(agenda::applyEdit(store.db(), b, {LiveEdit::Replace, 1, QStringLiteral("同志们、朋友们："), {}}, kStart.addSecs(310)),
                 agenda::Refusal::None);
        QVERIFY(meetings::close(store.db(), m, kStart.addSecs(900)));
        const auto sealed = store.finalize(m);
        QVERIFY(std::holds_alternative<seal::Sealed>(sealed));
        QVERIFY(seal::verify(store.db(), m).ok);
        // Sealed: nothing of the agenda changes by the front door.
        QCOMPARE(agenda::retime(store.db(), a, 60, kStart), agenda::Refusal::Finalized);
        QCOMPARE(agenda::applyEdit(store.db(), b, {LiveEdit::Replace, 1, QStringLiteral("x"), {}}, kStart), agenda::Refusal::Finalized);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store.db().exec("UPDATE agenda_item SET title = 'x'"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store.db().exec("DELETE FROM agenda_event"));
        // By the back door: an item's title changed is named.
        store.db().exec("DROP TRIGGER agenda_item_sealed_update");
        store.db().exec("UPDATE agenda_item SET title = '县长重要讲话' WHERE position = 2");
        seal::Verification v = seal::verify(store.db(), m);
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QStringLiteral("县长重要讲话")) && v.problem.contains(QStringLiteral("2")), qPrintable(v.problem));
        store.db().exec("UPDATE agenda_item SET title = '县长讲话' WHERE position = 2");
        QVERIFY(seal::verify(store.db(), m).ok);
        // A live edit's text rewritten.
        store.db().exec("DROP TRIGGER agenda_event_no_update");
        store.db().exec("UPDATE agenda_event SET after = '同志们：' WHERE kind = 'edit'");
        v = seal::verify(store.db(), m);
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QStringLiteral("agenda_event")), qPrintable(v.problem));
    }

    // A database written by Lectern before agendas (version 3, committed as
    // it was written): each meeting's speech is its first item, and the
    // meeting sealed then still verifies with the same fingerprint.
    void version3MeetingsKeepTheirSpeechAndSeal()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA "/meetings-v3.sqlite"), MeetingStore::databasePath(dir.path())));
        QFile::setPermissions(MeetingStore::databasePath(dir.path()), QFile::ReadOwner | QFile::WriteOwner);
        MeetingStore store(dir.path());
        QCOMPARE(store.db().userVersion(), meetingSchema().last().version);
        const seal::Verification v = seal::verify(store.db(), 1);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.finalHash, QStringLiteral("c7dc9536206de22e44670e6cc787330dc41253775bc6cfd3d725b48368ff6046"));
        for (qint64 m : {1, 2}) {
            const QList<AgendaItem> items = agenda::items(store.db(), m);
            QCOMPARE(items.size(), 1);
            QCOMPARE(items[0].kind, ItemKind::Speech);
            QCOMPARE(items[0].draftSource, QStringLiteral("讲稿.txt"));
            QCOMPARE(items[0].draftSha256, QStringLiteral("8c817eae5a60f435b822b5fb6ebe19f5044f501641174175e910c512aa302fa8"));
            const auto doc = agenda::document(store.db(), items[0].id);
            QVERIFY(doc);
            QVERIFY(agenda::snapshotText(*doc).contains(QStringLiteral("研究部署年终工作")));
        }
        // Meeting 2 was read: its item ran, and the prompter's log names it.
        const AgendaItem read = agenda::items(store.db(), 2).first();
        QCOMPARE(read.state, ItemState::Done);
        QVERIFY(read.actualStart.isValid());
        store::Statement s = store.db().prepare("SELECT count(*) FROM prompter_log WHERE item_id = ?1");
        s.bind(1, read.id);
        QVERIFY(s.step());
        QCOMPARE(s.integer(0), 2);
        // Meeting 1 is still sealed, its speech too; changing it shows.
        QCOMPARE(agenda::setDraftText(store.db(), agenda::items(store.db(), 1).first().id, QStringLiteral("x"), QStringLiteral("改"), 1, kStart),
                 agenda::Refusal::Finalized);
        store.db().exec("DROP TRIGGER agenda_draft_sealed_update");
        store.db().exec("UPDATE agenda_draft SET text = text || '补充' WHERE item_id = 1");
        const seal::Verification changed = seal::verify(store.db(), 1);
        QVERIFY(!changed.ok);
        QVERIFY2(changed.problem.contains(QStringLiteral("speech")), qPrintable(changed.problem));
        // An item slipped into the sealed meeting by the back door shows too.
        store.db().exec("UPDATE agenda_draft SET text = substr(text, 1, length(text) - 2) WHERE item_id = 1");
        QVERIFY(seal::verify(store.db(), 1).ok);
        store.db().exec("DROP TRIGGER agenda_item_sealed_insert");
        store.db().exec("INSERT INTO agenda_item (meeting_id, position, title, kind) VALUES (1, 2, '后加的', 'report')");
        QVERIFY(!seal::verify(store.db(), 1).ok);
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
