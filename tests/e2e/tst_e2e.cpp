// Starts the real `lectern` full-screen on an X server, looks at the screen,
// drives it with the keyboard and mouse (xdotool) and checks what it shows.
#include <QDateTime>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <functional>

namespace {

QImage grabScreen()
{
    return QGuiApplication::primaryScreen()->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Share of sampled pixels that differ between two screenshots, above `bottom`
// (the prompter's heads-up line shows a wall clock, so tests may leave it out).
double difference(const QImage &a, const QImage &b, double bottom = 1.0)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 differ = 0, total = 0;
    for (int y = 0; y < a.height() * bottom; y += 3)
        for (int x = 0; x < a.width(); x += 3, ++total)
            differ += a.pixel(x, y) != b.pixel(x, y);
    return double(differ) / double(total);
}

// Mean absolute grey-level difference of two screenshots shrunk to 240×135,
// over the part above `bottom`: tolerant of anti-aliasing, not of layout.
double meanGreyDifference(const QImage &a, const QImage &b, double bottom = 1.0)
{
    const QImage sa = a.scaled(240, 135, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
    const QImage sb = b.scaled(240, 135, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
    qint64 sum = 0, n = 0;
    for (int y = 0; y < int(135 * bottom); ++y)
        for (int x = 0; x < 240; ++x, ++n)
            sum += std::abs(int(sa.pixelColor(x, y).value()) - int(sb.pixelColor(x, y).value()));
    return n ? double(sum) / n : 0;
}

void save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    image.save(dir + u'/' + name);
}

// Waits until the screen stands still (two grabs 200 ms apart agree above the
// heads-up line, whose wall clock may tick); false when it still moves after 6 s.
// This is a condition, polled, not a sleep: it returns as soon as it holds.
bool settle(QImage *out)
{
    QImage previous = grabScreen();
    for (int i = 0; i < 30; ++i) {
        QTest::qWait(200);
        QImage now = grabScreen();
        if (difference(previous, now, 0.9) < 0.0005) {
            *out = now;
            return true;
        }
        previous = now;
    }
    *out = previous;
    return false;
}

QImage settledScreen()
{
    QImage image;
    settle(&image);
    return image;
}

bool xdotool(const QStringList &args)
{
    return QProcess::execute(QStringLiteral("xdotool"), args) == 0;
}

// Leaving the kiosk needs the administrator's PIN: Ctrl+Q, the dialog comes
// up over everything, the PIN is typed and confirmed with Enter. In a fresh
// data folder the PIN is set first, typed twice.
bool quitWithPin(bool firstTime)
{
    const QImage before = grabScreen();
    if (!xdotool({QStringLiteral("key"), QStringLiteral("ctrl+q")}))
        return false;
    QImage dialog;
    if (!QTest::qWaitFor([&] { dialog = grabScreen(); return meanGreyDifference(before, dialog) > 3; }, 10000))
        return false;
    save(dialog, QStringLiteral("e2e-pin-dialog.png"));
    for (int i = 0; i < (firstTime ? 2 : 1); ++i)
        if (!xdotool({QStringLiteral("type"), QStringLiteral("2468")}) || !xdotool({QStringLiteral("key"), QStringLiteral("Return")}))
            return false;
    return true;
}

// The reading position in a resume file (-1 when there is none yet).
double savedPosition(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("position")).toDouble(-1);
}

// A headless meetings command of the real binary; its standard output.
QByteArray lecternCommand(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

// Meeting 1's recording as `lectern meeting show --json` lists it: its takes.
QJsonArray recordingsOf(const QString &dataDir)
{
    return QJsonDocument::fromJson(lecternCommand({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                                                  QStringLiteral("--data-dir"), dataDir}))
        .object()
        .value(QStringLiteral("recordings"))
        .toArray();
}

// Where the kiosk says its named controls are (LECTERN_UI_MAP): name → rectangle.
QJsonObject uiMap(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool shows(const QString &map, const QString &name)
{
    return uiMap(map).contains(name);
}

// Taps the control called `name` in its middle, once the kiosk shows it and
// it has stopped moving (a page still laying itself out moves its controls).
bool tap(const QString &map, const QString &name)
{
    QJsonValue last;
    const bool still = QTest::qWaitFor([&] {
        const QJsonValue now = uiMap(map).value(name);
        const bool same = !now.isUndefined() && now == last;
        last = now;
        if (!same)
            QTest::qWait(300);
        return same;
    }, 15000);
    if (!still) {
        qWarning() << "not on the screen, or never still:" << name << uiMap(map).keys();
        return false;
    }
    const QJsonArray r = last.toArray();
    return xdotool({QStringLiteral("mousemove"), QString::number(r[0].toInt() + r[2].toInt() / 2),
                    QString::number(r[1].toInt() + r[3].toInt() / 2), QStringLiteral("click"), QStringLiteral("1")});
}

bool typeText(const QString &text)
{
    return xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text});
}

// Types into the field called `name` until the kiosk shows the whole text
// there: xdotool types Chinese through a keycode it remaps for the moment,
// and the last character can be lost when the next one comes too soon.
bool typeInto(const QString &map, const QString &name, const QString &text)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!tap(map, name) || !xdotool({QStringLiteral("key"), QStringLiteral("ctrl+a"), QStringLiteral("BackSpace")}) || !typeText(text))
            return false;
        if (QTest::qWaitFor([&] { return uiMap(map).value(name).toArray().at(4).toString() == text; }, 3000))
            return true;
    }
    return false;
}

bool typePin(const QString &pin)
{
    return typeText(pin) && xdotool({QStringLiteral("key"), QStringLiteral("Return")});
}

// A stroke across the middle of the control called `name` (a signature).
bool strokeAcross(const QString &map, const QString &name)
{
    const QJsonArray r = uiMap(map).value(name).toArray();
    if (r.size() != 4)
        return false;
    const int y = r[1].toInt() + r[3].toInt() / 2;
    const int x0 = r[0].toInt() + r[2].toInt() / 5;
    if (!xdotool({QStringLiteral("mousemove"), QString::number(x0), QString::number(y), QStringLiteral("mousedown"), QStringLiteral("1")}))
        return false;
    for (int i = 1; i <= 12; ++i)
        xdotool({QStringLiteral("mousemove"), QString::number(x0 + i * r[2].toInt() / 20), QString::number(y + (i % 2 ? 30 : -30))});
    return xdotool({QStringLiteral("mouseup"), QStringLiteral("1")});
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}


// A real audio stack of the test's own: a PulseAudio daemon (its runtime and
// home in a temporary folder) with an output sink "out" and a microphone
// "mic" (a null sink "micfeed" whose monitor is remapped as a source), fed in
// real time with `paplay --device=micfeed`. A real microphone delivers sound
// all the time; an idle null sink renders its monitor in 2 s blocks (the last
// second or two before a stop would still be unrendered: parecord gets 8 s of
// 10), so a low-latency stream of silence keeps it delivering as a microphone does.
struct AudioStack
{
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString problem;
    QProcess roomTone;
    bool running = false;

    bool tool(const QString &program, const QStringList &args, QByteArray *out = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (out)
            *out = p.readAllStandardOutput();
        return ok;
    }
    bool fail(const QString &why)
    {
        problem = why;
        return false;
    }
    bool start()
    {
        for (const char *p : {"pulseaudio", "pactl", "paplay", "pacat", "espeak-ng", "sox"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(p)).isEmpty())
                return fail(QStringLiteral("%1 is not installed (scripts/deps.sh installs it)").arg(QString::fromLatin1(p)));
        const QString runtime = data.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("HOME"), data.path()); // PulseAudio keeps its cookie and state there
        if (!tool(QStringLiteral("pulseaudio"), {QStringLiteral("-D"), QStringLiteral("--exit-idle-time=-1"), QStringLiteral("-n"),
                                                 QStringLiteral("--load=module-native-protocol-unix"),
                                                 QStringLiteral("--load=module-null-sink sink_name=out")}))
            return fail(QStringLiteral("the PulseAudio daemon did not start"));
        running = true;
        if (!QTest::qWaitFor([&] { return tool(QStringLiteral("pactl"), {QStringLiteral("info")}); }, 10000))
            return fail(QStringLiteral("the PulseAudio daemon does not answer"));
        if (!tool(QStringLiteral("pactl"), {QStringLiteral("load-module"), QStringLiteral("module-null-sink"), QStringLiteral("sink_name=micfeed")})
            || !plugMicrophone() || !tool(QStringLiteral("pactl"), {QStringLiteral("set-default-sink"), QStringLiteral("out")}))
            return fail(QStringLiteral("the virtual microphone could not be made"));
        roomTone.setProcessEnvironment(env);
        roomTone.start(QStringLiteral("pacat"), {QStringLiteral("--playback"), QStringLiteral("--device=micfeed"), QStringLiteral("--latency-msec=20"),
                                                 QStringLiteral("--raw"), QStringLiteral("/dev/zero")});
        return roomTone.waitForStarted() || fail(QStringLiteral("pacat did not start"));
    }
    // The microphone plugged in (again), as the default input; its module's index.
    bool plugMicrophone()
    {
        QByteArray index;
        if (!tool(QStringLiteral("pactl"), {QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
                                           QStringLiteral("master=micfeed.monitor"), QStringLiteral("source_name=mic")}, &index))
            return false;
        micModule = index.trimmed();
        return tool(QStringLiteral("pactl"), {QStringLiteral("set-default-source"), QStringLiteral("mic")});
    }
    bool unplugMicrophone() { return tool(QStringLiteral("pactl"), {QStringLiteral("unload-module"), QString::fromLatin1(micModule)}); }
    QByteArray micModule;

    ~AudioStack()
    {
        if (roomTone.state() != QProcess::NotRunning) {
            roomTone.kill();
            roomTone.waitForFinished();
        }
        // Gone before its folder is removed (it writes there until it exits).
        if (running && tool(QStringLiteral("pulseaudio"), {QStringLiteral("-k")}))
            QTest::qWaitFor([&] { return !tool(QStringLiteral("pulseaudio"), {QStringLiteral("--check")}); }, 5000);
    }
};

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    void showsScrollsAndQuits()
    {
        const QImage before = grabScreen();
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        QTemporaryDir data;
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("reader"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(kiosk.waitForStarted());

        // Full screen, on the sample speech: wait until the screen is drawn and still.
        QImage first;
        QTRY_VERIFY_WITH_TIMEOUT((first = grabScreen(), distinctColours(first) > 50), 30000);
        QVERIFY(settle(&first));
        save(first, QStringLiteral("e2e-start.png"));
        QVERIFY(difference(before, first) > 0.5); // the window covers the screen
        QVERIFY2(distinctColours(first) > 50, "the kiosk shows no text");

        // Click to be sure of focus, then End: the view scrolls to the closing line.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("960"), QStringLiteral("540"), QStringLiteral("click"), QStringLiteral("1")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("End")}));
        QImage end;
        QTRY_VERIFY_WITH_TIMEOUT((end = grabScreen(), difference(first, end) > 0.01), 10000);
        save(end, QStringLiteral("e2e-end.png"));

        // Home brings back the first screen exactly.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Home")}));
        QTRY_VERIFY_WITH_TIMEOUT(difference(first, grabScreen()) < 0.001, 10000);

        // Leaving: the first time the PIN is set (typed twice), and the kiosk goes.
        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);
    }

    // A wrong PIN is refused (the kiosk stays, and the next try waits); the right one lets it go.
    void wrongPinIsRefused()
    {
        QTemporaryDir data;
        for (int run = 0; run < 2; ++run) {
            QProcess kiosk;
            kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
            kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("reader"), QStringLiteral("--data-dir"), data.path()});
            QVERIFY(kiosk.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) > 20, 30000);
            QImage settled;
            QVERIFY(settle(&settled));
            if (run == 0) { // sets the PIN
                QVERIFY(quitWithPin(true));
                QVERIFY(kiosk.waitForFinished(10000));
                continue;
            }
            const QImage before = grabScreen();
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+q")}));
            QTRY_VERIFY_WITH_TIMEOUT(meanGreyDifference(before, grabScreen()) > 3, 10000);
            QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("1357")}));
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));
            QVERIFY(!kiosk.waitForFinished(1500)); // still there
            save(grabScreen(), QStringLiteral("e2e-pin-wrong.png"));
            // The right PIN, tried until the back-off has passed: the kiosk goes.
            // (waitForFinished says false once the exit has been seen: ask the state first.)
            QTRY_VERIFY_WITH_TIMEOUT(kiosk.state() == QProcess::NotRunning
                                         || (xdotool({QStringLiteral("type"), QStringLiteral("2468")}),
                                             xdotool({QStringLiteral("key"), QStringLiteral("Return")}), kiosk.waitForFinished(700)),
                                     15000);
            QCOMPARE(kiosk.exitCode(), 0);
        }
    }

    void prompterScrollsPausesAndMirrors()
    {
        QTemporaryDir data;
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"),
                    {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--data-dir"), data.path(),
                     QStringLiteral("--countdown"), QStringLiteral("1")});
        QVERIFY(kiosk.waitForStarted());
        QImage idle;
        QTRY_VERIFY_WITH_TIMEOUT((idle = grabScreen(), distinctColours(idle) > 20), 30000);
        // Nothing moves before the start: the screen settles and stays.
        QVERIFY(settle(&idle));
        save(idle, QStringLiteral("e2e-prompter-idle.png"));

        // Space: the countdown (a big digit in the middle), then the text scrolls by itself.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("960"), QStringLiteral("540")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        QImage countdown;
        QTRY_VERIFY_WITH_TIMEOUT((countdown = grabScreen(), difference(idle, countdown, 0.9) > 0.005), 15000);
        save(countdown, QStringLiteral("e2e-prompter-countdown.png"));
        // Then it moves on its own: two grabs 400 ms apart differ (at 180 字/分钟 the
        // text moves a few pixels a second: a shorter gap may fall between two pixel steps).
        QImage scrolled, later;
        QTRY_VERIFY_WITH_TIMEOUT((scrolled = grabScreen(), QTest::qWait(400), later = grabScreen(),
                                  difference(scrolled, later, 0.9) > 0.001 && difference(countdown, later, 0.9) > 0.005),
                                 15000);
        save(later, QStringLiteral("e2e-prompter-scrolled.png"));

        // Space again pauses: the text stands still.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        QImage paused;
        QVERIFY(settle(&paused));
        QVERIFY(meanGreyDifference(paused, settledScreen(), 0.85) < 0.3);

        // M mirrors the whole stage for beam-splitter glass.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("m")}));
        QTRY_VERIFY_WITH_TIMEOUT(difference(paused, grabScreen(), 0.9) > 0.005, 5000);
        const QImage mirrored = settledScreen();
        save(mirrored, QStringLiteral("e2e-prompter-mirrored.png"));
        const double asFlipped = meanGreyDifference(paused.mirrored(true, false), mirrored, 0.85);
        const double asBefore = meanGreyDifference(paused, mirrored, 0.85);
        qInfo("grey difference to the flipped screen %.2f, to the unflipped %.2f", asFlipped, asBefore);
        QVERIFY2(asFlipped < 2.0 && asBefore > 4 * asFlipped,
                 qPrintable(QStringLiteral("grey difference to the flipped screen %1, to the unflipped %2").arg(asFlipped).arg(asBefore)));

        // B blanks everything; B again brings the same screen back.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) <= 2, 5000);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QImage back;
        QTRY_VERIFY_WITH_TIMEOUT((back = grabScreen(), distinctColours(back) > 20), 5000);
        back = settledScreen();
        save(back, QStringLiteral("e2e-prompter-unblanked.png"));
        // The same screen comes back (a text node redrawn may move an edge by a pixel).
        const double changed = meanGreyDifference(mirrored, back, 0.9);
        if (changed >= 0.3) {
            save(mirrored, QStringLiteral("e2e-prompter-before-blank.png"));
            QFAIL(qPrintable(QStringLiteral("after blanking the screen differs by %1 grey levels on average").arg(changed)));
        }

        // Up twice: 200 字/分钟, remembered for this speech and restored on the next start.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Up"), QStringLiteral("Up")}));
        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitCode(), 0);
        const QSettings saved(data.filePath(QStringLiteral("prompter-settings.ini")), QSettings::IniFormat);
        QCOMPARE(saved.childGroups().size(), 1);
        QCOMPARE(saved.value(saved.childGroups().first() + QStringLiteral("/speed")).toInt(), 200);
        QVERIFY(saved.value(saved.childGroups().first() + QStringLiteral("/mirrorHorizontal")).toBool());

        QProcess again;
        again.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("prompter"),
                                                              QStringLiteral("--data-dir"), data.path(), QStringLiteral("--self-test")});
        QVERIFY(again.waitForFinished(60000));
        const QByteArray out = again.readAllStandardOutput();
        QVERIFY2(out.contains("self-test: ok") && out.contains("speed 200"), out.constData());
    }

    // Killed with SIGKILL in the middle of a speech (a crash, a power cut):
    // the next start comes back to where the text was, paused, and says so.
    void resumesAfterAKill()
    {
        QTemporaryDir data;
        const QStringList args = {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--data-dir"), data.path(),
                                  QStringLiteral("--countdown"), QStringLiteral("0")};
        QImage top;
        {
            QProcess kiosk;
            kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
            kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), args);
            QVERIFY(kiosk.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT((top = grabScreen(), distinctColours(top) > 20), 30000);
            QVERIFY(settle(&top));
            QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("960"), QStringLiteral("540")}));
            // Fastest (400 字/分钟), then run until the saved point is past the title and the byline.
            for (int i = 0; i < 25; ++i)
                QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Up")}));
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
            QTRY_VERIFY_WITH_TIMEOUT(savedPosition(data.filePath(QStringLiteral("resume.json"))) > 40, 20000);
            kiosk.kill();
            QVERIFY(kiosk.waitForFinished(10000));
            QCOMPARE(kiosk.exitStatus(), QProcess::CrashExit);
        }
        QFile saved(data.filePath(QStringLiteral("resume.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray state = saved.readAll();
        QVERIFY2(state.contains("\"state\":\"running\""), state.constData());

        QProcess again;
        again.setProcessChannelMode(QProcess::ForwardedChannels);
        again.start(qEnvironmentVariable("LECTERN_BINARY"), args);
        QVERIFY(again.waitForStarted());
        QImage resumed;
        QTRY_VERIFY_WITH_TIMEOUT((resumed = grabScreen(), distinctColours(resumed) > 20), 30000);
        QVERIFY(settle(&resumed)); // paused: the screen stands still
        save(resumed, QStringLiteral("e2e-resumed.png"));
        // Not at the top: where the text was (below the banner, above the heads-up line).
        const QImage band = resumed.copy(0, resumed.height() / 5, resumed.width(), resumed.height() * 3 / 5);
        const QImage topBand = top.copy(0, top.height() / 5, top.width(), top.height() * 3 / 5);
        QVERIFY2(meanGreyDifference(topBand, band) > 8, "the restart showed the top of the speech");
        QVERIFY(quitWithPin(true));
        QVERIFY(again.waitForFinished(10000));
    }

    void pagedDisplayTurnsAndBlanks()
    {
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        QTemporaryDir data;
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("paged"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) > 20, 30000);
        const QImage first = settledScreen();
        save(first, QStringLiteral("e2e-paged-1.png"));

        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Next")}));
        QTRY_VERIFY_WITH_TIMEOUT(meanGreyDifference(first, grabScreen()) > 2, 5000);
        const QImage second = settledScreen();
        save(second, QStringLiteral("e2e-paged-2.png"));

        // B: black; B again: the same page, never a flash of another.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) <= 2, 5000);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) > 20, 5000);
        QVERIFY(meanGreyDifference(second, settledScreen()) < 0.3);

        // Prior: back to the first page exactly.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Prior")}));
        QTRY_VERIFY_WITH_TIMEOUT(meanGreyDifference(first, grabScreen()) < 0.3, 5000);

        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitCode(), 0);
    }

    // The door: type initials, tap the name, sign with the "finger", confirm;
    // the sign-in is in the database and the screen is ready for the next person.
    void signInAtTheDoor()
    {
        QTemporaryDir data;
        QFile roster(data.filePath(QStringLiteral("r.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n王五,人事处\n").toUtf8());
        roster.close();
        const QString dir = data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("roster"), QStringLiteral("import"), roster.fileName(), QStringLiteral("--data-dir"), dir});
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("集体约谈会"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("signin"), QStringLiteral("--data-dir"), dir});
        QVERIFY(kiosk.waitForStarted());
        QImage start;
        QTRY_VERIFY_WITH_TIMEOUT((start = grabScreen(), distinctColours(start) > 20), 30000);
        QVERIFY(settle(&start));
        save(start, QStringLiteral("e2e-signin-start.png"));

        // Initials on the keyboard: the list narrows to 张三 (first row).
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("1500"), QStringLiteral("150")}));
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("zs")}));
        QImage typed;
        QTRY_VERIFY_WITH_TIMEOUT((typed = grabScreen(), difference(start, typed) > 0.002), 10000);
        QVERIFY(settle(&typed));
        save(typed, QStringLiteral("e2e-signin-typed.png"));
        // Tap the first result: the card opens over everything.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("396"), QStringLiteral("330"), QStringLiteral("click"), QStringLiteral("1")}));
        QImage card;
        QTRY_VERIFY_WITH_TIMEOUT((card = grabScreen(), meanGreyDifference(typed, card) > 5), 10000);
        QVERIFY(settle(&card));
        // Sign: a stroke across the pad.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("700"), QStringLiteral("650"), QStringLiteral("mousedown"), QStringLiteral("1")}));
        for (int x = 720; x <= 1200; x += 40)
            QVERIFY(xdotool({QStringLiteral("mousemove"), QString::number(x), QString::number(650 + ((x / 40) % 2 ? 40 : -40))}));
        QVERIFY(xdotool({QStringLiteral("mouseup"), QStringLiteral("1")}));
        QImage signedCard;
        QTRY_VERIFY_WITH_TIMEOUT((signedCard = grabScreen(), difference(card, signedCard) > 0.001), 10000);
        save(signedCard, QStringLiteral("e2e-signin-card.png"));
        // Confirm.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("608"), QStringLiteral("860"), QStringLiteral("click"), QStringLiteral("1")}));
        // In the database, with the signature; the screen is back to the list.
        QTRY_VERIFY_WITH_TIMEOUT(lecternCommand({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                                                 QStringLiteral("--data-dir"), dir}).contains("\"present\":1"), 10000);
        QImage after;
        QTRY_VERIFY_WITH_TIMEOUT((after = grabScreen(), meanGreyDifference(card, after) > 5), 10000);
        save(after, QStringLiteral("e2e-signin-done.png"));

        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(10000));
    }

    // One meeting from set-up to the speech, as a secretary does it: the home
    // screen, a wrong PIN refused and the right one opening the console; a
    // meeting created, a roster imported, a speech reviewed (a removed line
    // put back, a blank filled); two people signed in at the door; the
    // teleprompter run, the process killed with SIGKILL, and the restart back
    // on the same meeting, role and place.
    void aMeetingFromTheConsoleToTheSpeech()
    {
        QTemporaryDir data;
        const QString map = data.filePath(QStringLiteral("ui.json"));
        const QString dir = data.filePath(QStringLiteral("d"));
        QDir().mkpath(dir + QStringLiteral("/imports"));
        QFile roster(dir + QStringLiteral("/imports/roster.csv"));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n王五,人事处\n").toUtf8());
        roster.close();
        // A draft as downloaded: a watermark line above the title, a blank to fill.
        QFile draft(dir + QStringLiteral("/imports/draft.txt"));
        QVERIFY(draft.open(QIODevice::WriteOnly));
        draft.write(QStringLiteral("仅供学习 禁止外传\n在年度工作会议上的讲话\n同志们：\n"
                                   "今天我们召开年度工作会议，XX同志将作专题报告。这一年来，各部门紧紧围绕中心工作，"
                                   "攻坚克难，真抓实干，各项任务都取得了新的进展，成绩来之不易。\n"
                                   "一、肯定成绩\n全年共办结事项一千余件，群众满意度持续提升，基层反映良好。\n"
                                   "二、明确任务\n新的一年，要坚持稳中求进，抓好各项重点工作，确保取得实效。\n谢谢大家！\n").toUtf8());
        draft.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LECTERN_UI_MAP"), map);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), data.filePath(QStringLiteral("config")));
        const QStringList args = {QStringLiteral("--data-dir"), dir, QStringLiteral("--countdown"), QStringLiteral("0")};
        auto *kiosk = new QProcess(this);
        kiosk->setProcessEnvironment(env);
        kiosk->setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk->start(qEnvironmentVariable("LECTERN_BINARY"), args);
        QVERIFY(kiosk->waitForStarted());

        // Home, with no meeting yet; the console asks for the PIN (set now, typed twice).
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("homeConsole")), 30000);
        save(settledScreen(), QStringLiteral("e2e-home-empty.png"));
        QVERIFY(!shows(map, QStringLiteral("meetingTitleField")));
        QVERIFY(tap(map, QStringLiteral("homeConsole")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("pin_ok")), 10000);
        QVERIFY(typePin(QStringLiteral("2468")) && typePin(QStringLiteral("2468")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("meetingTitleField")), 10000);

        // Back home; a wrong PIN does not open the console, the right one does.
        QVERIFY(tap(map, QStringLiteral("consoleHome")));
        QVERIFY(tap(map, QStringLiteral("homeConsole")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("pin_ok")), 10000);
        QVERIFY(typePin(QStringLiteral("1357")));
        QTest::qWait(1500);
        QVERIFY(!shows(map, QStringLiteral("meetingTitleField")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("meetingTitleField"))
                                     || (typePin(QStringLiteral("2468")), QTest::qWaitFor([&] { return shows(map, QStringLiteral("meetingTitleField")); }, 700)),
                                 15000);

        // The roster from the imports folder, then the meeting.
        QVERIFY(tap(map, QStringLiteral("file_0")));
        QTRY_VERIFY_WITH_TIMEOUT(lecternCommand({QStringLiteral("roster"), QStringLiteral("search"), QStringLiteral("ww"), QStringLiteral("--data-dir"), dir})
                                     .contains("王五"), 10000);
        QVERIFY(typeInto(map, QStringLiteral("meetingTitleField"), QStringLiteral("年度工作会议")));
        QVERIFY(typeInto(map, QStringLiteral("meetingPlaceField"), QStringLiteral("第一会议室")));
        QVERIFY(tap(map, QStringLiteral("saveMeeting")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("meetingRow_0")), 10000);
        const QByteArray listed = lecternCommand({QStringLiteral("meeting"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(listed.contains("年度工作会议") && listed.contains("第一会议室"), listed.constData());
        save(settledScreen(), QStringLiteral("e2e-console-meeting.png"));

        // The speech: the watermark line put back, the blank filled, used.
        QVERIFY(tap(map, QStringLiteral("tab_speech")));
        QVERIFY(tap(map, QStringLiteral("file_0")));
        QVERIFY(tap(map, QStringLiteral("keepLine_0")));
        QVERIFY(typeInto(map, QStringLiteral("fillValue_0"), QStringLiteral("张伟")));
        QVERIFY(tap(map, QStringLiteral("fillAll_0")));
        QTRY_VERIFY_WITH_TIMEOUT(!shows(map, QStringLiteral("fillAll_0")), 10000); // no blank left
        save(settledScreen(), QStringLiteral("e2e-console-speech.png"));
        QVERIFY(tap(map, QStringLiteral("useSpeech")));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(dir + QStringLiteral("/speech.json")).contains("张伟"), 10000);
        const QJsonObject choice = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/speech.json"))).object();
        QCOMPARE(choice.value(QStringLiteral("keep_lines")).toArray(), QJsonArray{1});
        QCOMPARE(choice.value(QStringLiteral("fills")).toArray().first()[QStringLiteral("placeholder")].toString(), QStringLiteral("XX"));

        // The door: two people sign in.
        QVERIFY(tap(map, QStringLiteral("tab_meetings")));
        QVERIFY(tap(map, QStringLiteral("meetingRow_0")));
        QVERIFY(tap(map, QStringLiteral("startSignin")));
        for (const QString &initials : {QStringLiteral("zs"), QStringLiteral("ls")}) {
            QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("letterKeys")), 10000);
            QVERIFY(typeText(initials));
            QVERIFY(tap(map, QStringLiteral("result_0")));
            QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("signaturePad")), 10000);
            QVERIFY(strokeAcross(map, QStringLiteral("signaturePad")));
            QVERIFY(tap(map, QStringLiteral("confirmButton")));
            QTRY_VERIFY_WITH_TIMEOUT(!shows(map, QStringLiteral("signaturePad")), 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(lecternCommand({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                                                 QStringLiteral("--data-dir"), dir}).contains("\"present\":2"), 10000);

        // Leaving the door needs the PIN; home; the teleprompter on the reviewed speech.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+h")}));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("pin_ok")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("homePrompter"))
                                     || (typePin(QStringLiteral("2468")), QTest::qWaitFor([&] { return shows(map, QStringLiteral("homePrompter")); }, 700)),
                                 15000);
        save(settledScreen(), QStringLiteral("e2e-home-meeting.png"));
        QVERIFY(tap(map, QStringLiteral("homePrompter")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("prompterView")), 10000);
        const QImage top = settledScreen();
        for (int i = 0; i < 25; ++i)
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Up")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        const QString resume = dir + QStringLiteral("/resume.json");
        QTRY_VERIFY_WITH_TIMEOUT(savedPosition(resume) > 40, 20000);
        kiosk->kill(); // a crash, a power cut
        QVERIFY(kiosk->waitForFinished(10000));
        const QJsonObject left = QJsonDocument::fromJson(readFile(resume)).object();
        QCOMPARE(left.value(QStringLiteral("role")).toString(), QStringLiteral("prompter"));
        QCOMPARE(left.value(QStringLiteral("meeting")).toInt(), 1);

        // The restart: the same role and meeting, paused where the text was (of
        // the reviewed speech: its fingerprint is what the place is kept for), and said so.
        QFile::remove(map);
        QProcess again;
        again.setProcessEnvironment(env);
        again.setProcessChannelMode(QProcess::ForwardedChannels);
        again.start(qEnvironmentVariable("LECTERN_BINARY"), args);
        QVERIFY(again.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("prompterView")), 30000);
        QVERIFY(shows(map, QStringLiteral("resumedBanner")));
        const QImage resumed = settledScreen();
        save(resumed, QStringLiteral("e2e-console-resumed.png"));
        const QImage band = resumed.copy(0, resumed.height() / 5, resumed.width(), resumed.height() * 3 / 5);
        const QImage topBand = top.copy(0, top.height() / 5, top.width(), top.height() * 3 / 5);
        QVERIFY2(meanGreyDifference(topBand, band) > 8, "the restart showed the top of the speech");
        QVERIFY(quitWithPin(false));
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitCode(), 0);
    }

    // Voice-paced on a real audio stack: a PulseAudio daemon of the test's own
    // with a virtual microphone fed in real time (paplay into a null sink whose
    // monitor is remapped as the default source). Started, the text waits for
    // a voice; synthetic Mandarin makes it move; during a 5 s pause it stops;
    // the second sentence moves it again. The meeting is recorded meanwhile
    // (--record): after quitting, its take is complete, as long as the kiosk
    // recorded (±5 %), decodes, and holds the two sentences with the pause.
    void voicePacedOnARealAudioStack()
    {
        AudioStack audio;
        QVERIFY2(audio.start(), qPrintable(audio.problem));
        QTemporaryDir &data = audio.data;
        const QProcessEnvironment &env = audio.env;
        auto tool = [&audio](const QString &program, const QStringList &args) { return audio.tool(program, args); };

        // Two sentences with 5 s of silence between (the hang time and the ease take 2.4 s of it).
        const QString a = data.filePath(QStringLiteral("a.wav")), b = data.filePath(QStringLiteral("b.wav"));
        const QString padded = data.filePath(QStringLiteral("a-padded.wav")), speech = data.filePath(QStringLiteral("speech.wav"));
        QVERIFY(tool(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-s"), QStringLiteral("160"), QStringLiteral("-w"), a,
                                                   QStringLiteral("我说十五月时生实事，长城市场重政务，水手无知少吃物。")}));
        QVERIFY(tool(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-s"), QStringLiteral("160"), QStringLiteral("-w"), b,
                                                   QStringLiteral("五位师士往周城，长城市场重政务。")}));
        QVERIFY(tool(QStringLiteral("sox"), {a, padded, QStringLiteral("pad"), QStringLiteral("0.5"), QStringLiteral("5")}));
        QVERIFY(tool(QStringLiteral("sox"), {padded, b, speech}));

        const QString map = data.filePath(QStringLiteral("ui.json"));
        const QString dir = data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("录音的会议"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        auto takes = [&dir] { return recordingsOf(dir); };
        QProcessEnvironment kioskEnv = env;
        kioskEnv.insert(QStringLiteral("LECTERN_UI_MAP"), map);
        kioskEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), data.filePath(QStringLiteral("config")));
        QProcess kiosk;
        kiosk.setProcessEnvironment(kioskEnv);
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        const QDateTime launched = QDateTime::currentDateTime();
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--voice-paced"),
                                                             QStringLiteral("--record"), QStringLiteral("--countdown"), QStringLiteral("0"),
                                                             QStringLiteral("--data-dir"), dir});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("hudListening")), 30000); // listening, said in the HUD
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("recordingIndicator")), 10000); // recording, said on screen
        QCOMPARE(takes().size(), 1);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        const QString resume = dir + QStringLiteral("/resume.json");
        QTest::qWait(1500); // (a silence, on purpose: nothing must move in it)
        QVERIFY2(savedPosition(resume) <= 0, "the text moved with nobody speaking");

        QProcess play;
        play.setProcessEnvironment(env);
        play.start(QStringLiteral("paplay"), {QStringLiteral("--device=micfeed"), speech});
        QVERIFY(play.waitForStarted());
        // The reading position as the kiosk saves it (once a second), sampled until the speech is over.
        QList<std::pair<qint64, double>> samples;
        QElapsedTimer clock;
        clock.start();
        while (play.state() != QProcess::NotRunning || clock.elapsed() < 20000) {
            samples.append({clock.elapsed(), savedPosition(resume)});
            QTest::qWait(100);
            if (clock.elapsed() > 40000)
                break;
        }
        QCOMPARE(play.exitCode(), 0);
        QTest::qWait(1500);
        samples.append({clock.elapsed(), savedPosition(resume)});
        // It moved with the first sentence, stood still for a while in the pause, moved again with the second.
        qint64 longestStill = 0, stillFrom = -1;
        double stillAt = -1, firstMove = -1, pausedAt = -1;
        for (const auto &[ms, pos] : std::as_const(samples)) {
            if (pos > 0 && firstMove < 0)
                firstMove = ms;
            if (pos <= 0)
                continue;
            if (stillAt < 0 || std::abs(pos - stillAt) > 0.1) {
                stillAt = pos;
                stillFrom = ms;
            } else if (ms - stillFrom > longestStill) {
                longestStill = ms - stillFrom;
                pausedAt = pos;
            }
        }
        const double last = samples.last().second;
        QVERIFY2(firstMove >= 0 && firstMove < 5000, "the text did not move with the voice");
        QVERIFY2(longestStill >= 1500, qPrintable(QStringLiteral("no stop in the pause (longest still %1 ms)").arg(longestStill)));
        QVERIFY2(last > pausedAt + 1, "the text did not move again with the second sentence");
        save(grabScreen(), QStringLiteral("e2e-voice-paced.png"));
        QVERIFY(readFile(dir + QStringLiteral("/logs/lectern.log")).contains("listening on"));
        QVERIFY(quitWithPin(true));
        const QDateTime pinGiven = QDateTime::currentDateTime(); // the kiosk checks the PIN, stops recording and quits
        QVERIFY(kiosk.waitForFinished(10000));
        const QDateTime exited = QDateTime::currentDateTime();

        const QJsonArray after = takes();
        QCOMPARE(after.size(), 1);
        const QJsonObject take = after.first().toObject();
        // The take begins with its first sound: a moment after the kiosk opened the microphone.
        const QDateTime recordingFrom = QDateTime::fromString(take.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        QVERIFY(recordingFrom.isValid());
        QVERIFY2(launched.msecsTo(recordingFrom) >= 0 && launched.msecsTo(recordingFrom) < 5000,
                 qPrintable(QStringLiteral("the take began %1 ms after the kiosk was launched").arg(launched.msecsTo(recordingFrom))));
        QCOMPARE(take.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(take.value(QStringLiteral("sha256")).toString().size(), 64);
        const double recorded = take.value(QStringLiteral("duration_ms")).toDouble() / 1000.0;
        // It stopped between the PIN being given and the kiosk's exit: within 5 % of that span.
        const double atLeast = double(recordingFrom.msecsTo(pinGiven)) / 1000.0;
        const double atMost = double(recordingFrom.msecsTo(exited)) / 1000.0;
        qInfo("recorded %.2f s; it ran for %.2f–%.2f s", recorded, atLeast, atMost);
        QVERIFY2(recorded >= 0.95 * atLeast && recorded <= 1.05 * atMost,
                 qPrintable(QStringLiteral("recorded %1 s; it ran for %2–%3 s").arg(recorded).arg(atLeast).arg(atMost)));
        // It decodes, and what it holds is the microphone's: two sentences, the pause between.
        QProcess analyze;
        analyze.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("audio"), QStringLiteral("analyze"),
                                                               take.value(QStringLiteral("file")).toString(), QStringLiteral("--json")});
        QVERIFY(analyze.waitForFinished(60000));
        QCOMPARE(analyze.exitCode(), 0);
        const QJsonObject heard = QJsonDocument::fromJson(analyze.readAllStandardOutput()).object();
        QVERIFY2(std::abs(heard.value(QStringLiteral("seconds")).toDouble() - recorded) < 0.1,
                 qPrintable(QString::number(heard.value(QStringLiteral("seconds")).toDouble())));
        const QJsonArray segments = heard.value(QStringLiteral("segments")).toArray();
        QVERIFY2(segments.size() >= 2, qPrintable(QString::number(segments.size())));
        double widestGap = 0;
        for (qsizetype i = 1; i < segments.size(); ++i)
            widestGap = std::max(widestGap, segments[i].toObject().value(QStringLiteral("start")).toDouble()
                                                - segments[i - 1].toObject().value(QStringLiteral("end")).toDouble());
        QVERIFY2(widestGap > 4.0 && widestGap < 6.5, qPrintable(QString::number(widestGap))); // the 5 s pause
    }

    // The microphone unplugged in the middle of a recording, then plugged in
    // again: the kiosk never crashes, the take on the old device ends whole,
    // and recording goes on, in a new take, on the microphone that came back.
    void recordingSurvivesTheMicrophoneUnpluggedAndBack()
    {
        AudioStack audio;
        QVERIFY2(audio.start(), qPrintable(audio.problem));
        const QString map = audio.data.filePath(QStringLiteral("ui.json"));
        const QString dir = audio.data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("插拔麦克风的会议"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        auto takes = [&dir] { return recordingsOf(dir); };
        QProcessEnvironment kioskEnv = audio.env;
        kioskEnv.insert(QStringLiteral("LECTERN_UI_MAP"), map);
        kioskEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), audio.data.filePath(QStringLiteral("config")));
        QProcess kiosk;
        kiosk.setProcessEnvironment(kioskEnv);
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--record"), QStringLiteral("--data-dir"), dir});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("recordingIndicator")), 30000);
        QTest::qWait(4000); // (sound recorded on the first microphone, which takes a moment to start)

        QVERIFY(audio.unplugMicrophone());
        // The take on the microphone that went away ends, whole.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const QJsonArray t = takes();
            return !t.isEmpty() && t.first().toObject().value(QStringLiteral("state")).toString() == u"complete";
        }(), 15000);
        QCOMPARE(kiosk.state(), QProcess::Running);

        QVERIFY(audio.plugMicrophone());
        // Back on it: a take is being recorded again.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const QJsonArray t = takes();
            return t.size() >= 2 && t.last().toObject().value(QStringLiteral("state")).toString() == u"recording";
        }(), 15000);
        QTest::qWait(2000);
        QVERIFY(shows(map, QStringLiteral("recordingIndicator")));
        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);

        const QJsonArray after = takes();
        QVERIFY(after.size() >= 2);
        QVERIFY2(after.first().toObject().value(QStringLiteral("duration_ms")).toInt() >= 1000,
                 qPrintable(QString::number(after.first().toObject().value(QStringLiteral("duration_ms")).toInt())));
        const QJsonObject last = after.last().toObject();
        QCOMPARE(last.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QVERIFY(last.value(QStringLiteral("duration_ms")).toInt() >= 1500);
        for (const QJsonValue &t : after)
            QVERIFY2(t.toObject().value(QStringLiteral("state")).toString() != u"recording", "a take was left unfinished");
    }

    void selfTestOnARealDisplay()
    {
        QProcess p;
        QTemporaryDir data;
        p.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("self-test: ok"));
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
