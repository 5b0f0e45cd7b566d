#include "PinyinKeys.h"

#include "formats/HanCharacter.h"

#include <QHash>
#include <memory>
#include <mutex>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace lectern {
namespace {

// Surnames whose reading is not the character's common one, and compound
// surnames (read as one). The left side is what starts the name.
struct Surname
{
    const char16_t *chars;
    const char *reading; // syllables separated by spaces
};
const Surname kSurnames[] = {
    // compound surnames
    {u"万俟", "mo qi"},     {u"尉迟", "yu chi"},    {u"长孙", "zhang sun"}, {u"单于", "chan yu"},
    {u"澹台", "tan tai"},   {u"欧阳", "ou yang"},   {u"司马", "si ma"},     {u"诸葛", "zhu ge"},
    {u"上官", "shang guan"}, {u"东方", "dong fang"}, {u"皇甫", "huang fu"}, {u"夏侯", "xia hou"},
    {u"令狐", "ling hu"},   {u"慕容", "mu rong"},   {u"公孙", "gong sun"},  {u"宇文", "yu wen"},
    {u"司徒", "si tu"},     {u"西门", "xi men"},    {u"轩辕", "xuan yuan"}, {u"呼延", "hu yan"},
    {u"端木", "duan mu"},   {u"南宫", "nan gong"},  {u"独孤", "du gu"},     {u"闻人", "wen ren"},
    // single surnames read otherwise than the character's common reading
    {u"单", "shan"}, {u"曾", "zeng"}, {u"解", "xie"}, {u"区", "ou"},   {u"查", "zha"},  {u"仇", "qiu"},
    {u"朴", "piao"}, {u"盖", "ge"},   {u"乐", "yue"}, {u"覃", "qin"},  {u"召", "shao"}, {u"缪", "miao"},
    {u"翟", "zhai"}, {u"秘", "bi"},   {u"繁", "po"},  {u"员", "yun"},  {u"句", "gou"},  {u"能", "nai"},
    {u"种", "chong"}, {u"尉", "wei"}, {u"冼", "xian"}, {u"洗", "xian"}, {u"谌", "chen"}, {u"隗", "wei"},
    {u"柏", "bai"},  {u"褚", "chu"},  {u"宓", "mi"},  {u"逄", "pang"}, {u"阚", "kan"},  {u"蕃", "pi"},
    {u"折", "she"},  {u"厍", "she"},  {u"眭", "sui"}, {u"訾", "zi"},
};

// ICU's transliterator is costly to build and not thread-safe to share:
// one per thread, built on first use.
icu::Transliterator *transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return t.get();
}

QString readingOf(char32_t c)
{
    static thread_local QHash<char32_t, QString> cache;
    if (auto it = cache.constFind(c); it != cache.cend())
        return *it;
    QString out;
    if (icu::Transliterator *t = transliterator()) {
        icu::UnicodeString s{UChar32(c)};
        t->transliterate(s);
        std::string utf8;
        s.toUTF8String(utf8);
        for (char ch : utf8)
            if (ch >= 'a' && ch <= 'z')
                out += QLatin1Char(ch);
    }
    cache.insert(c, out);
    return out;
}

// The common reading: one syllable per Han character, runs of Latin letters
// or digits as one syllable each; spaces and dots (·) separate.
QStringList commonReading(const QString &name)
{
    QStringList syllables;
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            syllables.append(run);
        run.clear();
    };
    const QList<uint> codes = name.toUcs4();
    for (uint code : codes) {
        const char32_t c = code;
        if (isHan(c)) {
            flush();
            const QString r = readingOf(c);
            if (!r.isEmpty())
                syllables.append(r);
        } else if (c < 0x80 && QChar::isLetterOrNumber(c)) {
            run += QChar(char16_t(c)).toLower();
        } else {
            flush();
        }
    }
    flush();
    return syllables;
}

} // namespace

QList<QStringList> pinyinReadings(const QString &name)
{
    const QString n = name.trimmed();
    QList<QStringList> readings;
    const QStringList common = commonReading(n);
    if (!common.isEmpty())
        readings.append(common);
    for (const Surname &s : kSurnames) {
        const QString chars = QString::fromUtf16(s.chars);
        if (!n.startsWith(chars))
            continue;
        QStringList special = QString::fromLatin1(s.reading).split(u' ');
        special += commonReading(n.mid(chars.size()));
        if (!readings.contains(special))
            readings.append(special);
        break; // the longest (compound) surnames come first in the table
    }
    return readings;
}

QString encodeReadings(const QList<QStringList> &readings)
{
    QStringList parts;
    for (const QStringList &r : readings)
        parts.append(r.join(u' '));
    return parts.join(u'|');
}

QList<QStringList> decodeReadings(const QString &keys)
{
    QList<QStringList> out;
    for (const QString &part : keys.split(u'|', Qt::SkipEmptyParts))
        out.append(part.split(u' ', Qt::SkipEmptyParts));
    return out;
}

} // namespace lectern
