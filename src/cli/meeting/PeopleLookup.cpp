#include "PeopleLookup.h"

#include "meeting/Roster.h"

#include <QCoreApplication>
#include <QTextStream>

namespace lectern::cli {

std::optional<Person> findPerson(const store::Database &db, const QString &spec, const QString &command)
{
    QTextStream err(stderr);
    bool isId = false;
    const qint64 id = spec.toLongLong(&isId);
    if (isId) {
        if (auto p = roster::byId(db, id))
            return p;
        err << command << ": " << QCoreApplication::translate("lectern::PeopleLookup", "no person with id %1").arg(id) << '\n';
        return std::nullopt;
    }
    QList<Person> same;
    for (const Person &p : roster::all(db))
        if (p.name == spec.trimmed())
            same.append(p);
    if (same.size() == 1)
        return same.first();
    if (same.isEmpty()) {
        err << command << ": " << QCoreApplication::translate("lectern::PeopleLookup", "nobody named %1 on the roster").arg(spec) << '\n';
        return std::nullopt;
    }
    QStringList candidates;
    for (const Person &p : same)
        candidates.append(QStringLiteral("%1 %2（%3）").arg(p.id).arg(p.name, p.unit));
    err << command << ": "
        << QCoreApplication::translate("lectern::PeopleLookup", "%1 names %2 people; give the id: %3")
               .arg(spec).arg(same.size()).arg(candidates.join(QStringLiteral("; ")))
        << '\n';
    return std::nullopt;
}

std::optional<Meeting> findMeeting(const store::Database &db, const QString &spec, const QString &command)
{
    bool isId = false;
    const qint64 id = spec.toLongLong(&isId);
    if (isId)
        if (auto m = meetings::byId(db, id))
            return m;
    QTextStream(stderr) << command << ": " << QCoreApplication::translate("lectern::PeopleLookup", "no meeting %1 (lectern meeting list shows them)").arg(spec) << '\n';
    return std::nullopt;
}

} // namespace lectern::cli
