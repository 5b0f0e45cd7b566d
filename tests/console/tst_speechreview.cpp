// A speech reviewed before it is used: the structure found, the lines taken
// out listed and put back, the blanks filled everywhere at once, every step
// undone, and the decisions saved so that the kiosk opens the same speech.
#include "console/SpeechReview.h"
#include "document/SpeechChoice.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace lectern;

namespace {

// Our own draft: a watermark line above the title, a blank used twice and another once.
const char kDraft[] = "仅供学习 禁止外传\n"
                      "在年度工作会议上的讲话\n"
                      "同志们：\n"
                      "今天我们召开年度工作会议，XX同志将作专题报告。这一年来各部门真抓实干，各项任务取得新进展。\n"
                      "一、肯定成绩\n"
                      "全年共办结事项一千余件，XX同志分管的工作成绩突出，×××处室也作出了贡献。\n"
                      "谢谢大家！\n";

QString writeDraft(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("draft.txt"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(kDraft);
    return path;
}

int rowWithLine(const RemovalListModel &m, int line)
{
    for (int i = 0; i < m.rowCount(); ++i)
        if (m.data(m.index(i), RemovalListModel::LineRole).toInt() == line)
            return i;
    return -1;
}

} // namespace

class TestSpeechReview : public QObject
{
    Q_OBJECT
private slots:
    void showsWhatTheImportFound()
    {
        QTemporaryDir dir;
        SpeechReview review;
        QAbstractItemModelTester removals(review.removals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester blanks(review.placeholders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&review, &SpeechReview::changed);
        QVERIFY(review.open(QUrl::fromLocalFile(writeDraft(dir)).toString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(review.title(), QStringLiteral("在年度工作会议上的讲话"));
        QVERIFY(review.structureText().contains(QStringLiteral("Title: 在年度工作会议上的讲话")));
        QVERIFY(review.structureText().contains(QStringLiteral("1 headings")));
        QCOMPARE(review.removalCount(), 1);
        QCOMPARE(review.removals()->data(review.removals()->index(0), RemovalListModel::TextRole).toString(), QStringLiteral("仅供学习 禁止外传"));
        QCOMPARE(review.removals()->data(review.removals()->index(0), RemovalListModel::LineRole).toInt(), 1);
        // Two distinct blanks: XX twice, ××× once, each with its words around it.
        QCOMPARE(review.placeholderCount(), 2);
        const QModelIndex xx = review.placeholders()->index(0);
        QCOMPARE(review.placeholders()->data(xx, PlaceholderListModel::TextRole).toString(), QStringLiteral("XX"));
        QCOMPARE(review.placeholders()->data(xx, PlaceholderListModel::CountRole).toInt(), 2);
        QVERIFY(review.placeholders()->data(xx, PlaceholderListModel::ContextRole).toString().contains(QStringLiteral("同志将作")));
        // The preview marks the blanks and escapes the text.
        QVERIFY(review.preview().contains(QStringLiteral("<u>XX</u>")));
        QVERIFY(!review.canUndo());
    }

    void putsALineBackAndUndoes()
    {
        QTemporaryDir dir;
        SpeechReview review;
        QAbstractItemModelTester removals(review.removals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(review.open(writeDraft(dir)));
        QVERIFY(!review.preview().contains(QStringLiteral("仅供学习")));
        review.setKept(1, true);
        QVERIFY(review.canUndo());
        QVERIFY(review.preview().contains(QStringLiteral("仅供学习"))); // in the speech now
        const int row = rowWithLine(*review.removals(), 1);
        QVERIFY(row >= 0); // still listed, as kept, so that it can be taken out again
        QVERIFY(review.removals()->data(review.removals()->index(row), RemovalListModel::KeptRole).toBool());
        QVERIFY(review.choice().keepLines.contains(1));
        review.setKept(7, true); // nothing was taken out of line 7: no step
        QVERIFY(!review.choice().keepLines.contains(7));
        review.undo();
        QVERIFY(!review.preview().contains(QStringLiteral("仅供学习")));
        QVERIFY(!review.canUndo());
        QVERIFY(!review.removals()->data(review.removals()->index(0), RemovalListModel::KeptRole).toBool());
    }

    void fillsEveryOccurrenceAndUndoes()
    {
        QTemporaryDir dir;
        SpeechReview review;
        QAbstractItemModelTester blanks(review.placeholders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(review.open(writeDraft(dir)));
        QVERIFY(!review.fill(QStringLiteral("XX"), QStringLiteral("   "))); // nothing to fill with
        QVERIFY(review.fill(QStringLiteral("XX"), QStringLiteral(" 张伟 ")));
        QCOMPARE(review.preview().count(QStringLiteral("张伟同志")), 2);
        QVERIFY(!review.preview().contains(QStringLiteral("<u>XX</u>")));
        QCOMPARE(review.placeholderCount(), 1);
        QCOMPARE(review.fillsText(), QStringLiteral("XX → 张伟"));
        QVERIFY(review.fill(QStringLiteral("×××"), QStringLiteral("办公")));
        QCOMPARE(review.placeholderCount(), 0);
        review.undo();
        QCOMPARE(review.placeholderCount(), 1);
        QCOMPARE(review.preview().count(QStringLiteral("张伟同志")), 2);
        review.undo();
        QCOMPARE(review.placeholderCount(), 2);
        QVERIFY(review.fills().isEmpty());
    }

    // Saved, the decisions give the same speech again, here and in the kiosk.
    void theChoiceIsKeptAndOpensTheSameSpeech()
    {
        QTemporaryDir dir;
        SpeechReview review;
        QVERIFY(review.open(writeDraft(dir)));
        review.setKept(1, true);
        QVERIFY(review.fill(QStringLiteral("XX"), QStringLiteral("张伟")));
        const QString file = dir.filePath(QStringLiteral("speech.json"));
        QVERIFY(review.save(file));
        const QString preview = review.preview();

        SpeechReview again;
        QVERIFY(again.openChoice(file));
        QCOMPARE(again.preview(), preview);
        QCOMPARE(again.fills(), review.fills());
        QVERIFY(!again.canUndo()); // a new review starts from what was saved

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString problem;
        const auto choice = SpeechChoice::fromJson(f.readAll(), &problem);
        QVERIFY2(choice, qPrintable(problem));
        const ImportResult imported = importChosen(*choice);
        QVERIFY(imported.ok());
        QCOMPARE(imported.document->blocks.first().text, QStringLiteral("仅供学习 禁止外传"));
        // Put back, a watermark is still no part of the title: it stands above it, apart.
        QCOMPARE(imported.document->blocks.first().kind, BlockKind::Preamble);
        QCOMPARE(imported.document->textOf(BlockKind::Title), QStringLiteral("在年度工作会议上的讲话"));
        QVERIFY(imported.document->blocks.at(3).text.contains(QStringLiteral("张伟同志将作")));
    }

    void aFileThatIsNoSpeech()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.txt"));
        QFile(path).open(QIODevice::WriteOnly);
        SpeechReview review;
        QVERIFY(!review.open(path));
        QVERIFY(!review.ready());
        QVERIFY(review.error().startsWith(path));
        QCOMPARE(review.removalCount(), 0);
        QVERIFY(!review.fill(QStringLiteral("XX"), QStringLiteral("a")));
        QVERIFY(!review.save(dir.filePath(QStringLiteral("speech.json"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("speech.json"))));
        QVERIFY(!review.openChoice(dir.filePath(QStringLiteral("none.json"))));
    }

    void aChoiceFileThatIsNotOurs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("speech.txt");
        QTest::newRow("another version") << QByteArray(R"({"version":2,"path":"a.txt"})");
        QTest::newRow("no path") << QByteArray(R"({"version":1,"keep_lines":[1]})");
        QTest::newRow("path not text") << QByteArray(R"({"version":1,"path":5})");
    }
    void aChoiceFileThatIsNotOurs()
    {
        QFETCH(QByteArray, json);
        QString problem;
        QVERIFY(!SpeechChoice::fromJson(json, &problem));
        QVERIFY(!problem.isEmpty());
    }
};

QTEST_MAIN(TestSpeechReview)
#include "tst_speechreview.moc"
