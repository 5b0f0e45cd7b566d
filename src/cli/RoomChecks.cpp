#include "RoomChecks.h"

#include "kiosk/ScreenLayout.h"
#include "lan/SignInAddress.h"
#include "meeting/ClockCheck.h"
#include "records/PdfPages.h"
#include "speech/Typography.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QMediaDevices>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QStorageInfo>
#include <QSGRendererInterface>
#include <QTimer>


namespace lectern::cli {
namespace {


RoomCheck make(const char *name, RoomCheck::Verdict v, const QString &text, const QJsonObject &details = {})
{
    return {QString::fromLatin1(name), v, text, details};
}

bool hasDisplay()
{
    return QGuiApplication::platformName() != u"offscreen" && QGuiApplication::platformName() != u"minimal";
}

// A FLAC take of the room's sound at 16 kHz, mono: 67.6 MB an hour, as
// measured (docs/benchmarks.md, "survives_a_kill_flac"), rounded up.
constexpr double kRecordingBytesPerHour = 70e6;

} // namespace

QString verdictKey(RoomCheck::Verdict v)
{
    switch (v) {
    case RoomCheck::Verdict::Ok: return QStringLiteral("ok");
    case RoomCheck::Verdict::Warning: return QStringLiteral("warning");
    case RoomCheck::Verdict::Problem: return QStringLiteral("problem");
    }
    return {};
}

QString checkLabel(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("screens"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "screens")},
        {QStringLiteral("renderer"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "renderer")},
        {QStringLiteral("fonts"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "fonts")},
        {QStringLiteral("sound"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "sound")},
        {QStringLiteral("disk"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "disk")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "database")},
        {QStringLiteral("clock"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "clock")},
        {QStringLiteral("room_server"), QT_TRANSLATE_NOOP("lectern::RoomChecks", "room server")}};
    const char *label = labels.value(name);
    return label ? QCoreApplication::translate("lectern::RoomChecks", label) : name;
}

namespace {

RoomCheck checkScreens(const AppOptions::Values &configured)
{
    if (!hasDisplay())
        return make("screens", RoomCheck::Verdict::Warning,
                    QCoreApplication::translate("lectern::RoomChecks", "no display here (%1): run it in the kiosk's session, or with DISPLAY=:0, to see the screens")
                        .arg(QGuiApplication::platformName()));
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.isEmpty())
        return make("screens", RoomCheck::Verdict::Problem, QCoreApplication::translate("lectern::RoomChecks", "the display has no screen connected"));
    const RoleAssignment roles = ScreenLayout::assignmentNow(configured.screenRoles);
    QJsonArray list;
    QStringList said;
    for (int i = 0; i < screens.size(); ++i) {
        QString role;
        for (ScreenRole r : {ScreenRole::Console, ScreenRole::Prompter, ScreenRole::Projection, ScreenRole::Signin})
            if (roles.of(r) == i)
                role = screenRoleKey(r);
        const QScreen *s = screens.at(i);
        const QString key = ScreenLayout::screenKey(s);
        list.append(QJsonObject{{"key", key}, {"width", s->geometry().width()}, {"height", s->geometry().height()},
                                {"refresh_hz", qRound(s->refreshRate())}, {"role", role}});
        said.append(QStringLiteral("%1 %2×%3 → %4").arg(key).arg(s->geometry().width()).arg(s->geometry().height())
                        .arg(role.isEmpty() ? QCoreApplication::translate("lectern::RoomChecks", "no role") : role));
    }
    return make("screens", RoomCheck::Verdict::Ok, said.join(QStringLiteral("; ")), {{"screens", list}});
}

// The renderer the kiosk uses and the frames a second it gets here: a small
// window with one moving rectangle, shown for a second.
RoomCheck checkRenderer()
{
    QQuickWindow window;
    window.resize(320, 180);
    auto *box = new QQuickItem(window.contentItem());
    box->setSize(QSizeF(40, 40));
    int frames = 0;
    QObject::connect(&window, &QQuickWindow::beforeSynchronizing, box, [box] { box->setX(int(box->x() + 3) % 280); }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [&] { ++frames; window.update(); });
    window.show();
    QElapsedTimer clock;
    clock.start();
    QEventLoop second;
    QTimer::singleShot(1000, &second, &QEventLoop::quit);
    second.exec();
    const double fps = frames * 1000.0 / double(std::max<qint64>(1, clock.elapsed()));
    window.hide();
    const QString api = window.rendererInterface() ? QString::fromLatin1(window.rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? "software" : "opengl")
                                                   : QStringLiteral("unknown");
    const QJsonObject details{{"renderer", api}, {"fps", qRound(fps * 10) / 10.0}};
    if (!hasDisplay())
        return make("renderer", RoomCheck::Verdict::Warning, QCoreApplication::translate("lectern::RoomChecks", "%1; no display here to measure frames on").arg(api), details);
    const auto v = fps >= 50 ? RoomCheck::Verdict::Ok : fps >= 25 ? RoomCheck::Verdict::Warning : RoomCheck::Verdict::Problem;
    return make("renderer", v, QCoreApplication::translate("lectern::RoomChecks", "%1, %2 frames a second").arg(api).arg(fps, 0, 'f', 1), details);
}

RoomCheck checkFonts()
{
    const QStringList installed = QFontDatabase::families();
    auto has = [&installed](const QString &f) { return installed.contains(f, Qt::CaseInsensitive); };
    const TypeFaces speech = TypeFaces::installed();
    QStringList missing;
    for (const QString &f : {speech.serif, speech.sans})
        if (!has(f))
            missing.append(f);
    // The PDFs need faces whose text reads back right (not Noto CJK's: PRODUCT.md).
    for (const QString &f : {QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Zen Hei")})
        if (!has(f))
            missing.append(f);
    const QJsonObject details{{"speech", QJsonArray{speech.serif, speech.sans, speech.kai}},
                              {"pdf", QJsonArray{records::bodyFamily(), records::titleFamily()}},
                              {"missing", QJsonArray::fromStringList(missing)}};
    if (!missing.isEmpty())
        return make("fonts", RoomCheck::Verdict::Problem, QCoreApplication::translate("lectern::RoomChecks", "missing: %1 (fonts-noto-cjk, fonts-arphic-uming, fonts-wqy-zenhei)").arg(missing.join(QStringLiteral(", "))), details);
    return make("fonts", RoomCheck::Verdict::Ok, QCoreApplication::translate("lectern::RoomChecks", "speech %1, %2, %3; PDFs %4, %5").arg(speech.serif, speech.sans, speech.kai, records::bodyFamily(), records::titleFamily()), details);
}

RoomCheck checkSound()
{
    const QAudioDevice in = QMediaDevices::defaultAudioInput();
    const QAudioDevice out = QMediaDevices::defaultAudioOutput();
    const QJsonObject details{{"microphone", in.isNull() ? QString() : in.description()}, {"speakers", out.isNull() ? QString() : out.description()},
                              {"inputs", int(QMediaDevices::audioInputs().size())}, {"outputs", int(QMediaDevices::audioOutputs().size())}};
    if (in.isNull() || out.isNull()) // a room may meet without sound: recording and voice pacing wait for a microphone
        return make("sound", RoomCheck::Verdict::Warning,
                    QCoreApplication::translate("lectern::RoomChecks", "microphone: %1; speakers: %2 (recording and voice pacing need a microphone)")
                        .arg(in.isNull() ? QCoreApplication::translate("lectern::RoomChecks", "none") : in.description(), out.isNull() ? QCoreApplication::translate("lectern::RoomChecks", "none") : out.description()), details);
    return make("sound", RoomCheck::Verdict::Ok, QCoreApplication::translate("lectern::RoomChecks", "microphone: %1; speakers: %2").arg(in.description(), out.description()), details);
}

RoomCheck checkDisk(const QString &dataDir)
{
    QString at = dataDir;
    while (!QFileInfo::exists(at) && at != QDir(at).absoluteFilePath(QStringLiteral(".."))) // not made yet: the disk it will be on
        at = QFileInfo(at).absolutePath();
    const QStorageInfo disk(at);
    const double hours = double(disk.bytesAvailable()) / kRecordingBytesPerHour;
    const QJsonObject details{{"path", dataDir}, {"free_bytes", double(disk.bytesAvailable())}, {"recording_hours_left", qRound(hours * 10) / 10.0}};
    const QString text = QCoreApplication::translate("lectern::RoomChecks", "%1 GB free for %2: %3 hours of recording (FLAC)").arg(double(disk.bytesAvailable()) / 1e9, 0, 'f', 1).arg(dataDir).arg(hours, 0, 'f', 0);
    const auto v = hours < 2 ? RoomCheck::Verdict::Problem : hours < 8 ? RoomCheck::Verdict::Warning : RoomCheck::Verdict::Ok;
    return make("disk", v, text, details);
}

RoomCheck checkDatabase(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("lectern.sqlite"));
    const QDir backups(QDir(dataDir).filePath(QStringLiteral("backups")));
    const QFileInfoList made = backups.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Time);
    QJsonObject details{{"path", path}, {"backups", int(made.size())}};
    QString last = QCoreApplication::translate("lectern::RoomChecks", "no backup yet");
    if (!made.isEmpty()) {
        details.insert("last_backup", made.first().fileName());
        details.insert("last_backup_at", made.first().lastModified().toString(Qt::ISODate));
        last = QCoreApplication::translate("lectern::RoomChecks", "last backup %1").arg(made.first().lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (!QFileInfo::exists(path))
        return make("database", RoomCheck::Verdict::Ok, QCoreApplication::translate("lectern::RoomChecks", "none yet: the kiosk makes it at its first start"), details);
    // Read-only, as a backup is judged: the doctor never repairs or migrates.
    const QString check = store::readOnlyCheck(path);
    details.insert("check", check);
    if (check != u"ok")
        return make("database", RoomCheck::Verdict::Problem,
                    QCoreApplication::translate("lectern::RoomChecks", "%1 is damaged (%2): the kiosk will set it aside and restore the newest good backup at its next start; %3").arg(path, check.left(200), last), details);
    return make("database", RoomCheck::Verdict::Ok, QCoreApplication::translate("lectern::RoomChecks", "%1 whole; %2").arg(path, last), details);
}

RoomCheck checkClock(const QString &dataDir)
{
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime latest;
    const QString path = QDir(dataDir).filePath(QStringLiteral("lectern.sqlite"));
    if (QFileInfo::exists(path)) {
        try {
            latest = meetings::latestRecordedAt(store::Database(path));
        } catch (const store::StoreError &) {
            // a damaged database is the database check's to say
        }
    }
    QJsonObject details{{"now", now.toString(Qt::ISODate)}};
    if (latest.isValid())
        details.insert("latest_record", latest.toString(Qt::ISODate));
    const QString problem = meetings::clockProblem(now, latest);
    if (!problem.isEmpty())
        return make("clock", RoomCheck::Verdict::Problem, problem, details);
    return make("clock", RoomCheck::Verdict::Ok, QCoreApplication::translate("lectern::RoomChecks", "%1, after every record").arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), details);
}

RoomCheck checkRoomServer(const AppOptions::Values &configured)
{
    if (!configured.lanEnabled)
        return make("room_server", RoomCheck::Verdict::Ok, QCoreApplication::translate("lectern::RoomChecks", "off (lan.enabled)"), {{"enabled", false}});
    QList<QHostAddress> listen;
    for (const QString &a : configured.lanListen)
        listen.append(QHostAddress(a));
    const QString host = lan::hostForPhones(configured.lanHost, listen);
    const QString url = lan::baseUrl(host, quint16(configured.lanPort));
    const QJsonObject details{{"enabled", true}, {"address", url}};
    if (host == u"127.0.0.1")
        return make("room_server", RoomCheck::Verdict::Problem, QCoreApplication::translate("lectern::RoomChecks", "on, but this PC has no address on a network: phones cannot reach %1").arg(url), details);
    return make("room_server", RoomCheck::Verdict::Ok, QCoreApplication::translate("lectern::RoomChecks", "on: phones reach %1").arg(url), details);
}

} // namespace

QList<RoomCheck> checkRoom(const AppOptions::Values &configured, const QString &dataDir)
{
    return {checkScreens(configured), checkRenderer(), checkFonts(), checkSound(), checkDisk(dataDir),
            checkDatabase(dataDir), checkClock(dataDir), checkRoomServer(configured)};
}

} // namespace lectern::cli
