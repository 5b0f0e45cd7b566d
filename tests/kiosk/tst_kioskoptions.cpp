// The kiosk's command line: every option declared once, parsed into the
// Application's options; anything else is a usage error (exit 2), never a kiosk.
#include "kiosk/KioskOptions.h"

#include <QTest>

using namespace lectern;
using Outcome = KioskOptions::Outcome;

class TestKioskOptions : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        const auto p = KioskOptions::parse({QStringLiteral("lectern")});
        QCOMPARE(p.outcome, Outcome::Run);
        QCOMPARE(p.values.mode, AppOptions::Home);
        QVERIFY(p.values.speechPath.isEmpty());
        QCOMPARE(p.values.countdownSeconds, 3);
        QCOMPARE(p.values.screen, 1);
        QVERIFY(!p.values.windowed);
    }

    void valid()
    {
        const auto p = KioskOptions::parse({"lectern", "--speech", "a.docx", "--mode", "prompter", "--mirror", "--data-dir", "/tmp/x",
                                            "--page-min-px", "54", "--screen", "2", "--countdown", "0", "--lang", "en"});
        QCOMPARE(p.outcome, Outcome::Run);
        QCOMPARE(p.values.speechPath, QStringLiteral("a.docx"));
        QCOMPARE(p.values.mode, AppOptions::Prompter);
        QVERIFY(p.values.mirror);
        QCOMPARE(p.values.dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(p.values.pageMinPx, 54);
        QCOMPARE(p.values.screen, 2);
        QCOMPARE(p.values.countdownSeconds, 0);
        QCOMPARE(p.values.language, QStringLiteral("en"));
    }

    void selfTestIsWindowed()
    {
        const auto p = KioskOptions::parse({"lectern", "--self-test"});
        QVERIFY(p.values.selfTest);
        QVERIFY(p.values.windowed);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{"lectern", "--mriror"} << "mriror";
        QTest::newRow("missing value") << QStringList{"lectern", "--speech"} << "speech";
        QTest::newRow("bad mode") << QStringList{"lectern", "--mode", "projector"} << "projector";
        QTest::newRow("screen 0") << QStringList{"lectern", "--screen", "0"} << "--screen";
        QTest::newRow("screen text") << QStringList{"lectern", "--screen", "two"} << "two";
        QTest::newRow("page-min-px too big") << QStringList{"lectern", "--page-min-px", "4000"} << "--page-min-px";
        QTest::newRow("countdown negative") << QStringList{"lectern", "--countdown", "-1"} << "--countdown";
        QTest::newRow("stray argument") << QStringList{"lectern", "--windowed", "speech.txt"} << "speech.txt";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto p = KioskOptions::parse(args);
        QCOMPARE(p.outcome, Outcome::UsageError);
        QVERIFY2(p.message.contains(mentions), qPrintable(p.message));
        QVERIFY2(!p.message.contains(u'\n'), "one line");
    }

    void helpAndErrorsKnowTheLanguage()
    {
        QCOMPARE(KioskOptions::parse({"lectern", "--lang", "en", "--help"}).values.language, QStringLiteral("en"));
        QCOMPARE(KioskOptions::parse({"lectern", "--mode", "x", "--lang", "en"}).values.language, QStringLiteral("en"));
    }

    void help()
    {
        const auto p = KioskOptions::parse({"lectern", "--help"});
        QCOMPARE(p.outcome, Outcome::Help);
        for (const char *o : {"--speech", "--mode", "--mirror", "--countdown", "--data-dir", "--screen"})
            QVERIFY2(p.message.contains(QLatin1String(o)), o);
    }
};

QTEST_GUILESS_MAIN(TestKioskOptions)
#include "tst_kioskoptions.moc"
