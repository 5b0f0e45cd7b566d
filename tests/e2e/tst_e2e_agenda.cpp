// End to end, agenda: a meeting of three items (two speakers and a break) set
// up from the command line, run from the console of the real `lectern` on an
// X server of its own; the speech switched to the item, a live edit while the
// prompter scrolls, a SIGKILL in item 2 and the restart back there; the
// meeting record lists the three items with their actual times.
#include "E2eSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace e2e;

namespace {

// A draft whose every sentence says which speech it is and where.
QByteArray draft(const QString &title, const QString &who, int paragraphs)
{
    QString text = title + QStringLiteral("\n\n同志们：\n\n");
    for (int i = 1; i <= paragraphs; ++i)
        text += QStringLiteral("%1第%2段，各乡镇要把粮食播种面积分解落实到村到户到田块，确保春耕生产各项措施落到实处。"
                               "%1第%2段之二，要加强农资供应和价格监管，切实保障农民群众的合法权益。\n\n")
                    .arg(who)
                    .arg(i);
    return text.toUtf8();
}

QJsonObject json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

// The sentences of an item's text, in order (as the prompter cuts them: after 。！？；).
QStringList sentencesOf(const QString &dir, int item)
{
    const QJsonArray blocks = json(lecternCommand({QStringLiteral("agenda"), QStringLiteral("text"), QStringLiteral("1"), QString::number(item),
                                                   QStringLiteral("--json"), QStringLiteral("--data-dir"), dir}))["blocks"].toArray();
    QStringList out;
    static const QRegularExpression end(QStringLiteral("(?<=[。！？；])"));
    for (const QJsonValue b : blocks)
        for (const QString &s : b[QStringLiteral("text")].toString().split(end, Qt::SkipEmptyParts))
            out.append(s);
    return out;
}

QString itemState(const QString &dir, int item)
{
    return agendaItem(dir, item)[QStringLiteral("state")].toString();
}

} // namespace

class TestEndToEndAgenda : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is not installed (scripts/deps.sh installs poppler-utils)");
    }

    void aMeetingOfThreeItems()
    {
        QTemporaryDir data;
        const QString map = data.filePath(QStringLiteral("ui.json"));
        const QString dir = data.filePath(QStringLiteral("d"));
        auto cli = [&dir](QStringList args) {
            args << QStringLiteral("--data-dir") << dir;
            return lecternCommand(args);
        };
        auto write = [&data](const QString &name, const QByteArray &bytes) {
            QFile f(data.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        // Set up from the command line: the roster, the meeting (begun two
        // minutes ago, an hour long), three items, two people at the door.
        cli({"roster", "import", write(QStringLiteral("名单.csv"), QStringLiteral("姓名,单位,职务\n王芳,农业局,局长\n刘建华,县政府,县长\n张三,办公室,主任\n").toUtf8())});
        const QString start = QDateTime::currentDateTime().addSecs(-120).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString end = QDateTime::currentDateTime().addSecs(3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY(json(cli({"meeting", "create", "--title", "全县春耕工作会议", "--start", start, "--end", end, "--json"}))["id"].toInt() == 1);
        const int report = json(cli({"agenda", "add", "1", "--title", "农业工作汇报", "--kind", "汇报", "--speaker", "王芳", "--draft",
                                     write(QStringLiteral("汇报.txt"), draft(QStringLiteral("关于春耕生产的汇报"), QStringLiteral("汇报"), 40)), "--json"}))["id"].toInt();
        const int speech = json(cli({"agenda", "add", "1", "--title", "县长讲话", "--kind", "讲话", "--speaker", "刘建华", "--draft",
                                     write(QStringLiteral("讲话.txt"), draft(QStringLiteral("在全县春耕工作会议上的讲话"), QStringLiteral("讲话"), 60)), "--json"}))["id"].toInt();
        const int pause = json(cli({"agenda", "add", "1", "--kind", "休息", "--minutes", "10", "--json"}))["id"].toInt();
        QVERIFY(report > 0 && speech > 0 && pause > 0);
        cli({"signin", "1", "王芳"});
        cli({"signin", "1", "刘建华"});

        const QProcessEnvironment env = kioskEnvironment(map, data.filePath(QStringLiteral("config")));
        const QStringList args = {QStringLiteral("--data-dir"), dir, QStringLiteral("--countdown"), QStringLiteral("0")};
        auto *kiosk = new QProcess(this);
        QVERIFY(startKiosk(*kiosk, env, args));

        // Home names the first item; the console (PIN set now) runs the agenda.
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("homeAgendaItem")).contains(QStringLiteral("农业工作汇报")), 30000);
        QVERIFY(tap(map, QStringLiteral("homeConsole")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("pinKeypad")), 10000);
        QVERIFY(typePin(QStringLiteral("2468")) && typePin(QStringLiteral("2468")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("tab_agenda")), 10000);
        QVERIFY(tap(map, QStringLiteral("tab_agenda")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("agendaNext")), 10000);
        QVERIFY(tap(map, QStringLiteral("agendaNext")));
        QTRY_COMPARE_WITH_TIMEOUT(itemState(dir, report), QStringLiteral("running"), 10000);
        QVERIFY(tap(map, QStringLiteral("agendaNext")));
        QTRY_COMPARE_WITH_TIMEOUT(itemState(dir, speech), QStringLiteral("running"), 10000);
        QCOMPARE(itemState(dir, report), QStringLiteral("done"));
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("agendaNow")).contains(QStringLiteral("县长讲话")), 10000);
        save(settledScreen(), QStringLiteral("e2e-agenda-console.png"));

        // The teleprompter is on the speech, item 2.
        QVERIFY(tap(map, QStringLiteral("consoleHome")));
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("homeAgendaItem")).contains(QStringLiteral("县长讲话")), 10000);
        QVERIFY(tap(map, QStringLiteral("homePrompter")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("prompterView")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("prompterView")).contains(QStringLiteral("讲话")), 10000);
        const QImage top = settledScreen();
        for (int i = 0; i < 25; ++i)
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Up")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        const QString resume = dir + QStringLiteral("/resume.json");
        QTRY_VERIFY_WITH_TIMEOUT(savedPosition(resume) > 60, 30000);
        QCOMPARE(json(readFile(resume))[QStringLiteral("item")].toInt(), speech);
        // Slow, still scrolling: a sentence now lasts long enough to be compared.
        for (int i = 0; i < 40; ++i)
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Down")}));
        save(settledScreen(), QStringLiteral("e2e-agenda-prompter.png"));

        // A live edit while it scrolls: a paragraph put in above the place
        // read and a word changed before it (from the command line: another
        // operator's machine); the same sentence stays under the reading line.
        const QStringList original = sentencesOf(dir, speech);
        const QString fingerprint = json(readFile(resume))[QStringLiteral("speech")].toString();
        const QString before = mapText(map, QStringLiteral("prompterView"));
        QVERIFY2(original.contains(before), qPrintable(before));
        cli({"agenda", "edit", "1", QString::number(speech), "--after", "2", "--text", "补充一段：春耕期间各地要确保农机具检修到位。"});
        QTRY_VERIFY_WITH_TIMEOUT(json(readFile(resume))[QStringLiteral("speech")].toString() != fingerprint, 10000);
        const QString after = mapText(map, QStringLiteral("prompterView"));
        // The same sentence — or, if the text moved on meanwhile, the very next one: never a jump.
        const qsizetype at = original.indexOf(before);
        QVERIFY2(after == before || (at + 1 < original.size() && after == original[at + 1]),
                 qPrintable(before + QStringLiteral(" → ") + after));
        QCOMPARE(sentencesOf(dir, speech).value(2), QStringLiteral("补充一段：春耕期间各地要确保农机具检修到位。"));

        // A crash in item 2; the restart comes back to item 2, at its place, and says so.
        kiosk->kill();
        QVERIFY(kiosk->waitForFinished(10000));
        const double left = savedPosition(resume);
        QFile::remove(map);
        QProcess again;
        QVERIFY(startKiosk(again, env, args));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("prompterView")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("resumedBanner")), 10000);
        const QString resumedAt = mapText(map, QStringLiteral("prompterView"));
        const QStringList edited = sentencesOf(dir, speech);
        QVERIFY2(edited.indexOf(resumedAt) >= edited.indexOf(before) && edited.indexOf(resumedAt) <= edited.indexOf(before) + 3,
                 qPrintable(resumedAt));
        const QImage resumed = settledScreen();
        save(resumed, QStringLiteral("e2e-agenda-resumed.png"));
        QVERIFY2(meanGreyDifference(top, resumed, 0.8) > 8, "the restart showed the top of the speech");
        QCOMPARE(itemState(dir, speech), QStringLiteral("running"));
        QVERIFY(left > 60);
        QVERIFY(quitWithPin(false));
        QVERIFY(again.waitForFinished(10000));

        // The break, the end, the record: three items with their actual times.
        cli({"agenda", "next", "1"});
        cli({"meeting", "close", "1"});
        const QString pdf = data.filePath(QStringLiteral("记录.pdf"));
        cli({"export", "1", "--what", "record", "--format", "pdf", "--out", pdf});
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        // (The tests run in English, LECTERN_LANG=en; names and titles are as typed.)
        const QString record = QString::fromUtf8(text.readAllStandardOutput()).simplified().remove(u' ');
        for (const QString &item : {QStringLiteral("1.report农业工作汇报—局长王芳"), QStringLiteral("2.speech县长讲话—县长刘建华"),
                                    QStringLiteral("3.break;")})
            QVERIFY2(record.contains(item), qPrintable(record));
        static const QRegularExpression actual(QStringLiteral("actual\\d+:\\d\\dto\\d+:\\d\\d"));
        QCOMPARE(record.count(actual), 3);
        QVERIFY2(record.contains(QStringLiteral("1liveedit;")), qPrintable(record));
        QCOMPARE(record.count(QStringLiteral("attendedby王芳,刘建华")), 3);
    }
};

QTEST_MAIN(TestEndToEndAgenda)
#include "tst_e2e_agenda.moc"
