// The Application object: services wired once, no process-wide state (two
// live side by side, each in its own data folder), keys routed through C++,
// and a reading position that advances with no view on screen.
#include "app/Application.h"
#include "../lan/FreePort.h"
#include "app/Configuration.h"
#include "meeting/MeetingStore.h"
#include "meeting/AgendaDraft.h"
#include "meeting/SpeechRecord.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

AppOptions::Values options(const QString &dataDir, AppOptions::Mode mode = AppOptions::Prompter)
{
    AppOptions::Values v;
    v.dataDir = dataDir;
    v.mode = mode;
    v.countdownSeconds = 0;
    return v;
}

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoApplicationsDoNotShareState()
    {
        QTemporaryDir a, b;
        Application one(options(a.path()));
        Application two(options(b.path()));
        one.loadSpeech();
        two.loadSpeech();
        QCOMPARE(one.session()->status(), SpeechSession::Ready); // the sample speech
        QVERIFY(one.prompter()->total() > 0);
        QCOMPARE(one.settings()->file(), QDir(a.path()).filePath(QStringLiteral("prompter-settings.ini")));

        one.prompterView()->larger();
        QVERIFY(one.prompterView()->fontPx() > 0);
        QCOMPARE(two.prompterView()->fontPx(), 0.0);
        QVERIFY(QFile::exists(one.settings()->file()));
        QVERIFY(!QFile::exists(two.settings()->file()));

        // The same speech in a third Application over the first folder opens as it was left.
        Application three(options(a.path()));
        three.loadSpeech();
        QCOMPARE(three.prompterView()->fontPx(), one.prompterView()->fontPx());
    }

    void keysOfTheViewGoThroughTheController_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("property");
        QTest::newRow("+") << int(Qt::Key_Plus) << "fontPx";
        QTest::newRow("-") << int(Qt::Key_Minus) << "fontPx";
        QTest::newRow("M") << int(Qt::Key_M) << "mirrorHorizontal";
        QTest::newRow("V") << int(Qt::Key_V) << "mirrorVertical";
    }
    void keysOfTheViewGoThroughTheController()
    {
        QFETCH(int, key);
        QFETCH(QString, property);
        QTemporaryDir dir;
        Application app(options(dir.path()));
        app.loadSpeech();
        app.prompterView()->setReferenceHeight(1080);
        const QVariant before = app.prompterView()->property(qPrintable(property));
        QSignalSpy edited(app.prompterView(), &PrompterViewState::edited);
        QVERIFY(app.prompter()->handleKey(key, Qt::NoModifier));
        QCOMPARE(edited.count(), 1);
        QVERIFY(app.prompterView()->property(qPrintable(property)) != before);
        // Saved: a new Application over the same folder sees it.
        Application again(options(dir.path()));
        again.loadSpeech();
        QCOMPARE(again.prompterView()->property(qPrintable(property)), app.prompterView()->property(qPrintable(property)));
        // A key that is nobody's is not accepted.
        QVERIFY(!app.prompter()->handleKey(Qt::Key_Q, Qt::NoModifier));
    }

    void mirrorOptionWinsOverSettings()
    {
        QTemporaryDir dir;
        AppOptions::Values v = options(dir.path());
        v.mirror = true;
        Application app(v);
        app.loadSpeech();
        QVERIFY(app.prompterView()->mirrorHorizontal());
        // For this run only: the speech's own setting is not changed by the option.
        app.prompter()->faster(); // a real edit, so the speech's settings are written
        Application plain(options(dir.path()));
        plain.loadSpeech();
        QVERIFY(!plain.prompterView()->mirrorHorizontal());
        // Toggled by hand, it is the speaker's choice and is remembered.
        QVERIFY(app.prompter()->handleKey(Qt::Key_M, Qt::NoModifier)); // off
        QVERIFY(app.prompter()->handleKey(Qt::Key_M, Qt::NoModifier)); // on
        Application again(options(dir.path()));
        again.loadSpeech();
        QVERIFY(again.prompterView()->mirrorHorizontal());
    }

    void thePositionAdvancesWithoutAView()
    {
        QTemporaryDir dir;
        Application app(options(dir.path()));
        app.loadSpeech();
        QSignalSpy moved(app.prompter(), &ReadingPosition::positionChanged);
        app.prompter()->setSpeed(400);
        app.prompter()->start(); // countdown 0: running at once
        QCOMPARE(app.prompter()->state(), PrompterController::Running);
        QTRY_VERIFY_WITH_TIMEOUT(app.prompter()->position() > 0.5, 3000);
        QVERIFY(moved.count() >= 2);
        // The pages follow the same position without any view.
        app.pages()->setSpeech(app.session()->model());
        app.prompter()->end();
        QCOMPARE(app.navigator()->page(), app.pages()->count() - 1);
        // Paused: nothing ticks any more (idle costs nothing).
        app.prompter()->setPosition(1);
        app.prompter()->start();
        app.prompter()->pause();
        const double at = app.prompter()->position();
        QSignalSpy after(app.prompter(), &ReadingPosition::positionChanged);
        QVERIFY(!after.wait(100));
        QCOMPARE(app.prompter()->position(), at);
    }

    // With a meeting open today, prompting leaves its trace in the record:
    // the speech used (once) and when it started, paused, resumed, finished.
    void promptingIsLoggedToTodaysMeeting()
    {
        QTemporaryDir dir;
        qint64 meeting = 0;
        {
            MeetingStore store(dir.path());
            Meeting m;
            m.title = QStringLiteral("集体约谈会");
            m.plannedStart = QDateTime::currentDateTime();
            meeting = meetings::create(store.db(), m, {}, QDateTime::currentDateTime());
        }
        {
            Application app(options(dir.path()));
            app.loadSpeech();
            app.prompter()->start();
            app.prompter()->pause();
            app.prompter()->start();
            app.prompter()->end();
            QTRY_COMPARE(app.prompter()->state(), PrompterController::Finished);
        }
        MeetingStore store(dir.path());
        const auto log = speechrecord::prompterLog(store.db(), meeting);
        QList<speechrecord::PrompterEvent> kinds;
        for (const auto &e : log)
            kinds.append(e.first);
        using E = speechrecord::PrompterEvent;
        QCOMPARE(kinds, QList<E>({E::Started, E::Paused, E::Resumed, E::Finished}));
        const auto item = agenda::speechItem(store.db(), meeting);
        QVERIFY(item);
        const auto snapshot = agenda::draft(store.db(), item->id);
        QVERIFY(snapshot);
        QVERIFY(snapshot->text.contains(QStringLiteral("同志们")));
        QCOMPARE(snapshot->sha256.size(), 64);
    }

    void noMeetingNoRecord()
    {
        QTemporaryDir dir;
        Application app(options(dir.path()));
        app.loadSpeech();
        app.prompter()->start();
        app.prompter()->pause();
        MeetingStore store(dir.path());
        QVERIFY(meetings::all(store.db()).isEmpty());
    }

    // The looks and the language, chosen in the settings: signalled, kept in
    // the machine's file for the next start; a look that does not exist is ignored.
    void themeAndLanguageAreRemembered()
    {
        QTemporaryDir dir;
        QFile::remove(configuration::machineFile());
        Application app(options(dir.path()));
        QCOMPARE(app.theme(), QStringLiteral("standard"));
        QSignalSpy themed(&app, &Application::themeChanged);
        app.setTheme(QStringLiteral("neon"));
        QCOMPARE(themed.size(), 0);
        app.setTheme(QStringLiteral("high_contrast"));
        QCOMPARE(themed.size(), 1);
        QSignalSpy spoken(&app, &Application::languageChanged);
        const QString before = app.language();
        app.setLanguage(before == u"en" ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        QCOMPARE(spoken.size(), 1);
        QVERIFY(app.language() != before);
        AppOptions::Values saved;
        QStringList messages;
        configuration::applyFile(configuration::machineFile(), true, &saved, &messages);
        QCOMPARE(saved.theme, QStringLiteral("high_contrast"));
        QCOMPARE(saved.language, app.language());
        QFile::remove(configuration::machineFile());
    }

    // The settings turn the room's server on and off at once, and the
    // machine's configuration remembers it; the Wi-Fi password is kept when
    // left empty.
    void theRoomsServerFromTheSettings()
    {
        QTemporaryDir dir;
        QFile::remove(configuration::machineFile());
        { MeetingStore made(dir.path()); }
        Application app(options(dir.path()));
        QVERIFY(!app.lan()->running());
        QVERIFY(!app.setRoomNetwork(true, 0, {}, {}).isEmpty()); // no such port
        // Another try when the port is taken after all, between looking and binding.
        int port = 0;
        for (int tries = 0; tries < 20 && !app.lan()->running(); ++tries) {
            port = freePort();
            QCOMPARE(app.setRoomNetwork(true, port, QStringLiteral("会议室"), QStringLiteral("pw")), QString());
            QTRY_VERIFY(app.lan()->running() || !app.lan()->error().isEmpty());
        }
        QVERIFY(app.lan()->running());
        QVERIFY(app.lan()->address().endsWith(QStringLiteral(":%1").arg(port)));
        QCOMPARE(app.lan()->wifiCode(), QStringLiteral("WIFI:T:WPA;S:会议室;P:pw;;"));
        QTcpSocket phone;
        phone.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(phone.waitForConnected(3000));
        phone.disconnectFromHost();
        QCOMPARE(app.setRoomNetwork(true, port, QStringLiteral("会议室"), QString()), QString()); // password kept
        QTRY_VERIFY(app.lan()->running());
        QCOMPARE(app.lan()->wifiCode(), QStringLiteral("WIFI:T:WPA;S:会议室;P:pw;;"));
        QCOMPARE(app.setRoomNetwork(false, port, QStringLiteral("会议室"), QString()), QString());
        QVERIFY(!app.lan()->running());
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(!late.waitForConnected(500)); // closed
        AppOptions::Values saved;
        QStringList messages;
        configuration::applyFile(configuration::machineFile(), true, &saved, &messages);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        QCOMPARE(saved.lanEnabled, false);
        QCOMPARE(saved.lanPort, port);
        QCOMPARE(saved.wifiSsid, QStringLiteral("会议室"));
        QCOMPARE(saved.wifiPassword, QStringLiteral("pw"));
        QFile::remove(configuration::machineFile());
    }

    void settingsOnlyInPrompterMode()
    {
        QTemporaryDir dir;
        Application app(options(dir.path(), AppOptions::Paged));
        app.loadSpeech();
        QVERIFY(app.settings()->speechKey().isEmpty());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
