#include "MeetingRecordPdf.h"

#include "DecisionLines.h"
#include "PdfPages.h"
#include "meeting/AgendaAttendance.h"
#include "meeting/AgendaLog.h"
#include "meeting/AgendaTiming.h"
#include "meeting/Labels.h"
#include "meeting/Recordings.h"
#include "meeting/Roster.h"
#include "meeting/SpeakerPace.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace lectern::records {
namespace {

QString esc(const QString &s)
{
    QString e = s.toHtmlEscaped();
    e.replace(u'\n', QLatin1String("<br>"));
    return e;
}

QString clock(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("　时　分");
    const QTime l = t.toLocalTime().time();
    return QCoreApplication::translate("lectern::MeetingRecordPdf", "%1:%2").arg(l.hour()).arg(l.minute(), 2, 10, QLatin1Char('0'));
}

QString minutesText(qint64 ms)
{
    return recordings::durationText(ms);
}

// One line per agenda item, as the record lists them.
QStringList agendaLines(const store::Database &db, qint64 meetingId)
{
    const auto meeting = meetings::byId(db, meetingId);
    const QList<AgendaItem> items = agenda::items(db, meetingId);
    if (!meeting || items.isEmpty())
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    const agenda::AgendaTiming timing = agenda::timing(*meeting, items, now, agenda::learnedPaces(db, items));
    const QHash<qint64, agenda::ItemAttendance> attended = agenda::attendance(db, items, now);
    QHash<qint64, int> edits;
    for (const agenda::AgendaEvent &e : agenda::events(db, meetingId))
        if (e.kind == agenda::EventKind::Edit || e.kind == agenda::EventKind::Insert || e.kind == agenda::EventKind::Delete)
            ++edits[e.itemId];
    const QString separator = QCoreApplication::translate("lectern::MeetingRecordPdf", ", ");
    const QHash<qint64, decisions::ItemDecisions> decided = decisions::forMeeting(db, meetingId);
    QStringList lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AgendaItem &it = items[i];
        const agenda::ItemTiming &row = timing.items[i];
        QString line = QCoreApplication::translate("lectern::MeetingRecordPdf", "%1. %2 %3").arg(it.position).arg(itemKindLabel(it.kind), it.title).trimmed();
        if (!it.speakerName.isEmpty())
            line += QCoreApplication::translate("lectern::MeetingRecordPdf", " — %1").arg(
                (it.speakerRole.isEmpty() ? QString() : it.speakerRole + u' ') + it.speakerName);
        line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; planned %1").arg(minutesText(qint64(row.plannedS) * 1000));
        if (it.actualStart.isValid()) {
            line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; actual %1 to %2 (%3)")
                        .arg(clock(it.actualStart), it.actualEnd.isValid() ? clock(it.actualEnd) : QString(), minutesText(row.elapsedMs));
            if (row.overUnderMs > 0)
                line += QCoreApplication::translate("lectern::MeetingRecordPdf", ", %1 over").arg(minutesText(row.overUnderMs));
            const agenda::ItemAttendance who = attended.value(it.id);
            QStringList present, observers;
            for (const Person &p : who.present)
                present.append(p.name);
            for (const Person &p : who.observers)
                observers.append(p.name);
            line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; attended by %1").arg(present.join(separator));
            if (!observers.isEmpty())
                line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; sitting in: %1").arg(observers.join(separator));
        } else {
            line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; %1").arg(itemStateLabel(it.state));
        }
        if (edits.value(it.id) > 0)
            line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; %n live edit(s)", nullptr, edits.value(it.id));
        if (!it.draftSha256.isEmpty())
            line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; draft SHA-256 %1").arg(it.draftSha256);
        // How it was decided, a line each under the item, marked (the HTML layout drops leading spaces).
        for (const QString &d : decisionLines(db, decided.value(it.id)).all())
            line += u'\n' + QCoreApplication::translate("lectern::MeetingRecordPdf", "· %1").arg(d);
        lines.append(line);
    }
    return lines;
}

} // namespace

RecordContent recordContentOf(const store::Database &db, qint64 meetingId, const QString &dataDir)
{
    const meetings::RecordText text = meetings::recordText(db, meetingId);
    RecordContent out{text.notes, text.decisions, {}, {}, {}, {}};
    for (const recordings::Recording &r : recordings::forMeeting(db, meetingId)) {
        const QString path = recordings::absolutePath(dataDir, r);
        const QString when = r.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        QString line = QCoreApplication::translate("lectern::MeetingRecordPdf", "from %1, %2 long (%3)")
                           .arg(when, recordings::durationText(r.durationMs), recordings::stateLabel(r.state));
        if (!r.sha256.isEmpty())
            line += QCoreApplication::translate("lectern::MeetingRecordPdf", "; SHA-256 %1").arg(r.sha256);
        const bool whole = r.state == recordings::State::Complete || r.state == recordings::State::Recovered;
        out.takes.append({path, line, r.sha256, whole && !r.sha256.isEmpty()});
    }
    out.agenda = agendaLines(db, meetingId);
    if (const auto m = meetings::byId(db, meetingId))
        out.minutes = minutesOf(db, *m);
    for (const decisions::DecisionEvent &e : decisions::events(db, meetingId)) {
        if (e.kind != decisions::Kind::Opinion || e.fileName.isEmpty())
            continue;
        const auto p = roster::byId(db, e.personId);
        out.attachments.append({(p ? p->name + u' ' : QString()) + e.fileName, decisions::opinionFile(db, e.id), e.fileSha256});
    }
    return out;
}

QString writeMeetingRecordPdf(const AttendanceSheet &sheet, const RecordContent &content, const QString &path)
{
    const Meeting &m = sheet.meeting;
    const AttendanceCounts &c = sheet.counts;
    const PeopleLists people = peopleLists(sheet);
    const QDateTime start = m.actualStart.isValid() ? m.actualStart : m.plannedStart;
    const QDateTime end = m.actualEnd.isValid() ? m.actualEnd : m.plannedEnd;
    const QString separator = QCoreApplication::translate("lectern::MeetingRecordPdf", ", ");

    struct Field { QString label; QString value; };
    const QList<Field> fields = {
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Meeting"), m.title},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Time"),
         QCoreApplication::translate("lectern::MeetingRecordPdf", "%1, %2 to %3")
             .arg(formDate(start), clock(start), clock(end))},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Place"), m.place},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Chair"), people.chair},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Recorder"), people.recorder},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Attendance"),
         QCoreApplication::translate("lectern::MeetingRecordPdf", "expected %1, present %2, on leave %3, absent %4")
             .arg(c.expected).arg(c.present).arg(c.onLeave).arg(c.absent)
             + (c.notYet > 0 ? QCoreApplication::translate("lectern::MeetingRecordPdf", "; not started: %1 not yet arrived").arg(c.notYet) : QString())},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Present"), people.attending.join(separator)},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Observers"), people.observing.join(separator)},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Absent, and why"), people.notPresent.join(separator)},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Content"), content.notes},
        {QCoreApplication::translate("lectern::MeetingRecordPdf", "Decisions"), content.decisions},
    };
    QList<Field> all = fields;
    // The agenda as it ran, when the meeting has one: before the content, as the meeting went.
    if (!content.agenda.isEmpty())
        all.insert(all.size() - 2, {QCoreApplication::translate("lectern::MeetingRecordPdf", "Agenda"), content.agenda.join(u'\n')});
    // The recordings, when there are any: each take with the hash its file must still have.
    if (!content.takes.isEmpty()) {
        QStringList lines;
        for (const RecordedTake &t : content.takes)
            lines.append(t.line);
        all.append({QCoreApplication::translate("lectern::MeetingRecordPdf", "Audio recording"), lines.join(u'\n')});
    }

    QTextDocument doc;
    QFont font(bodyFamily());
    font.setPointSizeF(12);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QString html = QStringLiteral("<h2 align=\"center\" style=\"font-family:'%1'; font-size:20pt\">%2</h2>")
                       .arg(titleFamily(), esc(QCoreApplication::translate("lectern::MeetingRecordPdf", "Meeting record")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" style=\"border-collapse:collapse\">");
    for (const Field &f : std::as_const(all))
        html += QStringLiteral("<tr><td width=\"20%\" style=\"font-family:'%1'\">%2</td><td width=\"80%\">%3</td></tr>")
                    .arg(titleFamily(), esc(f.label), esc(f.value));
    html += QStringLiteral("</table><p><br></p><p>%1</p>")
                .arg(esc(QCoreApplication::translate("lectern::MeetingRecordPdf", "Chair (signature): ____________　　　Recorder (signature): ____________")));
    doc.setHtml(html);
    return printToPdf(doc, path, m.title);
}

} // namespace lectern::records
