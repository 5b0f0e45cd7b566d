#include "Cli.h"

#include "InspectCommand.h"
#include "PaginateCommand.h"
#include "bench/BenchCommand.h"

#include <QCoreApplication>
#include <cstdio>

namespace lectern::cli {
namespace {

const QStringList kCommands = {QStringLiteral("inspect"), QStringLiteral("paginate"), QStringLiteral("bench"), QStringLiteral("help")};

QString usage()
{
    return QCoreApplication::translate("lectern::Cli",
        "Usage:\n"
        "  lectern [--speech FILE] [--mode reader|prompter|paged] [--mirror] [--windowed] [--lang zh_CN|en]\n"
        "          [--data-dir DIR] [--self-test]                                 start the kiosk\n"
        "  lectern inspect FILE [--json] [--rate N] [--keep LINE,...] [--fill X=VALUE]  show a speech's structure\n"
        "  lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--min-px N] [--json]  the projected pages\n"
        "  lectern bench [--json] [--runs N] [--inputs DIR] [--prompter [--scroll-seconds S]]  run the benchmarks\n");
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

bool needsDisplay(const QStringList &arguments)
{
    if (!isCommand(arguments))
        return false;
    // Measuring text needs fonts, so a GUI application (offscreen when there is no display).
    return arguments.at(1) == u"paginate" || arguments.at(1) == u"bench";
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"inspect")
        return InspectCommand::run(rest);
    if (command == u"paginate")
        return PaginateCommand::run(rest);
    if (command == u"bench")
        return BenchCommand::run(rest);
    std::fputs(qPrintable(usage()), stdout);
    return command == u"help" ? 0 : 2;
}

} // namespace lectern::cli
