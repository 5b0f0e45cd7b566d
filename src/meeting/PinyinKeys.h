#pragma once

#include <QString>
#include <QStringList>

namespace lectern {

// The ways a name can be typed on a Latin keyboard: each reading is the
// name's syllables in toneless pinyin, one per character ("zhang san").
// The common reading comes from ICU's Han-Latin transliterator; a surname read
// otherwise (单 shàn, 曾 zēng, 尉迟 yùchí …, a table of surnames, not a
// dictionary) adds a reading, and the common one stays, so a search on
// either finds the person. Characters that are no Han keep themselves,
// lower-cased, as one syllable each run of letters.
QList<QStringList> pinyinReadings(const QString &name);

// The readings as stored with a person: syllables joined by ' ', readings by '|'.
QString encodeReadings(const QList<QStringList> &readings);
QList<QStringList> decodeReadings(const QString &keys);

} // namespace lectern
