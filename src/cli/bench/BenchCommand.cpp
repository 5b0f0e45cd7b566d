#include "BenchCommand.h"

#include "AgendaBench.h"
#include "LanBench.h"
#include "AudioBench.h"
#include "RecordingBench.h"
#include "MeetingBench.h"
#include "PrompterBench.h"
#include "SyntheticSpeech.h"
#include "document/SpeechImporter.h"
#include "layout/Paginator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace lectern::cli {
namespace {

struct Case
{
    QString group;
    QString name;
    qsizetype inputBytes = 0;
    std::function<bool()> body; // one timed run; false = the case failed
};

struct Figures { double median = 0, p90 = 0, min = 0; int runs = 0; bool ok = true; };

Figures measure(const Case &c, int runs)
{
    Figures f;
    for (int i = 0; i < 2; ++i) // warm caches and lazy statics
        f.ok = f.ok && c.body();
    QList<double> ms;
    for (int i = 0; i < runs && f.ok; ++i) {
        QElapsedTimer t;
        t.start();
        f.ok = c.body();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    if (ms.isEmpty())
        return f;
    std::sort(ms.begin(), ms.end());
    f.runs = int(ms.size());
    f.min = ms.first();
    f.median = ms[ms.size() / 2];
    f.p90 = ms[std::min<qsizetype>(ms.size() - 1, (ms.size() * 9) / 10)];
    return f;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int BenchCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    bool json = false;
    int runs = 15;
    int scrollSeconds = 10; // per type size of the sweep
    bool prompter = false; // needs a display: only with --prompter (or --all)
    bool lan = false;      // the room's server under phones (a display too): only with --lan
    QString inputsDir; // --inputs DIR keeps the generated inputs, e.g. to time a peer on the same files
    QList<int> sizes = {0, 16, 48, 64, 96, 128, 192, 270}; // 0: the kiosk's default for the screen
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--json") {
            json = true;
        } else if (args[i] == u"--runs" && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--prompter") {
            prompter = true;
        } else if (args[i] == u"--lan") {
            lan = true;
        } else if (args[i] == u"--scroll-seconds" && i + 1 < args.size()) {
            scrollSeconds = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--sizes" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(u',')) {
                bool ok = false;
                const int px = s.toInt(&ok);
                if (!ok || px < 0 || px > 400) {
                    err << QCoreApplication::translate("lectern::BenchCommand", "lectern bench: --sizes takes type sizes from 0 (the default) to 400, not %1").arg(s) << '\n';
                    return 2;
                }
                sizes.append(px);
            }
        } else if (args[i] == u"--inputs" && i + 1 < args.size()) {
            inputsDir = args[++i];
        } else {
            err << QCoreApplication::translate("lectern::BenchCommand", "lectern bench: unexpected argument %1").arg(args[i]) << '\n';
            return 2;
        }
    }

    QTemporaryDir tempDir;
    const QDir dir(inputsDir.isEmpty() ? tempDir.path() : inputsDir);
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err << "lectern bench: cannot create " << dir.path() << '\n';
        return 1;
    }
    const QString txtPath = dir.filePath(QStringLiteral("speech-1mb.txt"));
    const QString docxPath = dir.filePath(QStringLiteral("speech-1mb.docx"));
    const QByteArray txt = bench::repeatedSpeech(1024 * 1024).toUtf8();
    const QByteArray docx = bench::repeatedSpeechDocx(1024 * 1024);
    if (!writeFile(txtPath, txt) || !writeFile(docxPath, docx)) {
        err << "lectern bench: cannot write inputs in " << dir.path() << '\n';
        return 1;
    }
    auto importOk = [](const QString &path) { return importSpeech(path).ok(); };

    // Pagination inputs: about 100,000 and 6,000 Han characters.
    const QString bigPath = dir.filePath(QStringLiteral("speech-100k.txt"));
    const QString smallPath = dir.filePath(QStringLiteral("speech-6k.txt"));
    writeFile(bigPath, bench::repeatedSpeech(340 * 1024).toUtf8());
    writeFile(smallPath, bench::repeatedSpeech(20 * 1024).toUtf8());
    const ImportResult big = importSpeech(bigPath);
    const ImportResult small = importSpeech(smallPath);
    const PageStyle style = PageStyle::installed();
    const PageGeometry geometry; // 1920×1080
    const Paginator paginator;
    auto paginateAt = [&](const ImportResult &speech, double px) {
        if (!speech.ok())
            return false;
        PageStyle s = style;
        s.bodyPx = px;
        return !paginator.paginate(*speech.document, geometry, s).pages.isEmpty();
    };
    int fontStep = 0; // each run a new size, as when the operator presses + and −

    const QList<Case> cases = {
        {QStringLiteral("document"), QStringLiteral("import_txt_1mb"), txt.size(), [&] { return importOk(txtPath); }},
        {QStringLiteral("document"), QStringLiteral("import_docx_1mb"), docx.size(), [&] { return importOk(docxPath); }},
        {QStringLiteral("layout"), QStringLiteral("paginate_100k_1080p_48px"), QFileInfo(bigPath).size(),
         [&] { return paginateAt(big, 48); }},
        {QStringLiteral("layout"), QStringLiteral("repaginate_6k_font_change"), QFileInfo(smallPath).size(),
         [&] { return paginateAt(small, 48 + 4 * (++fontStep % 5)); }},
    };

    QJsonObject groups;
    QTextStream out(stdout);
    bool allOk = true;
    for (const Case &c : cases) {
        const Figures f = measure(c, runs);
        allOk = allOk && f.ok;
        QJsonArray group = groups.value(c.group).toArray();
        group.append(QJsonObject{{"name", c.name}, {"input_bytes", qint64(c.inputBytes)}, {"runs", f.runs},
                                 {"median_ms", f.median}, {"p90_ms", f.p90}, {"min_ms", f.min}, {"ok", f.ok}});
        groups.insert(c.group, group);
        if (!json)
            out << QStringLiteral("%1/%2  input %3 KB  median %4 ms  p90 %5 ms  min %6 ms  (%7 runs)%8\n")
                       .arg(c.group, c.name).arg(c.inputBytes / 1024).arg(f.median, 0, 'f', 1).arg(f.p90, 0, 'f', 1)
                       .arg(f.min, 0, 'f', 1).arg(f.runs).arg(f.ok ? QString() : QStringLiteral("  FAILED"));
    }
    {
        // Meetings (headless): the database goes where the inputs go, so --inputs DIR puts it on the disk to be measured.
        const QJsonArray meeting = bench::runMeetingBenchmarks(dir.filePath(QStringLiteral("meeting-bench")));
        groups.insert(QStringLiteral("meeting"), meeting);
        if (!json)
            for (const auto &r : meeting)
                out << "meeting/" << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
    }
    {
        QJsonArray voice = bench::runAudioBenchmarks();
        for (const auto &r : bench::runRecordingBenchmarks(dir.filePath(QStringLiteral("recording-bench"))))
            voice.append(r);
        groups.insert(QStringLiteral("audio"), voice);
        if (!json)
            for (const auto &r : voice)
                out << "audio/" << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
    }
    if (prompter) {
        const QJsonArray results = bench::runPrompterBenchmarks(scrollSeconds, sizes);
        groups.insert(QStringLiteral("prompter"), results);
        const QJsonArray paged = bench::runPagedBenchmarks();
        groups.insert(QStringLiteral("paged"), paged);
        const QJsonArray agendaResults = bench::runAgendaBenchmarks();
        groups.insert(QStringLiteral("agenda"), agendaResults);
        if (!json) {
            for (const auto &r : results)
                out << "prompter/" << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
            for (const auto &r : paged)
                out << "paged/" << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
            for (const auto &r : agendaResults)
                out << "agenda/" << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
        }
    }
    if (lan) {
        const QJsonArray lanResults = bench::runLanBenchmarks(scrollSeconds);
        groups.insert(QStringLiteral("lan"), lanResults);
        if (!json)
            for (const auto &r : lanResults)
                out << "lan/" << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
    }
    if (json)
        out << QJsonDocument(QJsonObject{{"groups", groups}}).toJson(QJsonDocument::Indented);
    return allOk ? 0 : 1;
}

} // namespace lectern::cli
