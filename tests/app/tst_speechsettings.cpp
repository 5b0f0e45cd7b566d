// Per-speech prompter settings: remembered across runs, validated when read
// back (a damaged file never makes the prompter unusable), and a failed save
// is said, not swallowed.
#include "app/SpeechSettings.h"
#include "prompter/PrompterController.h"
#include "prompter/PrompterViewState.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lectern;

namespace {

struct Rig
{
    explicit Rig(const QString &file) : settings(file, &prompter, &view) {}
    PrompterController prompter;
    PrompterViewState view;
    SpeechSettings settings;
};

} // namespace

class TestSpeechSettings : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_file = m_dir->filePath(QStringLiteral("prompter-settings.ini"));
    }

    void rememberedPerSpeech()
    {
        {
            Rig r(m_file);
            QSignalSpy loaded(&r.settings, &SpeechSettings::loaded);
            r.settings.setSpeechKey(QStringLiteral("speech-a"));
            QCOMPARE(loaded.count(), 1);
            QVERIFY(!r.settings.known());
            QCOMPARE(r.prompter.speed(), 180);
            // Keys and buttons change the same objects; each change is saved.
            r.prompter.setSpeed(220);
            r.view.setFontPx(64);
            r.view.setReadingLine(0.4);
            r.view.toggleMirrorHorizontal();
        }
        Rig again(m_file);
        again.settings.setSpeechKey(QStringLiteral("speech-a"));
        QVERIFY(again.settings.known());
        QCOMPARE(again.prompter.speed(), 220);
        QCOMPARE(again.view.fontPx(), 64.0);
        QCOMPARE(again.view.readingLine(), 0.4);
        QVERIFY(again.view.mirrorHorizontal());
        QVERIFY(!again.view.mirrorVertical());

        Rig other(m_file);
        other.settings.setSpeechKey(QStringLiteral("speech-b"));
        QVERIFY(!other.settings.known());
        QCOMPARE(other.prompter.speed(), 180);
        QCOMPARE(other.view.fontPx(), 0.0);
        QVERIFY(!other.view.mirrorHorizontal());
    }

    void aSpeedFollowingATargetIsNotSaved()
    {
        Rig r(m_file);
        r.settings.setSpeechKey(QStringLiteral("k"));
        r.prompter.setSpeed(200);
        r.prompter.setTargetSeconds(60); // speed follows the target now
        Rig again(m_file);
        again.settings.setSpeechKey(QStringLiteral("k"));
        QCOMPARE(again.prompter.speed(), 200);
    }

    void damagedValuesAreClampedOrIgnored_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("huge font") << "fontPx" << "100000" << "fontPx" << QVariant(400.0);
        QTest::newRow("negative font") << "fontPx" << "-20" << "fontPx" << QVariant(0.0);
        QTest::newRow("nan reading line") << "readingLine" << "nan" << "readingLine" << QVariant(1.0 / 3.0);
        QTest::newRow("reading line off screen") << "readingLine" << "7" << "readingLine" << QVariant(0.9);
        QTest::newRow("inf spacing") << "lineSpacing" << "inf" << "lineSpacing" << QVariant(1.4);
        QTest::newRow("mirror banana") << "mirrorHorizontal" << "banana" << "mirrorHorizontal" << QVariant(false);
        QTest::newRow("mirror 2") << "mirrorVertical" << "2" << "mirrorVertical" << QVariant(false);
        QTest::newRow("mirror true") << "mirrorVertical" << "true" << "mirrorVertical" << QVariant(true);
    }
    void damagedValuesAreClampedOrIgnored()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, property);
        QFETCH(QVariant, expected);
        {
            QSettings raw(m_file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("k/") + key, value);
            raw.setValue(QStringLiteral("k/speed"), QStringLiteral("99999"));
        }
        Rig r(m_file);
        r.view.setReferenceHeight(1080);
        r.settings.setSpeechKey(QStringLiteral("k"));
        QVERIFY(r.settings.known());
        QCOMPARE(r.prompter.speed(), 400);
        const QVariant actual = r.view.property(qPrintable(property));
        if (expected.typeId() == QMetaType::Double)
            QVERIFY2(qFuzzyCompare(actual.toDouble(), expected.toDouble()), qPrintable(actual.toString()));
        else
            QCOMPARE(actual, expected);
        // What the speaker sees stays usable: never over a quarter of the screen.
        QVERIFY(r.view.effectiveFontPx() <= 270);
        // And what is written back is sane.
        r.view.larger();
        QSettings raw(m_file, QSettings::IniFormat);
        const double line = raw.value(QStringLiteral("k/readingLine")).toDouble();
        QVERIFY(std::isfinite(line) && line >= 0.1 && line <= 0.9);
        QVERIFY(raw.value(QStringLiteral("k/fontPx")).toDouble() <= 400);
    }

    void aFailedSaveIsSaid()
    {
        // A file where the folder should be: nothing can be written there.
        const QString blocker = m_dir->filePath(QStringLiteral("blocked"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Rig r(blocker + QStringLiteral("/prompter-settings.ini"));
        r.settings.setSpeechKey(QStringLiteral("k"));
        QSignalSpy failed(&r.settings, &SpeechSettings::saveFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("prompter settings not saved: .*blocked")));
        r.view.larger();
        QCOMPARE(failed.count(), 1);
        QVERIFY(r.settings.lastError().contains(QStringLiteral("blocked")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestSpeechSettings)
#include "tst_speechsettings.moc"
