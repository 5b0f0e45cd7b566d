#include "ExportCommand.h"

#include "CommandArgs.h"
#include "PeopleLookup.h"
#include "meeting/MeetingStore.h"
#include "records/AttendanceSheet.h"
#include "records/MeetingRecordPdf.h"
#include "records/MinutesDocx.h"
#include "records/SignInSheetPdf.h"
#include "records/TabularExport.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QTextStream>

namespace lectern::cli::ExportCommand {

int run(const QStringList &all)
{
    const CommandArgs args(QStringLiteral("lectern export"), all, {QStringLiteral("what"), QStringLiteral("format"), QStringLiteral("out")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    if (args.positionals().size() != 1)
        return args.usageError(QCoreApplication::translate("lectern::ExportCommand", "give the meeting's id"));
    const QString what = args.option(QStringLiteral("what")).value_or(QString());
    const QString format = args.option(QStringLiteral("format")).value_or(what == u"attendance" ? QStringLiteral("xlsx")
                                                                        : what == u"minutes" ? QStringLiteral("docx")
                                                                                             : QStringLiteral("pdf"));
    const QString out = args.option(QStringLiteral("out")).value_or(QString());
    const bool known = (what == u"signin" && format == u"pdf") || (what == u"record" && format == u"pdf")
        || (what == u"minutes" && format == u"docx")
        || (what == u"attendance" && (format == u"xlsx" || format == u"csv"));
    if (!known)
        return args.usageError(QCoreApplication::translate("lectern::ExportCommand",
                                   "--what signin or record with --format pdf, --what minutes with --format docx, or --what attendance with --format xlsx or csv"));
    if (out.isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::ExportCommand", "--out FILE is required"));
    auto store = openStore(args);
    if (!store)
        return 1;
    try {
        const auto m = findMeeting(store->db(), args.positionals().first(), QStringLiteral("lectern export"));
        if (!m)
            return 1;
        const records::AttendanceSheet sheet = records::buildSheet(store->db(), *m);
        QString error;
        if (what == u"signin") {
            error = records::writeSignInSheetPdf(sheet, out);
        } else if (what == u"record") {
            error = records::writeMeetingRecordPdf(sheet, records::recordContentOf(store->db(), m->id, args.dataDir()), out);
        } else if (what == u"minutes") {
            error = records::writeMinutesDocx(records::minutesOf(store->db(), *m), out);
        } else if (format == u"xlsx") {
            error = records::writeAttendanceXlsx(sheet, out);
        } else {
            error = records::writeAttendanceCsv(sheet, out);
        }
        if (!error.isEmpty()) {
            QTextStream(stderr) << out << ": " << error << '\n';
            return 1;
        }
        QTextStream(stdout) << QCoreApplication::translate("lectern::ExportCommand", "written: %1").arg(out) << '\n';
        return 0;
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

} // namespace lectern::cli::ExportCommand
