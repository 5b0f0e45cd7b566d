#include "AudioCommand.h"

#include "audio/VoiceAnalysis.h"
#include "meeting/CommandArgs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::AudioCommand {

int run(const QStringList &all)
{
    const CommandArgs args(QStringLiteral("lectern audio"), all, {});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    if (args.positionals().size() != 2 || args.positionals().first() != u"analyze")
        return args.usageError(QCoreApplication::translate("lectern::AudioCommand", "say analyze FILE"));
    const QString path = args.positionals().at(1);
    const audio::ReadSound read = audio::readSoundFile(path);
    if (!read.ok()) {
        QTextStream(stderr) << read.error << '\n';
        return 1;
    }
    const audio::VoiceReport r = audio::analyzeVoice(read.sound);
    QTextStream out(stdout);
    if (args.json()) {
        QJsonArray segments;
        for (const audio::Segment &s : r.segments)
            segments.append(QJsonObject{{"start", qRound(s.start * 1000) / 1000.0}, {"end", qRound(s.end * 1000) / 1000.0}});
        out << QJsonDocument(QJsonObject{{"file", path},
                                         {"seconds", qRound(r.seconds * 1000) / 1000.0},
                                         {"segments", segments},
                                         {"voiced_seconds", qRound(r.voicedSeconds * 1000) / 1000.0},
                                         {"syllables", r.syllables},
                                         {"rate_cpm", qRound(r.rateCpm * 10) / 10.0},
                                         {"unfinished", read.unfinished}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << QCoreApplication::translate("lectern::AudioCommand", "%1: %2 s, voice %3 s in %4 stretches, %5 syllables, %6 字/分钟")
               .arg(path)
               .arg(r.seconds, 0, 'f', 1)
               .arg(r.voicedSeconds, 0, 'f', 1)
               .arg(r.segments.size())
               .arg(r.syllables)
               .arg(qRound(r.rateCpm))
        << '\n';
    if (read.unfinished)
        out << QCoreApplication::translate("lectern::AudioCommand",
                                           "  unfinished: its writer never closed it (a crash or a kill); this is the sound that decodes, and the next start of the kiosk repairs it")
            << '\n';
    for (const audio::Segment &s : r.segments)
        out << QStringLiteral("  %1 – %2\n").arg(s.start, 7, 'f', 2).arg(s.end, 7, 'f', 2);
    return 0;
}

} // namespace lectern::cli::AudioCommand
