#include "ResumeState.h"

#include <QCoreApplication>
#include <QFile>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace lectern {
namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    return f.commit();
}

} // namespace

QByteArray ResumePoint::toJson() const
{
    return QJsonDocument(QJsonObject{{"version", 1},
                                     {"role", role},
                                     {"speech", speech},
                                     {"position", position},
                                     {"speed_cpm", speed},
                                     {"page", page},
                                     {"state", state},
                                     {"elapsed_ms", double(elapsedMs)},
                                     {"meeting", double(meetingId)},
                                     {"item", double(itemId)},
                                     {"quit", quit},
                                     {"saved_at", savedAt.toString(Qt::ISODateWithMs)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ResumePoint> ResumePoint::fromJson(const QByteArray &json, QString *problem)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QStringLiteral("version")).toInt() != 1) {
        *problem = QCoreApplication::translate("lectern::ResumeState", "the saved state is torn or damaged (%1); starting afresh")
                       .arg(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("version"));
        return std::nullopt;
    }
    ResumePoint p;
    p.role = o.value(QStringLiteral("role")).toString();
    p.speech = o.value(QStringLiteral("speech")).toString();
    p.position = o.value(QStringLiteral("position")).toDouble(-1);
    p.speed = o.value(QStringLiteral("speed_cpm")).toInt();
    p.page = o.value(QStringLiteral("page")).toInt(-1);
    p.state = o.value(QStringLiteral("state")).toString();
    p.elapsedMs = qint64(o.value(QStringLiteral("elapsed_ms")).toDouble());
    p.meetingId = qint64(o.value(QStringLiteral("meeting")).toDouble());
    p.itemId = qint64(o.value(QStringLiteral("item")).toDouble());
    p.quit = o.value(QStringLiteral("quit")).toBool();
    p.savedAt = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    if (!std::isfinite(p.position) || p.position < 0 || p.page < 0 || p.elapsedMs < 0 || p.meetingId < 0 || !p.savedAt.isValid()) {
        *problem = QCoreApplication::translate("lectern::ResumeState", "the saved state has impossible values; starting afresh");
        return std::nullopt;
    }
    return p;
}

ResumeWriter::ResumeWriter(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    m_timer.setInterval(1000);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { writeLatest(false); });
}

ResumeWriter::~ResumeWriter()
{
    flush();
}

void ResumeWriter::update(const ResumePoint &point)
{
    m_pending = point;
    if (!m_timer.isActive())
        m_timer.start(); // at most a second old, and never more than one write a second
}

void ResumeWriter::flush()
{
    m_timer.stop();
    writeLatest(true);
}

void ResumeWriter::writeLatest(bool wait)
{
    if (!m_pending)
        return;
    if (m_inFlight.isRunning()) {
        if (!wait) {
            m_timer.start(); // the disk is slow today: try again in a second with the newest point
            return;
        }
        m_inFlight.waitForFinished();
    }
    const QByteArray bytes = m_pending->toJson();
    m_pending.reset();
    ++m_writes;
    // The sync to the disk happens on a worker thread: a frame never waits for it.
    m_inFlight = QtConcurrent::run(writeFile, m_path, bytes);
    if (wait)
        m_inFlight.waitForFinished();
}

std::optional<ResumePoint> ResumeWriter::read(const QString &path, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt; // nothing saved: a first start, no problem
    return ResumePoint::fromJson(f.read(64 * 1024), problem);
}

} // namespace lectern
