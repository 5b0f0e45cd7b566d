#include "CentralReportCommand.h"

#include "central/CentralReport.h"
#include "central/CentralVerify.h"
#include "central/PgConnection.h"
#include "meeting/CommandArgs.h"
#include "meeting/Labels.h"
#include "records/XlsxTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::CentralReportCommand {
namespace {

using records::XlsxTable;

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::cli::CentralReportCommand", text);
}

QString meetingKindText(const QString &kind)
{
    return kind.isEmpty() ? tr("(no kind)") : kind;
}

QJsonObject meetingJson(const central::ReportMeeting &m)
{
    QJsonArray people;
    for (const central::ReportPerson &p : m.people) {
        QJsonObject o{{"name", p.name}, {"unit", p.unit}, {"role", p.role}, {"state", p.state}};
        if (p.signedInAt.isValid())
            o.insert("signed_in", timeForPeople(p.signedInAt));
        people.append(o);
    }
    return {{"room", m.room}, {"meeting", m.meeting}, {"title", m.title}, {"kind", m.kind}, {"start", timeForPeople(m.start)},
            {"expected", m.expected}, {"present", m.present}, {"people", people}};
}

XlsxTable meetingsTable(const QList<central::ReportMeeting> &meetings)
{
    XlsxTable t;
    t.sheet = tr("Meetings");
    t.header = QStringList{tr("Room"), tr("Meeting"), tr("Kind"), tr("Start"), tr("Expected"), tr("Present"), tr("Name"), tr("Unit"),
                           tr("State"), tr("Signed in")};
    t.widths = {16, 30, 12, 17, 8, 8, 12, 24, 8, 17};
    for (const central::ReportMeeting &m : meetings)
        for (const central::ReportPerson &p : m.people)
            t.rows.append({m.room, m.title, m.kind, m.start, m.expected, m.present, p.name, p.unit, statusLabelForKey(p.state), p.signedInAt});
    return t;
}

QString meetingsText(const QList<central::ReportMeeting> &meetings)
{
    QStringList lines;
    for (const central::ReportMeeting &m : meetings) {
        lines.append(tr("%1  %2  %3  expected %4, present %5").arg(timeForPeople(m.start), m.room, m.title).arg(m.expected).arg(m.present));
        for (const central::ReportPerson &p : m.people)
            lines.append(QStringLiteral("  %1  %2  %3  %4").arg(p.name, p.unit, statusLabelForKey(p.state), timeForPeople(p.signedInAt)).trimmed());
    }
    return lines.isEmpty() ? tr("no meetings found") : lines.join(u'\n');
}

QString rateText(double rate)
{
    return QString::number(qRound(rate * 1000) / 10.0) + u'%';
}

int output(const CommandArgs &args, const QJsonObject &json, const QString &text, const XlsxTable &table)
{
    if (const auto xlsx = args.option(QStringLiteral("xlsx"))) {
        const QString error = records::writeXlsxTable(table, *xlsx);
        if (!error.isEmpty()) {
            QTextStream(stderr) << args.name() << ": " << *xlsx << ": " << error << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    if (args.json())
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    else
        out << text << '\n';
    return 0;
}

std::optional<QDate> dateOption(const CommandArgs &args, const QString &name, bool *bad)
{
    const auto text = args.option(name);
    if (!text)
        return QDate();
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid()) {
        *bad = true;
        return std::nullopt;
    }
    return d;
}

} // namespace

int verify(const CommandArgs &args, const central::PgConnection &admin)
{
    bool isNumber = true;
    const QString meetingText = args.option(QStringLiteral("meeting")).value_or(QStringLiteral("0"));
    const qint64 meeting = meetingText.toLongLong(&isNumber);
    if (!isNumber || meeting < 0)
        return args.usageError(tr("--meeting takes the meeting's number on its room's kiosk"));
    if (meeting > 0 && !args.option(QStringLiteral("room")))
        return args.usageError(tr("--meeting needs --room: each room numbers its own meetings"));
    const QList<central::ArchiveCheck> checks = central::verifyArchive(admin, args.option(QStringLiteral("room")).value_or(QString()), meeting);
    QJsonArray list;
    QTextStream out(stdout);
    QTextStream err(stderr);
    int bad = 0;
    for (const central::ArchiveCheck &c : checks) {
        QJsonObject o{{"room", c.room}, {"meeting", c.meeting}, {"title", c.title}, {"ok", c.ok}, {"links", c.links}, {"hash", c.finalHash}};
        if (!c.ok) {
            ++bad;
            o.insert("problem", c.problem);
            o.insert("first_bad_link", c.firstBadLink);
            err << args.name() << ": " << tr("%1, meeting %2 (%3) was altered on the server: %4").arg(c.room).arg(c.meeting).arg(c.title, c.problem) << '\n';
        } else if (!args.json()) {
            out << tr("%1, meeting %2 (%3): intact (%4 records; fingerprint %5)").arg(c.room).arg(c.meeting).arg(c.title).arg(c.links).arg(c.finalHash)
                << '\n';
        }
        list.append(o);
    }
    if (args.json())
        out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
    else if (checks.isEmpty())
        out << tr("no sealed meeting on the central store yet") << '\n';
    if (checks.isEmpty() && (meeting > 0))
        return 1; // asked for one that is not there
    return bad > 0 ? 1 : 0;
}

int report(const CommandArgs &args, const central::PgConnection &admin)
{
    const auto person = args.option(QStringLiteral("person"));
    const auto unit = args.option(QStringLiteral("unit"));
    const auto room = args.option(QStringLiteral("room"));
    if (int(person.has_value()) + int(unit.has_value()) + int(room.has_value()) != 1)
        return args.usageError(tr("say one of --person NAME|ID, --unit UNIT or --room ROOM"));
    bool bad = false;
    const central::ReportPeriod period{dateOption(args, QStringLiteral("from"), &bad).value_or(QDate()),
                                       dateOption(args, QStringLiteral("to"), &bad).value_or(QDate())};
    if (bad)
        return args.usageError(tr("--from and --to take dates as 2026-01-31"));
    if (period.from.isValid() && period.to.isValid() && period.to < period.from)
        return args.usageError(tr("--to is before --from"));
    if (unit) {
        const QList<central::UnitRow> rows = central::unitReport(admin, *unit, period);
        QJsonArray people;
        QStringList lines;
        XlsxTable table;
        table.sheet = tr("Attendance");
        table.header = QStringList{tr("Name"), tr("Unit"), tr("Kind"), tr("Expected"), tr("Present"), tr("Late"), tr("On leave"), tr("Absent"), tr("Rate")};
        table.widths = {12, 24, 14, 8, 8, 8, 8, 8, 8};
        for (const central::UnitRow &r : rows) {
            people.append(QJsonObject{{"name", r.name}, {"unit", r.unit}, {"kind", r.kind}, {"expected", r.expected}, {"present", r.present},
                                      {"late", r.late}, {"leave", r.leave}, {"absent", r.absent}, {"rate", r.rate()}});
            lines.append(tr("%1  %2  %3  expected %4, present %5 (late %6), on leave %7, absent %8: %9")
                             .arg(r.name, r.unit, meetingKindText(r.kind))
                             .arg(r.expected).arg(r.present).arg(r.late).arg(r.leave).arg(r.absent)
                             .arg(rateText(r.rate())));
            table.rows.append({r.name, r.unit, r.kind, r.expected, r.present, r.late, r.leave, r.absent, rateText(r.rate())});
        }
        return output(args, QJsonObject{{"unit", unit->trimmed()}, {"people", people}},
                      lines.isEmpty() ? tr("no meetings found") : lines.join(u'\n'), table);
    }
    const QList<central::ReportMeeting> meetings = person ? central::personReport(admin, *person, period) : central::roomReport(admin, *room, period);
    QJsonArray list;
    for (const central::ReportMeeting &m : meetings)
        list.append(meetingJson(m));
    return output(args, QJsonObject{{"meetings", list}}, meetingsText(meetings), meetingsTable(meetings));
}

} // namespace lectern::cli::CentralReportCommand
