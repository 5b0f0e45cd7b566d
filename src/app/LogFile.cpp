#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <atomic>

namespace lectern {
namespace {

struct Log
{
    QMutex mutex; // messages come from any thread (the render thread, workers)
    QString dir;
    qint64 maxBytes = 0;
    int keep = 0;
    QFile file;
    QtMessageHandler previous = nullptr;
};

Log &log()
{
    static Log l;
    return l;
}

QString name(const QString &dir, int n)
{
    return QDir(dir).filePath(n == 0 ? QStringLiteral("lectern.log") : QStringLiteral("lectern.%1.log").arg(n));
}

// lectern.log → lectern.1.log → … → lectern.<keep>.log, the oldest gone.
void rotate(Log &l)
{
    l.file.close();
    QFile::remove(name(l.dir, l.keep));
    for (int n = l.keep - 1; n >= 0; --n)
        QFile::rename(name(l.dir, n), name(l.dir, n + 1));
    l.file.open(QIODevice::WriteOnly | QIODevice::Append);
}

char level(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 'D';
    case QtInfoMsg: return 'I';
    case QtWarningMsg: return 'W';
    case QtCriticalMsg: return 'E';
    case QtFatalMsg: return 'F';
    }
    return '?';
}

// Qt's sound backend says "PulseAudioService: pa_context_connect() failed"
// the first time anything asks for sound (a chime, the countdown's tick, the
// microphone) in a room without a sound server: said once, in words an
// operator can act on, under Lectern's audio category.
bool soundServerMissing(QtMsgType type, const QString &message, QString *said)
{
    static std::atomic_bool told = false;
    if (type != QtWarningMsg || !message.startsWith(QLatin1String("PulseAudioService: pa_context_connect() failed")))
        return false;
    *said = told.exchange(true) ? QString()
                                : QStringLiteral("no sound server answers (PulseAudio): sounds are silent, and listening and recording "
                                                 "wait until one runs");
    return true;
}

void handler(QtMsgType type, const QMessageLogContext &qtContext, const QString &qtMessage)
{
    QString message = qtMessage;
    QMessageLogContext context(qtContext.file, qtContext.line, qtContext.function, qtContext.category);
    if (soundServerMissing(type, qtMessage, &message)) {
        if (message.isEmpty())
            return; // said already
        context.category = "lectern.audio";
    }
    Log &l = log();
    {
        QMutexLocker lock(&l.mutex);
        if (l.file.isOpen()) {
            const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                        .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs))
                                        .arg(QLatin1Char(level(type)))
                                        .arg(QLatin1String(context.category ? context.category : "default"), message)
                                        .toUtf8();
            l.file.write(line);
            l.file.flush(); // to the OS at once (no fsync): a crash keeps the last lines
            if (l.file.size() > l.maxBytes)
                rotate(l);
        }
    }
    // Warnings and errors are also said on stderr; the journal of what
    // happened (info, debug) goes to the file only.
    if (l.previous && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg || !l.file.isOpen()))
        l.previous(type, context, message);
}

} // namespace

void installLogFile(const QString &dir, qint64 maxBytes, int keep)
{
    Log &l = log();
    QMutexLocker lock(&l.mutex);
    QDir().mkpath(dir);
    l.dir = dir;
    l.maxBytes = std::max<qint64>(1024, maxBytes);
    l.keep = std::max(1, keep);
    l.file.close();
    l.file.setFileName(name(dir, 0));
    l.file.open(QIODevice::WriteOnly | QIODevice::Append);
    if (!l.previous) {
        l.previous = qInstallMessageHandler(handler);
        if (l.previous == handler)
            l.previous = nullptr;
    }
}

QString logFilePath()
{
    Log &l = log();
    QMutexLocker lock(&l.mutex);
    return l.file.isOpen() ? l.file.fileName() : QString();
}

} // namespace lectern
