// Runs the real `lectern` binary's headless commands, as administrators' scripts do.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

namespace {

struct Run { int exitCode; QByteArray out; QByteArray err; };

Run lectern(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
    if (!p.waitForFinished(60000))
        qFatal("lectern did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString sample() { return qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"); }

// A 16 kHz mono 16-bit WAV: 1 s of silence, `syllables` vowel-like bursts at 4 a second, 1 s of silence.
QByteArray wavOfSyllables(int syllables)
{
    QByteArray pcm;
    auto sample = [&pcm](double v) {
        const qint16 s = qint16(std::lround(std::clamp(v, -1.0, 1.0) * 32767));
        pcm.append(char(s & 0xff)).append(char((s >> 8) & 0xff));
    };
    for (int i = 0; i < 16000; ++i)
        sample(0);
    for (int k = 0; k < syllables; ++k)
        for (int i = 0; i < 4000; ++i) {
            const double t = i / 16000.0;
            const double env = t < 0.19 ? 0.5 - 0.5 * std::cos(2 * M_PI * t / 0.19) : 0;
            sample(0.3 * env * (std::sin(2 * M_PI * 140 * t) + std::sin(2 * M_PI * 420 * t) / 3 + std::sin(2 * M_PI * 700 * t) / 5));
        }
    for (int i = 0; i < 16000; ++i)
        sample(0);
    auto u32 = [](quint32 v) { return QByteArray(reinterpret_cast<const char *>(&v), 4); }; // little-endian here
    auto u16 = [](quint16 v) { return QByteArray(reinterpret_cast<const char *>(&v), 2); };
    return "RIFF" + u32(36 + pcm.size()) + "WAVEfmt " + u32(16) + u16(1) + u16(1) + u32(16000) + u32(32000) + u16(2) + u16(16)
        + "data" + u32(pcm.size()) + pcm;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    // lectern audio analyze: the stretches of voice and the rate, as JSON; a
    // file that is not sound is one line and exit 1; a wrong call exit 2.
    void audioAnalyze()
    {
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("speech.wav"));
        QFile f(wav);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wavOfSyllables(16));
        f.close();
        const Run r = lectern({QStringLiteral("audio"), QStringLiteral("analyze"), wav, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.size(), 1);
        QVERIFY(std::abs(segments[0][QStringLiteral("start")].toDouble() - 1.0) < 0.3);
        QVERIFY(std::abs(segments[0][QStringLiteral("end")].toDouble() - 5.0) < 0.3);
        QVERIFY2(std::abs(o.value(QStringLiteral("rate_cpm")).toDouble() - 240) < 36, r.out.constData()); // 4 a second, ±15 %
        QCOMPARE(o.value(QStringLiteral("seconds")).toDouble(), 6.0);
        QVERIFY(o.value(QStringLiteral("unfinished")).isBool()); // a whole file: false
        QVERIFY(!o.value(QStringLiteral("unfinished")).toBool());

        const QString text = dir.filePath(QStringLiteral("notes.wav"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("会议纪要，不是录音。\n");
        t.close();
        const Run bad = lectern({QStringLiteral("audio"), QStringLiteral("analyze"), text});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith(text.toUtf8()));
        QCOMPARE(bad.err.count('\n'), 1);
        QCOMPARE(lectern({QStringLiteral("audio"), QStringLiteral("listen")}).exitCode, 2);
        QCOMPARE(lectern({QStringLiteral("audio")}).exitCode, 2);
    }

    void inspectJsonHasTheDocumentedShape()
    {
        const Run r = lectern({QStringLiteral("inspect"), sample(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"title", "byline", "date", "occasion", "salutation", "closing", "blocks", "removed", "placeholders", "stats"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o["title"].toString(), QStringLiteral("在全区数字政务服务推进会上的讲话"));
        QCOMPARE(o["byline"].toString(), QStringLiteral("区长 ×××"));
        const QJsonArray blocks = o["blocks"].toArray();
        QVERIFY(blocks.size() > 10);
        for (const auto &b : blocks)
            for (const char *key : {"id", "kind", "level", "text"})
                QVERIFY(b.toObject().contains(QLatin1String(key)));
        QCOMPARE(blocks.first()["kind"].toString(), QStringLiteral("title"));
        const QJsonArray ps = o["placeholders"].toArray();
        QCOMPARE(ps.size(), 5);
        const int block = ps[0]["block"].toInt(), offset = ps[0]["offset"].toInt();
        QCOMPARE(blocks[block - 1]["text"].toString().mid(offset, 3), QStringLiteral("×××"));
        const QJsonObject stats = o["stats"].toObject();
        QVERIFY(stats["han_chars"].toInt() > 900);
        QCOMPARE(stats["est_seconds"].toDouble(), stats["han_chars"].toInt() / 3.0);
    }

    void inspectFixtureJson()
    {
        const QString fixture = qEnvironmentVariable("LECTERN_FIXTURES") + QStringLiteral("/speech-lianzheng-yuetan.txt");
        if (!QFile::exists(fixture))
            QSKIP("../shared/fixtures is not here");
        const Run r = lectern({QStringLiteral("inspect"), fixture, QStringLiteral("--json"), QStringLiteral("--rate"), QStringLiteral("150")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["removed"].toArray().size(), 8);
        QCOMPARE(o["removed"].toArray().first()["reason"].toString(), QStringLiteral("boilerplate"));
        QCOMPARE(o["placeholders"].toArray().size(), 7);
        QCOMPARE(o["stats"]["rate"].toInt(), 150);

        // Putting line 2 back keeps it as text above the title.
        const Run kept = lectern({QStringLiteral("inspect"), fixture, QStringLiteral("--json"), QStringLiteral("--keep"), QStringLiteral("2")});
        const QJsonObject k = QJsonDocument::fromJson(kept.out).object();
        QCOMPARE(k["removed"].toArray().size(), 7);
        QCOMPARE(k["blocks"].toArray().first()["text"].toString(), QStringLiteral("酷乐文行"));
    }

    void fillReplacesEveryOccurrence()
    {
        const Run r = lectern({QStringLiteral("inspect"), sample(), QStringLiteral("--json"), QStringLiteral("--fill"),
                               QStringLiteral("×××=王五"), QStringLiteral("--fill"), QStringLiteral("X=临江")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["byline"].toString(), QStringLiteral("区长 王五"));
        QStringList left;
        for (const auto &p : o["placeholders"].toArray())
            left.append(p.toObject()["text"].toString());
        QCOMPARE(left, QStringList({"○○", "XX", "某某"}));
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("全区共有临江个事项")));

        const Run missing = lectern({QStringLiteral("inspect"), sample(), QStringLiteral("--fill"), QStringLiteral("□□=甲")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(QString::fromUtf8(missing.err).contains(QStringLiteral("□□")));
        const Run bad = lectern({QStringLiteral("inspect"), sample(), QStringLiteral("--fill"), QStringLiteral("nothing")});
        QCOMPARE(bad.exitCode, 2);
    }

    void paginateJson_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<double>("fontPx");
        QTest::newRow("48 px") << QStringList{"--size", "1920x1080", "--font-px", "48"} << 48.0;
        QTest::newRow("auto-fit") << QStringList{"--size", "1920x1080", "--auto-fit"} << 60.0;
        QTest::newRow("4K auto-fit") << QStringList{"--size", "3840x2160", "--auto-fit"} << 120.0;
        QTest::newRow("configured minimum") << QStringList{"--size", "1920x1080", "--auto-fit", "--min-px", "44"} << 44.0;
    }
    void paginateJson()
    {
        QFETCH(QStringList, options);
        QFETCH(double, fontPx);
        const Run r = lectern(QStringList{QStringLiteral("paginate"), sample(), QStringLiteral("--json")} + options);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["font_px"].toDouble(), fontPx);
        const QJsonArray pages = o["pages"].toArray();
        QVERIFY(pages.size() > 3);
        QString all;
        int previousBlock = 0;
        for (const auto &v : pages) {
            const QJsonObject page = v.toObject();
            for (const char *key : {"first", "last", "lines", "text"})
                QVERIFY2(page.contains(QLatin1String(key)), key);
            QVERIFY(page["first"]["block"].toInt() >= previousBlock);
            previousBlock = page["last"]["block"].toInt();
            QVERIFY(!page["lines"].toArray().isEmpty());
            all += page["text"].toString();
        }
        QVERIFY(all.contains(QStringLiteral("在全区数字政务服务推进会上的讲话")));
        QVERIFY(all.endsWith(QStringLiteral("我的讲话完了，谢谢大家！")));
    }

    void paginateErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad size") << QStringList{"paginate", "x.txt", "--size", "big"} << 2;
        QTest::newRow("bad px") << QStringList{"paginate", "x.txt", "--font-px", "2"} << 2;
        QTest::newRow("bad minimum") << QStringList{"paginate", "x.txt", "--min-px", "1"} << 2;
        QTest::newRow("nan px") << QStringList{"paginate", "x.txt", "--font-px", "nan"} << 2;
        QTest::newRow("inf minimum") << QStringList{"paginate", "x.txt", "--min-px", "inf"} << 2;
        QTest::newRow("no file") << QStringList{"paginate"} << 2;
        QTest::newRow("missing") << QStringList{"paginate", "/nonexistent/a.txt"} << 1;
    }
    void paginateErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = lectern(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.trimmed().count('\n') == 0 || r.err.contains("XDG_RUNTIME_DIR"));
    }

    void inspectTextReport()
    {
        const Run r = lectern({QStringLiteral("inspect"), sample()});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("在全区数字政务服务推进会上的讲话")));
        QVERIFY(out.contains(QStringLiteral("Placeholders to fill in (5)")));
        QVERIFY(out.contains(QStringLiteral("180 characters per minute")));
    }

    void chineseByDefault()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LECTERN_LANG"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("inspect"), sample()});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("标题")), qPrintable(out.left(200)));
        QVERIFY(out.contains(QStringLiteral("字/分钟")));

        QProcess paginate;
        paginate.setProcessEnvironment(env);
        paginate.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("paginate"), sample()});
        QVERIFY(paginate.waitForFinished(60000));
        const QString pages = QString::fromUtf8(paginate.readAllStandardOutput());
        QVERIFY2(pages.contains(QStringLiteral("页，字号")), qPrintable(pages.left(200)));
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing file") << QStringList{"inspect", "/nonexistent/speech.txt"} << 1 << "/nonexistent/speech.txt";
        QTest::newRow("no file") << QStringList{"inspect"} << 2 << "no file";
        QTest::newRow("bad rate") << QStringList{"inspect", "x.txt", "--rate", "9999"} << 2 << "--rate";
        QTest::newRow("bad option") << QStringList{"inspect", "x.txt", "--bogus"} << 2 << "--bogus";
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run r = lectern(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    // Mistakes on the command line are usage errors (exit 2, one line and the
    // usage on stderr), never a full-screen kiosk — also where there is no display.
    void commandLineMistakes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("mistyped command") << QStringList{"inspct", "x.txt"} << "inspct";
        QTest::newRow("unknown kiosk option") << QStringList{"--mriror"} << "mriror";
        QTest::newRow("bad kiosk mode") << QStringList{"--mode", "projector"} << "projector";
        QTest::newRow("stray kiosk argument") << QStringList{"--windowed", "speech.txt"} << "speech.txt";
    }
    void commandLineMistakes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // no display at all: xcb would abort if it were tried
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QStringList lines = err.split(u'\n');
        const auto message = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(u"lectern:"); });
        QVERIFY2(message != lines.end() && message->contains(mentions), qPrintable(err));
    }

    // Markdown headings must not make Qt warn about font sizes on stderr.
    void inspectMarkdownIsQuiet()
    {
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("speech.md"));
        QFile f(md);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# 在座谈会上的讲话\n\n同志们：\n\n## 一、提高认识\n\n### 1. 统一思想\n\n今天召开这次会议。\n\n谢谢大家！\n");
        f.close();
        const Run r = lectern({QStringLiteral("inspect"), md});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("setPixelSize"), r.err.constData());
    }

    // A pipe given as the speech would block reading forever: refused at once.
    void aPipeIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("speech.txt"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        for (const char *command : {"inspect", "paginate"}) {
            const Run r = lectern({QLatin1String(command), fifo});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("speech.txt: ") && r.err.contains("not a regular file"), r.err.constData());
        }
    }

    void badFileContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.docx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04garbage that is not a zip at all");
        f.close();
        const Run r = lectern({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(QString::fromUtf8(r.err).startsWith(path + QStringLiteral(": ")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
