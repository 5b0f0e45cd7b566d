// The kiosk's short sounds: known by name, shipped in the binary, and silent
// (never an error) when there is nothing to play them on.
#include "listen/SoundCue.h"

#include <QFile>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace lectern;

class TestSoundCue : public QObject
{
    Q_OBJECT
private slots:
    void knownSoundsAreShipped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("chime") << "chime";
        QTest::newRow("tick") << "tick";
    }
    void knownSoundsAreShipped()
    {
        QFETCH(QString, name);
        const QString source = SoundCue::sourceOf(name);
        QVERIFY(!source.isEmpty());
        QFile wav(QUrl(source).path().prepend(u':'));
        QVERIFY2(wav.open(QIODevice::ReadOnly), qPrintable(wav.fileName()));
        const QByteArray head = wav.read(12);
        QVERIFY(head.startsWith("RIFF") && head.endsWith("WAVE"));
        QVERIFY(wav.size() > 1000);
    }

    void unknownOrNoDeviceIsSilence()
    {
        SoundCue cue;
        QSignalSpy named(&cue, &SoundCue::nameChanged);
        cue.setName(QStringLiteral("fanfare"));
        QCOMPARE(named.size(), 1);
        QVERIFY(!cue.available());
        cue.play(); // nothing, and no crash
        cue.setName(QStringLiteral("tick"));
        QCOMPARE(cue.available(), !QMediaDevices::audioOutputs().isEmpty());
        cue.play();
        cue.play();
    }
};

QTEST_MAIN(TestSoundCue)
#include "tst_soundcue.moc"
