#pragma once

#include <QChar>

namespace lectern {

// What counts as a Han character, everywhere (timing, the account of an
// import): Unicode's Han script. The BMP by range — CJK radicals, 々 〇 〡–〩
// 〸–〻, Extension A, the unified block, compatibility ideographs — because a
// lookup per character costs as much as the rest of an import's cleaning;
// beyond the BMP by the Unicode tables.
inline bool isHan(char32_t c)
{
    if (c < 0x2E80)
        return false;
    if (c < 0x10000)
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0x2E80 && c <= 0x2FDF) || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029)
            || (c >= 0x3038 && c <= 0x303B);
    return QChar::script(c) == QChar::Script_Han;
}

} // namespace lectern
