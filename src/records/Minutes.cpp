#include "Minutes.h"

#include "AttendanceSheet.h"
#include "meeting/Agenda.h"
#include "meeting/Labels.h"

#include <QCoreApplication>

namespace lectern::records {

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + u'十' + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

Minutes minutesOf(const store::Database &db, const Meeting &m)
{
    const AttendanceSheet sheet = buildSheet(db, m);
    const PeopleLists people = peopleLists(sheet);
    Minutes out;
    out.title = QCoreApplication::translate("lectern::Minutes", "Minutes of %1").arg(m.title);
    const QDateTime start = m.actualStart.isValid() ? m.actualStart : m.plannedStart;
    const QDateTime end = m.actualEnd.isValid() ? m.actualEnd : m.plannedEnd;
    out.time = end.isValid() ? QCoreApplication::translate("lectern::Minutes", "%1 %2 to %3").arg(formDate(start), formTime(start), formTime(end))
                             : QCoreApplication::translate("lectern::Minutes", "%1 %2").arg(formDate(start), formTime(start));
    out.place = m.place;
    out.chair = people.chair;
    out.recorder = people.recorder;
    out.attending = people.attending;
    out.attending.removeAll(people.recorder); // listed as the recorder, not as attending
    out.observing = people.observing;
    out.onLeave = people.onLeave;
    out.absent = people.absent;
    const QHash<qint64, decisions::ItemDecisions> decided = decisions::forMeeting(db, m.id);
    for (const AgendaItem &it : agenda::items(db, m.id)) {
        if (it.kind == ItemKind::Break)
            continue;
        Minutes::Item item;
        item.heading = itemName(it);
        if (!it.speakerName.isEmpty())
            item.heading += QCoreApplication::translate("lectern::Minutes", " (%1)").arg(
                (it.speakerRole.isEmpty() ? QString() : it.speakerRole + u' ') + it.speakerName);
        item.lines = decisionLines(db, decided.value(it.id));
        out.items.append(item);
    }
    return out;
}

} // namespace lectern::records
