#include "MeetingRules.h"

namespace lectern::meetingRules {

QDateTime parseTime(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime time = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!time.isValid())
        time = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return time;
}

QString timeField(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

std::optional<int> parseGraceMinutes(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return kDefaultGraceMinutes;
    bool ok = false;
    const int minutes = t.toInt(&ok);
    if (!ok || minutes < 0 || minutes > kMaxGraceMinutes)
        return std::nullopt;
    return minutes;
}

QDateTime defaultStart(const QDateTime &now)
{
    const QDateTime inAnHour = now.addSecs(3600);
    return QDateTime(inAnHour.date(), QTime(inAnHour.time().hour(), 0), inAnHour.timeSpec(), inAnHour.offsetFromUtc());
}

Details readDetails(const TypedDetails &typed)
{
    Details d;
    d.title = typed.title.trimmed();
    d.start = parseTime(typed.start);
    const QString end = typed.end.trimmed();
    d.end = parseTime(end);
    const std::optional<int> grace = parseGraceMinutes(typed.grace);
    d.graceMinutes = grace.value_or(kDefaultGraceMinutes);
    if (d.title.isEmpty())
        d.problem = Problem::NoTitle;
    else if (!d.start.isValid())
        d.problem = Problem::BadStart;
    else if (!end.isEmpty() && (!d.end.isValid() || d.end < d.start))
        d.problem = Problem::BadEnd;
    else if (!grace)
        d.problem = Problem::BadGrace;
    return d;
}

} // namespace lectern::meetingRules
