#pragma once

#include "DecisionLines.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern::store {
class Database;
}
namespace lectern {
struct Meeting;
}

namespace lectern::records {

// The minutes (会议纪要) as the record gives them, before any layout: the
// meeting's title, time, place, chair and recorder, who attended, who sat
// in, who was on leave and why, who was absent; then each item (breaks
// aside) with what was decided, its votes and result, recusals and written
// opinions. The secretary edits the draft made from it (MinutesDocx).
struct Minutes
{
    QString title;     // "党组会议纪要"
    QString time;      // "2026年12月7日 9:00至10:30"
    QString place;
    QString chair;
    QString recorder;
    QStringList attending, observing, onLeave, absent;
    struct Item
    {
        QString heading;   // the item's title (its kind when untitled), with its speaker
        DecisionLines lines;
    };
    QList<Item> items;
};
Minutes minutesOf(const store::Database &db, const Meeting &meeting);

// 一, 二 … 九十九: the ordinal of a heading ("一、").
QString chineseNumber(int n);

} // namespace lectern::records
