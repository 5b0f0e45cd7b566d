#include "BenchScene.h"

#include "SyntheticSpeech.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>

namespace lectern::bench {

// Waits until the window has drawn a frame after whatever was just changed.
void waitForFrame(QQuickWindow *window)
{
    QEventLoop loop;
    auto c = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    window->requestUpdate();
    loop.exec();
    QObject::disconnect(c);
}

QString writeSpeech(const QTemporaryDir &dir, qsizetype utf8Bytes, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(repeatedSpeech(utf8Bytes).toUtf8());
    return path;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5))];
}

} // namespace lectern::bench
