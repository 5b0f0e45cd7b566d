#include "Cli.h"

#include "AudioCommand.h"
#include "CentralCommand.h"
#include "SyncCommand.h"
#include "DoctorCommand.h"
#include "InspectCommand.h"
#include "PaginateCommand.h"
#include "bench/BenchCommand.h"
#include "meeting/AgendaCommand.h"
#include "meeting/AttendanceCommand.h"
#include "meeting/ClockCommand.h"
#include "meeting/DecisionCommand.h"
#include "meeting/ExportCommand.h"
#include "meeting/LanCommand.h"
#include "meeting/MeetingCommand.h"
#include "meeting/RosterCommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace lectern::cli {
namespace {

// Every command, once: its name, whether it draws, how it runs, its usage line.
struct Command
{
    const char16_t *name;
    bool draws;
    int (*run)(const QStringList &);
    const char *usage;
};

int helpCommand(const QStringList &);

const Command kCommands[] = {
    {u"inspect", false, InspectCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern inspect FILE [--json] [--rate N] [--keep LINE,...] [--fill X=VALUE]  show a speech's structure")},
    {u"paginate", true, PaginateCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--min-px N] [--json]  the projected pages")},
    {u"bench", true, BenchCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern bench [--json] [--runs N] [--inputs DIR] [--prompter [--scroll-seconds S] [--sizes PX,...]] [--lan]  run the benchmarks")},
    {u"roster", false, RosterCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern roster import FILE | roster search QUERY | roster rename PERSON --name N [--unit U]   [--json] [--data-dir DIR]")},
    {u"meeting", false, MeetingCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern meeting create --title T --start \"YYYY-MM-DD HH:MM\" [--end …] [--place P] [--session S] [--grace-min N] [--expect all|FILE] [--chair N] [--recorder N] [--observers A,B]\n"
                                       "          | meeting list | meeting show MEETING | meeting speech MEETING FILE | meeting record MEETING [--notes T] [--decisions T]\n"
                                       "          | meeting close MEETING | meeting finalize MEETING   [--json] [--data-dir DIR]")},
    {u"agenda", false, AgendaCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern agenda add MEETING --title T --kind K [--matter 干部任免|重大事项] [--speaker NAME|ID [--role R]] [--minutes N] [--draft FILE] [--observers A,B]\n"
                                       "          | agenda list MEETING | agenda move MEETING ITEM --to POSITION | agenda remove MEETING ITEM\n"
                                       "          | agenda draft MEETING ITEM FILE | agenda matter MEETING ITEM M | agenda start MEETING ITEM | agenda next MEETING | agenda text MEETING ITEM\n"
                                       "          | agenda edit MEETING ITEM --block N --text T | --after N --text T | --block N --delete\n"
                                       "          [--json] [--data-dir DIR]   the meeting's agenda (议程), live edits included")},
    {u"lan", false, LanCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern lan url MEETING [--config FILE] [--json]   the sign-in address the room's code shows now (扫码签到)")},
    {u"verify", false, MeetingCommand::verify,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern verify MEETING [--json]                   check a finalized meeting's seal (exit 1: altered)")},
    {u"signin", false, AttendanceCommand::signIn,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern signin MEETING PERSON [--at \"YYYY-MM-DD HH:MM\"] [--retro | --amend REASON]  sign someone in (--retro: 补签; --amend: after finalizing)")},
    {u"undo", false, AttendanceCommand::undo,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern undo MEETING PERSON --reason R            undo a sign-in (kept in the record)")},
    {u"leave", false, AttendanceCommand::leave,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern leave MEETING PERSON --reason R [--approver A]  mark leave (请假)")},
    {u"absent", false, AttendanceCommand::absent,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern absent MEETING PERSON --reason R          mark someone absent, with why")},
    {u"recuse", false, DecisionCommand::recuse,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern recuse MEETING ITEM PERSON --reason R    a member withdraws from an item (回避)")},
    {u"vote", false, DecisionCommand::vote,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern vote MEETING ITEM --method 举手|无记名|记名 --for N --against N --abstain N [--ballots \"NAME=同意,…\"]\n"
                                       "          [--deferred] [--reason R]   record a vote (a revote with its reason) and its result")},
    {u"opinion", false, DecisionCommand::opinion,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern opinion MEETING ITEM PERSON (--text T | --file F)  an absent member's written opinion (书面意见)")},
    {u"decision", false, DecisionCommand::decision,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern decision MEETING ITEM --text T          what was decided on the item (议定事项)")},
    {u"export", true, ExportCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern export MEETING --what signin|record|attendance|minutes --format pdf|xlsx|csv|docx --out FILE  the forms offices file")},
    {u"audio", false, AudioCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern audio analyze FILE [--json]            voice stretches and speaking rate (字/分钟) of a recording")},
    {u"clock", false, ClockCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern clock [--json] | clock accept --reason R   the clock against the records; accept it after a clock that ran ahead")},
    {u"central", false, CentralCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern central init | central room add NAME | central room list   --conninfo URI [--json]  the organisation's central store (PostgreSQL)\n"
                                       "  lectern central directory import FILE | central book --room ROOM --file BOOKING.json   --conninfo URI   the directory and bookings each kiosk takes\n"
                                       "  lectern central verify --conninfo URI [--room ROOM [--meeting N]] [--json]   re-check every sealed record on the server\n"
                                       "  lectern central report --conninfo URI --person NAME|ID | --unit UNIT | --room ROOM [--from DATE] [--to DATE] [--json] [--xlsx FILE]")},
    {u"sync", false, SyncCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern sync [--conninfo URI] [--json] [--data-dir DIR]   send this room's records to the central store (one round)")},
    {u"doctor", true, DoctorCommand::run,
     QT_TRANSLATE_NOOP("lectern::Cli", "  lectern doctor [--json] [--data-dir DIR]        is the room ready: screens, renderer, fonts, sound, disk, database, clock, server")},
    {u"help", false, helpCommand, QT_TRANSLATE_NOOP("lectern::Cli", "  lectern help                                  this text")},
};

const Command *find(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QStringView(c.name))
            return &c;
    return nullptr;
}

QString usage()
{
    QString text = QCoreApplication::translate("lectern::Cli",
        "Usage:\n"
        "  lectern [--speech FILE] [--mode home|reader|prompter|paged|signin|console] [--mirror] [--windowed] [--lang zh_CN|en]\n"
        "          [--data-dir DIR] [--self-test]                                 start the kiosk (--help: every option)\n");
    for (const Command &c : kCommands)
        text += QCoreApplication::translate("lectern::Cli", c.usage) + u'\n';
    return text;
}

int helpCommand(const QStringList &)
{
    std::fputs(qPrintable(usage()), stdout);
    return 0;
}

} // namespace

Invocation classify(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1).startsWith(u'-'))
        return Invocation::Kiosk;
    const Command *c = find(arguments.at(1));
    if (!c)
        return Invocation::Unknown;
    return c->draws ? Invocation::DrawingCommand : Invocation::Command;
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (const Command *c = find(name))
        return c->run(arguments.mid(2));
    QTextStream(stderr) << QCoreApplication::translate("lectern::Cli", "lectern: unknown command \"%1\"").arg(name) << '\n'
                        << usage();
    return 2;
}

} // namespace lectern::cli
