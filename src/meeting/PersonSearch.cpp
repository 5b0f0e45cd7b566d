#include "PersonSearch.h"

#include "formats/HanCharacter.h"

#include <algorithm>

namespace lectern {
namespace {

// Scores, best first.
enum Score {
    kWholeReading = 100, // zhangsan
    kHanStart = 95,      // 张 / 张三
    kAllInitials = 90,   // zs
    kFromStart = 80,     // zhangs, zsan, zh
    kHanInside = 60,     // 三
    kInside = 50,        // san (from a later syllable)
};

// Can q[qi..] be typed as non-empty prefixes of syllables s[si..], in order?
// all: every syllable must be used.
bool typedAs(QStringView q, const QStringList &s, qsizetype si, bool all)
{
    if (q.isEmpty())
        return !all || si == s.size();
    if (si >= s.size())
        return false;
    const QString &syllable = s[si];
    const qsizetype most = std::min(syllable.size(), q.size());
    for (qsizetype k = most; k >= 1; --k) // longest first: zhangsan is zhang + san before z + h…
        if (QStringView(syllable).left(k) == q.left(k) && typedAs(q.mid(k), s, si + 1, all))
            return true;
    return false;
}

int scoreReading(const QString &q, const QStringList &s)
{
    if (s.isEmpty())
        return 0;
    if (q == s.join(QString()))
        return kWholeReading;
    if (q.size() == s.size()) {
        bool initials = true;
        for (qsizetype i = 0; i < s.size() && initials; ++i)
            initials = s[i].startsWith(q[i]);
        if (initials)
            return kAllInitials;
    }
    if (typedAs(q, s, 0, false))
        return kFromStart;
    for (qsizetype start = 1; start < s.size(); ++start)
        if (typedAs(q, s, start, false))
            return kInside;
    return 0;
}

QString latinQuery(const QString &query)
{
    QString q;
    for (QChar c : query)
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            q += c.toLower();
    return q;
}

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isHan(c.unicode()); });
}

} // namespace

void PersonSearch::setPeople(QList<Person> people)
{
    m_people = std::move(people);
    m_entries.clear();
    m_entries.reserve(m_people.size());
    for (const Person &p : std::as_const(m_people)) {
        Entry e;
        e.readings = p.readings;
        for (const QStringList &r : p.readings) {
            for (const QString &syllable : r)
                if (!syllable.isEmpty())
                    e.initials += syllable.front();
            e.initials += u'|';
        }
        m_entries.append(std::move(e));
    }
}

QList<PersonSearch::Hit> PersonSearch::search(const QString &query, int limit) const
{
    QList<Hit> hits;
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return hits;
    if (hasHan(trimmed)) {
        for (int i = 0; i < m_people.size(); ++i) {
            const QString &name = m_people[i].name;
            if (name.startsWith(trimmed))
                hits.append({i, kHanStart});
            else if (name.contains(trimmed))
                hits.append({i, kHanInside});
        }
    } else {
        const QString q = latinQuery(trimmed);
        if (q.isEmpty())
            return hits;
        const QChar first = q.front();
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry &e = m_entries[i];
            if (!e.initials.contains(first)) // the query starts some syllable, or it matches nothing
                continue;
            int best = 0;
            for (const QStringList &r : e.readings)
                best = std::max(best, scoreReading(q, r));
            if (best > 0)
                hits.append({i, best});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [this](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const Person &pa = m_people[a.index], &pb = m_people[b.index];
        if (pa.name.size() != pb.name.size())
            return pa.name.size() < pb.name.size();
        if (pa.name != pb.name)
            return pa.name < pb.name;
        return pa.unit < pb.unit;
    });
    if (limit > 0 && hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace lectern
