#pragma once

// What every end-to-end journey uses: screenshots of the X display and how
// they differ, waiting until the screen stands still, xdotool's keys and
// clicks, the kiosk's map of its named controls (LECTERN_UI_MAP), the
// headless commands of the real binary, and a real audio stack of the
// test's own. Each journey is a test executable of its own on an X server of
// its own (tests/e2e/CMakeLists.txt), so that ctest runs them side by side.
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace e2e {

QImage grabScreen();
int distinctColours(const QImage &image);
// Share of sampled pixels that differ between two screenshots, above `bottom`
// (the prompter's heads-up line shows a wall clock, so tests may leave it out).
double difference(const QImage &a, const QImage &b, double bottom = 1.0);
// Mean absolute grey-level difference of two screenshots shrunk to 240×135,
// over the part above `bottom`: tolerant of anti-aliasing, not of layout.
double meanGreyDifference(const QImage &a, const QImage &b, double bottom = 1.0);
void save(const QImage &image, const QString &name); // into LECTERN_SCREENSHOT_DIR, when set
// Waits until the screen stands still (two grabs 200 ms apart agree above the
// heads-up line, whose wall clock may tick); false when it still moves after 6 s.
// A condition, polled, not a sleep: it returns as soon as it holds.
bool settle(QImage *out);
QImage settledScreen();

// The kiosk's environment for a journey: its UI map (LECTERN_UI_MAP) and a
// configuration folder of its own.
QProcessEnvironment kioskEnvironment(const QString &map, const QString &configDir);
// Starts the real binary with `args` in `env`, its output on the test's.
bool startKiosk(QProcess &process, const QProcessEnvironment &env, const QStringList &args);

bool xdotool(const QStringList &args);
bool typeText(const QString &text);
bool typePin(const QString &pin); // the digits, then Return
// Leaving the kiosk needs the administrator's PIN: Ctrl+Q, the dialog comes
// up over everything, the PIN is typed and confirmed with Enter. In a fresh
// data folder the PIN is set first, typed twice.
bool quitWithPin(bool firstTime);

// The reading position in a resume file (-1 when there is none yet).
double savedPosition(const QString &path);
// On a prompter that shows its text: the fastest speed (400 字/分钟), started,
// until the resume file's saved position is past `past` (false after 20 s).
bool promptPast(const QString &resumeFile, double past);
QByteArray readFile(const QString &path);
// A headless command of the real binary; its standard output.
QByteArray lecternCommand(const QStringList &args);
// Meeting 1's agenda item `item` as `lectern agenda list --json` gives it ({} when there is none).
QJsonObject agendaItem(const QString &dataDir, int item);
// Meeting 1's recording as `lectern meeting show --json` lists it: its takes.
QJsonArray recordingsOf(const QString &dataDir);
// Seconds of sound a recording's file holds now (`lectern audio analyze`), 0 when none.
double recordedSeconds(const QString &file);

// Where the kiosk says its named controls are (LECTERN_UI_MAP): name → rectangle.
QJsonObject uiMap(const QString &path);
bool shows(const QString &map, const QString &name);
// The text the control called `name` shows ("" when it has none or is not there).
QString mapText(const QString &map, const QString &name);
// Taps the control called `name` in its middle, once the kiosk shows it and
// it has stopped moving (a page still laying itself out moves its controls).
bool tap(const QString &map, const QString &name);
// Types into the field called `name` until the kiosk shows the whole text there.
bool typeInto(const QString &map, const QString &name, const QString &text);
// A stroke across the middle of the control called `name` (a signature).
bool strokeAcross(const QString &map, const QString &name);
// The PIN dialog is up and takes keys (no wrong PIN's wait is running).
bool pinTakesKeys(const QString &map);
// The seconds of sound the recording badge counts (its "m:ss"); -1 when it is not shown.
int recordedOnScreen(const QString &map);

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
    QByteArray micModule;

    bool tool(const QString &program, const QStringList &args, QByteArray *out = nullptr) const;
    bool start();
    bool plugMicrophone(); // plugged in (again), as the default input
    bool unplugMicrophone();
    ~AudioStack();

private:
    bool fail(const QString &why);
};

} // namespace e2e
