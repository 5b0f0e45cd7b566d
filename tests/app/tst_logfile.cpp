// The log a secretary hands to support: every message with time, level and
// category, in a file that rotates at its size cap and keeps the last few.
#include "app/LogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "lectern.test")

using namespace lectern;

class TestLogFile : public QObject
{
    Q_OBJECT
private slots:
    void writesAndRotates()
    {
        QTemporaryDir dir;
        installLogFile(dir.filePath(QStringLiteral("logs")), 4096, 2);
        QCOMPARE(logFilePath(), dir.filePath(QStringLiteral("logs/lectern.log")));
        qCInfo(lcTest) << "签到：张三";
        QTest::ignoreMessage(QtWarningMsg, "a warning");
        qCWarning(lcTest) << "a warning";
        QFile f(logFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY2(text.contains(QStringLiteral(" I lectern.test: 签到：张三")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(" W lectern.test: a warning")));
        // Past the cap: the file rotates; only `keep` old files stay.
        for (int i = 0; i < 400; ++i)
            qCInfo(lcTest) << "line" << i << QString(40, u'x');
        const QDir logs(dir.filePath(QStringLiteral("logs")));
        const QStringList files = logs.entryList({QStringLiteral("lectern*.log")}, QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({"lectern.1.log", "lectern.2.log", "lectern.log"}));
        for (const QString &name : files)
            QVERIFY2(QFileInfo(logs.filePath(name)).size() <= 4096 + 200, qPrintable(name));
        QFile last(logs.filePath(QStringLiteral("lectern.log")));
        QVERIFY(last.open(QIODevice::ReadOnly));
        QVERIFY(!last.readAll().contains("签到")); // the oldest lines went with the rotation
    }

    // No sound server: Qt's backend complains each time sound is asked for;
    // the log (and stderr) says it once, in words an operator can act on.
    void noSoundServerIsSaidOnce()
    {
        QTemporaryDir dir;
        installLogFile(dir.filePath(QStringLiteral("logs")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^no sound server answers")));
        for (int i = 0; i < 3; ++i)
            qWarning("PulseAudioService: pa_context_connect() failed");
        QFile f(logFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QStringLiteral("no sound server answers")), 1);
        QVERIFY2(text.contains(QStringLiteral(" W lectern.audio: no sound server answers")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("pa_context_connect")));
        // Other warnings pass as they are.
        QTest::ignoreMessage(QtWarningMsg, "PulseAudioService: something else");
        qWarning("PulseAudioService: something else");
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
