// Configuration files: layered, validated key by key, never stopping the kiosk.
#include "app/Configuration.h"
#include "kiosk/KioskOptions.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestConfiguration : public QObject
{
    Q_OBJECT
private slots:
    // config/lectern.json documents the defaults: it reads without a message and changes nothing.
    void theDocumentedDefaultsAreTheDefaults()
    {
        QFile f(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/config/lectern.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        AppOptions::Values v;
        QStringList messages;
        configuration::apply(f.fileName(), f.readAll(), &v, &messages);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        const AppOptions::Values d;
        QCOMPARE(v.language.isEmpty() ? QStringLiteral("zh_CN") : v.language, QStringLiteral("zh_CN"));
        QCOMPARE(v.mode, d.mode);
        QCOMPARE(v.countdownSeconds, d.countdownSeconds);
        QCOMPARE(v.pageMinPx, d.pageMinPx);
        QCOMPARE(v.searchFirst, d.searchFirst);
        QCOMPARE(v.screen, d.screen);
        QCOMPARE(v.lanEnabled, d.lanEnabled);
        QCOMPARE(v.lanPort, d.lanPort);
        QCOMPARE(v.lanListen, d.lanListen);
        QCOMPARE(v.lanRatePerAddress, d.lanRatePerAddress);
        QCOMPARE(v.wifiSecurity, d.wifiSecurity);
        // and every key of the table is documented in config/README.md
        QFile readme(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/config/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray doc = readme.readAll();
        for (const QString &key : configuration::keys())
            QVERIFY2(doc.contains(('`' + key + '`').toUtf8()), qPrintable(key));
    }

    void goodValues()
    {
        AppOptions::Values v;
        QStringList messages;
        configuration::apply(QStringLiteral("a.json"),
                             R"({"ui": {"language": "en", "mode": "signin", "windowed": true}, "screens": {"main": 2},
                                 "prompter": {"countdown_s": 0, "mirror": true, "voice_paced": true, "follow_rate": true},
                                 "audio": {"input": "alsa_input.usb-Rode_NT-USB", "output": "hdmi-stereo", "record": true},
                                 "pages": {"min_body_px": 54},
                                 "signin": {"search_first": true}, "data": {"dir": "/srv/lectern"},
                                 "lan": {"enabled": true, "port": 8642, "listen": ["192.168.10.2", "::1"], "rate_per_address": 60,
                                         "host": "kiosk.local", "wifi_ssid": "会议室", "wifi_password": "p;w", "wifi_security": "WPA"}})",
                             &v, &messages);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        QCOMPARE(v.language, QStringLiteral("en"));
        QCOMPARE(v.mode, AppOptions::Signin);
        QVERIFY(v.windowed && v.mirror && v.searchFirst);
        QCOMPARE(v.screen, 2);
        QCOMPARE(v.countdownSeconds, 0);
        QCOMPARE(v.pageMinPx, 54);
        QCOMPARE(v.dataDir, QStringLiteral("/srv/lectern"));
        QVERIFY(v.voicePaced && v.followRate && v.record);
        QCOMPARE(v.audioInput, QStringLiteral("alsa_input.usb-Rode_NT-USB"));
        QCOMPARE(v.audioOutput, QStringLiteral("hdmi-stereo"));
        QVERIFY(v.lanEnabled);
        QCOMPARE(v.lanPort, 8642);
        QCOMPARE(v.lanListen, (QStringList{QStringLiteral("192.168.10.2"), QStringLiteral("::1")}));
        QCOMPARE(v.lanRatePerAddress, 60);
        QCOMPARE(v.lanHost, QStringLiteral("kiosk.local"));
        QCOMPARE(v.wifiSsid, QStringLiteral("会议室"));
        QCOMPARE(v.wifiPassword, QStringLiteral("p;w"));
    }

    // The settings screen writes one key into the machine's file and keeps the
    // rest of it; a file someone broke by hand is not overwritten.
    void theSettingsScreenWritesOneKey()
    {
        const QString file = configuration::machineFile();
        QFile::remove(file);
        QCOMPARE(configuration::setMachineValue(QStringLiteral("ui"), QStringLiteral("theme"), QStringLiteral("official")), QString());
        QCOMPARE(configuration::setMachineValue(QStringLiteral("ui"), QStringLiteral("language"), QStringLiteral("en")), QString());
        AppOptions::Values v;
        QStringList messages;
        configuration::applyFile(file, true, &v, &messages);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        QCOMPARE(v.theme, QStringLiteral("official"));
        QCOMPARE(v.language, QStringLiteral("en"));
        {
            QFile broken(file);
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{\"ui\": ");
        }
        const QString problem = configuration::setMachineValue(QStringLiteral("ui"), QStringLiteral("theme"), QStringLiteral("standard"));
        QVERIFY(problem.startsWith(file));
        QFile still(file);
        QVERIFY(still.open(QIODevice::ReadOnly));
        QCOMPARE(still.readAll(), QByteArray("{\"ui\": "));
        QFile::remove(file);
    }

    void badValuesAndUnknownKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("said");
        QTest::newRow("out of range") << QByteArray(R"({"prompter": {"countdown_s": 60}})") << "prompter.countdown_s = 60";
        QTest::newRow("not whole") << QByteArray(R"({"prompter": {"countdown_s": 2.5}})") << "prompter.countdown_s = 2.5";
        QTest::newRow("wrong type") << QByteArray(R"({"signin": {"search_first": "yes"}})") << "signin.search_first = \"yes\"";
        QTest::newRow("bad language") << QByteArray(R"({"ui": {"language": "fr"}})") << "ui.language = \"fr\"";
        QTest::newRow("bad mode") << QByteArray(R"({"ui": {"mode": "karaoke"}})") << "ui.mode = \"karaoke\"";
        QTest::newRow("device not a string") << QByteArray(R"({"audio": {"input": 3}})") << "audio.input = 3";
        QTest::newRow("record not a flag") << QByteArray(R"({"audio": {"record": "always"}})") << "audio.record = \"always\"";
        QTest::newRow("bad theme") << QByteArray(R"({"ui": {"theme": "neon"}})") << "ui.theme = \"neon\"";
        QTest::newRow("pages between 0 and 8") << QByteArray(R"({"pages": {"min_body_px": 4}})") << "pages.min_body_px = 4";
        QTest::newRow("port out of range") << QByteArray(R"({"lan": {"port": 70000}})") << "lan.port = 70000";
        QTest::newRow("not an address") << QByteArray(R"({"lan": {"listen": ["192.168.1.300"]}})") << "lan.listen = [\"192.168.1.300\"]";
        QTest::newRow("listen not a list") << QByteArray(R"({"lan": {"listen": "0.0.0.0"}})") << "lan.listen = \"0.0.0.0\"";
        QTest::newRow("bad Wi-Fi security") << QByteArray(R"({"lan": {"wifi_security": "WPA3"}})") << "lan.wifi_security = \"WPA3\"";
        QTest::newRow("unknown key") << QByteArray(R"({"prompter": {"sped_cpm": 180}})") << "unknown key prompter.sped_cpm";
        QTest::newRow("unknown section") << QByteArray(R"({"printer": {}})") << "unknown section printer";
        QTest::newRow("not JSON") << QByteArray("{prompter: 3") << "not a JSON object";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "not a JSON object";
    }
    void badValuesAndUnknownKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, said);
        AppOptions::Values v;
        v.countdownSeconds = 5; // what an earlier layer set: kept
        QStringList messages;
        configuration::apply(QStringLiteral("/etc/x/lectern.json"), json, &v, &messages);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(QStringLiteral("/etc/x/lectern.json: ")), qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(said), qPrintable(messages.first()));
        QCOMPARE(v.countdownSeconds, 5);
        QVERIFY(!v.searchFirst);
        QCOMPARE(v.mode, AppOptions::Home);
    }

    // One bad key does not cost the good ones beside it.
    void goodKeysBesideABadOne()
    {
        AppOptions::Values v;
        QStringList messages;
        configuration::apply(QStringLiteral("a.json"), R"({"prompter": {"countdown_s": "three", "mirror": true}})", &v, &messages);
        QCOMPARE(messages.size(), 1);
        QVERIFY(v.mirror);
        QCOMPARE(v.countdownSeconds, 3);
    }

    // The machine's file, then --config, then the command line.
    void layers()
    {
        QTemporaryDir dir;
        const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("lectern"))));
        QFile machine(configuration::machineFile());
        QVERIFY2(machine.fileName().startsWith(dir.path()), qPrintable(machine.fileName()));
        QVERIFY(machine.open(QIODevice::WriteOnly));
        machine.write(R"({"prompter": {"countdown_s": 7, "mirror": true}, "ui": {"mode": "paged"}})");
        machine.close();
        QFile extra(dir.filePath(QStringLiteral("meeting-room.json")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write(R"({"prompter": {"countdown_s": 2}})");
        extra.close();
        const QStringList args = {QStringLiteral("lectern"), QStringLiteral("--config"), extra.fileName(), QStringLiteral("--mode"), QStringLiteral("prompter")};
        QStringList messages;
        const AppOptions::Values configured = KioskOptions::configured(args, &messages);
        QVERIFY(messages.isEmpty());
        QCOMPARE(configured.countdownSeconds, 2); // --config over the machine's
        QVERIFY(configured.mirror);               // the machine's, untouched by --config
        const KioskOptions::Parsed parsed = KioskOptions::parse(args, configured);
        QCOMPARE(parsed.outcome, KioskOptions::Outcome::Run);
        QCOMPARE(parsed.values.mode, AppOptions::Prompter); // the command line over both
        QCOMPARE(parsed.values.countdownSeconds, 2);
        // A --config that is not there is said; the rest still applies.
        messages.clear();
        KioskOptions::configured({QStringLiteral("lectern"), QStringLiteral("--config=/nonexistent/x.json")}, &messages);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().contains(QStringLiteral("/nonexistent/x.json")));
        qputenv("XDG_CONFIG_HOME", previous);
    }

    // The system's file (/etc/lectern/lectern.json, the package's conffile)
    // under the machine's; its data.dir is where the kiosk and the commands
    // look for the records when no --data-dir is given.
    void theSystemsFileUnderTheMachines()
    {
        QVERIFY(qEnvironmentVariableIsSet("LECTERN_SYSTEM_CONFIG")); // the suite never reads the real /etc
        QTemporaryDir dir;
        const QByteArray previousHome = qgetenv("XDG_CONFIG_HOME");
        const QByteArray previousSystem = qgetenv("LECTERN_SYSTEM_CONFIG");
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("home")).toUtf8());
        const QString system = dir.filePath(QStringLiteral("etc-lectern.json"));
        qputenv("LECTERN_SYSTEM_CONFIG", system.toUtf8());
        QCOMPARE(configuration::systemFile(), system);
        QFile s(system);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(R"({"prompter": {"countdown_s": 9, "mirror": true}, "data": {"dir": "/srv/room-3/lectern"}})");
        s.close();
        QCOMPARE(configuration::defaultDataDir(), QStringLiteral("/srv/room-3/lectern"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("home/lectern"))));
        QFile machine(configuration::machineFile());
        QVERIFY(machine.open(QIODevice::WriteOnly));
        machine.write(R"({"prompter": {"countdown_s": 5}})");
        machine.close();
        QStringList messages;
        AppOptions::Values v = KioskOptions::configured({QStringLiteral("lectern")}, &messages);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        QCOMPARE(v.countdownSeconds, 5); // the machine's over the system's
        QVERIFY(v.mirror);               // the system's, where the machine's says nothing
        QCOMPARE(v.dataDir, QStringLiteral("/srv/room-3/lectern"));
        // The machine's data.dir wins too.
        QVERIFY(machine.open(QIODevice::WriteOnly | QIODevice::Truncate));
        machine.write(R"({"data": {"dir": "/srv/mine"}})");
        machine.close();
        QCOMPARE(configuration::defaultDataDir(), QStringLiteral("/srv/mine"));
        // A bad system file is said, naming it; the kiosk still starts.
        QVERIFY(s.open(QIODevice::WriteOnly | QIODevice::Truncate));
        s.write("{not json");
        s.close();
        messages.clear();
        v = KioskOptions::configured({QStringLiteral("lectern")}, &messages);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(system), qPrintable(messages.first()));
        // None at all (set empty): the user's data folder.
        qputenv("LECTERN_SYSTEM_CONFIG", QByteArray());
        QVERIFY(machine.remove());
        QVERIFY(configuration::systemFile().isEmpty());
        QCOMPARE(configuration::defaultDataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        qputenv("XDG_CONFIG_HOME", previousHome);
        qputenv("LECTERN_SYSTEM_CONFIG", previousSystem);
    }
};

QTEST_GUILESS_MAIN(TestConfiguration)
#include "tst_configuration.moc"
