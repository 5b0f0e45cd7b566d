#include "kiosk/PrompterSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestPrompterSettings : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        PrompterSettings::setStorageDirectory(m_dir->path());
    }

    void rememberedPerSpeech()
    {
        {
            PrompterSettings s;
            QSignalSpy loaded(&s, &PrompterSettings::loaded);
            s.setSpeechKey(QStringLiteral("speech-a"));
            QCOMPARE(loaded.count(), 1);
            QVERIFY(!s.known());
            QCOMPARE(s.speed(), 180);
            QSignalSpy changed(&s, &PrompterSettings::changed);
            s.setSpeed(220);
            s.setFontPx(64);
            s.setReadingLine(0.4);
            s.setMirrorHorizontal(true);
            s.setSpeed(220); // no change, no signal
            QCOMPARE(changed.count(), 4);
        }
        PrompterSettings again;
        again.setSpeechKey(QStringLiteral("speech-a"));
        QVERIFY(again.known());
        QCOMPARE(again.speed(), 220);
        QCOMPARE(again.fontPx(), 64);
        QCOMPARE(again.readingLine(), 0.4);
        QVERIFY(again.mirrorHorizontal());
        QVERIFY(!again.mirrorVertical());

        PrompterSettings other;
        other.setSpeechKey(QStringLiteral("speech-b"));
        QVERIFY(!other.known());
        QCOMPARE(other.speed(), 180);
        QVERIFY(QFile::exists(PrompterSettings::storageFile()));
        QVERIFY(PrompterSettings::storageFile().startsWith(m_dir->path()));
    }

    void valuesAreClamped()
    {
        PrompterSettings s;
        s.setSpeechKey(QStringLiteral("k"));
        s.setSpeed(9999);
        QCOMPARE(s.speed(), 400);
        s.setReadingLine(2.0);
        QCOMPARE(s.readingLine(), 0.9);
        s.setFontPx(-5);
        QCOMPARE(s.fontPx(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestPrompterSettings)
#include "tst_promptersettings.moc"
