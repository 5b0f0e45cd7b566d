#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

struct Person
{
    qint64 id = 0;
    QString name;
    QString unit;
    QString title;
    QString phone;
    bool walkIn = false;
    QList<QStringList> readings; // pinyinReadings(name), computed at import
};

// Finds people as they are typed at the door: initials (zs → 张三), full
// pinyin (zhangsan), mixed (zhangs, zsan), or part of the Chinese name. Best
// match first: a whole reading, then all initials, then a start, then a
// match inside the name; shorter names first among equals. Everything is
// precomputed, so a keystroke searches thousands of people at once.
class PersonSearch
{
public:
    void setPeople(QList<Person> people);
    const QList<Person> &people() const { return m_people; }

    struct Hit
    {
        int index; // into people()
        int score;
    };
    QList<Hit> search(const QString &query, int limit = 50) const;

private:
    struct Entry
    {
        QList<QStringList> readings;
        QString initials; // of every reading, concatenated with '|' (a quick filter)
    };
    QList<Person> m_people;
    QList<Entry> m_entries;
};

} // namespace lectern
