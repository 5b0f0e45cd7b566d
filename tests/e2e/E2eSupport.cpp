#include "E2eSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace e2e {


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
double difference(const QImage &a, const QImage &b, double bottom)
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
double meanGreyDifference(const QImage &a, const QImage &b, double bottom)
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
QProcessEnvironment kioskEnvironment(const QString &map, const QString &configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LECTERN_UI_MAP"), map);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    return env;
}

bool startKiosk(QProcess &process, const QProcessEnvironment &env, const QStringList &args)
{
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(qEnvironmentVariable("LECTERN_BINARY"), args);
    return process.waitForStarted();
}

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

bool promptPast(const QString &resumeFile, double past)
{
    if (!xdotool({QStringLiteral("mousemove"), QStringLiteral("960"), QStringLiteral("540")}))
        return false;
    for (int i = 0; i < 25; ++i)
        if (!xdotool({QStringLiteral("key"), QStringLiteral("Up")}))
            return false;
    return xdotool({QStringLiteral("key"), QStringLiteral("space")})
        && QTest::qWaitFor([&] { return savedPosition(resumeFile) > past; }, 20000);
}

// A headless meetings command of the real binary; its standard output.
QByteArray lecternCommand(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

QJsonObject agendaItem(const QString &dataDir, int item)
{
    const QJsonArray items = QJsonDocument::fromJson(lecternCommand({QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("1"),
                                                                     QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir}))
                                 .object()[QStringLiteral("items")]
                                 .toArray();
    for (const QJsonValue v : items)
        if (v[QStringLiteral("id")].toInt() == item)
            return v.toObject();
    return {};
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

double recordedSeconds(const QString &file)
{
    return QJsonDocument::fromJson(lecternCommand({QStringLiteral("audio"), QStringLiteral("analyze"), file, QStringLiteral("--json")}))
        .object()
        .value(QStringLiteral("seconds"))
        .toDouble();
}

bool pinTakesKeys(const QString &map)
{
    return shows(map, QStringLiteral("pinKeypad"));
}

int recordedOnScreen(const QString &map)
{
    static const QRegularExpression clock(QStringLiteral(R"((\d+):(\d\d)$)"));
    const auto m = clock.match(mapText(map, QStringLiteral("recordingElapsed")));
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
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

QString mapText(const QString &map, const QString &name)
{
    return uiMap(map).value(name).toArray().at(4).toString();
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
        if (QTest::qWaitFor([&] { return mapText(map, name) == text; }, 3000))
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


bool AudioStack::tool(const QString &program, const QStringList &args, QByteArray *out) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out = p.readAllStandardOutput();
    return ok;
}

bool AudioStack::fail(const QString &why)
{
    problem = why;
    return false;
}

bool AudioStack::start()
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

bool AudioStack::plugMicrophone()
{
    QByteArray index;
    if (!tool(QStringLiteral("pactl"), {QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
                                       QStringLiteral("master=micfeed.monitor"), QStringLiteral("source_name=mic")}, &index))
        return false;
    micModule = index.trimmed();
    return tool(QStringLiteral("pactl"), {QStringLiteral("set-default-source"), QStringLiteral("mic")});
}

bool AudioStack::unplugMicrophone()
{
    return tool(QStringLiteral("pactl"), {QStringLiteral("unload-module"), QString::fromLatin1(micModule)});
}

AudioStack::~AudioStack()
{
    if (roomTone.state() != QProcess::NotRunning) {
        roomTone.kill();
        roomTone.waitForFinished();
    }
    // Gone before its folder is removed (it writes there until it exits).
    if (running && tool(QStringLiteral("pulseaudio"), {QStringLiteral("-k")}))
        (void)QTest::qWaitFor([&] { return !tool(QStringLiteral("pulseaudio"), {QStringLiteral("--check")}); }, 5000);
}

} // namespace e2e
