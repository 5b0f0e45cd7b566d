// The .xlsx roster reader (shared strings, inline strings, merged cells,
// numbers kept as written), fed archives whose XML is mutated inside.
#include "RosterCheck.h"
#include "ZipMutator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkRoster(lectern::readRosterXlsx(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))));
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    static const std::vector<std::string> parts = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                                                   "xl/_rels/workbook.xml.rels"};
    static const std::vector<std::string> tags = {
        "<row r=\"2\">", "</row>", "<c r=\"A2\" t=\"s\"><v>0</v></c>", "<c r=\"B2\" t=\"inlineStr\"><is><t>办公室</t></is></c>",
        "<c r=\"XFD1048576\"><v>1</v></c>", "<c r=\"C3\"><v>13800138000</v></c>", "<c r=\"D4\"><v>1.38E10</v></c>",
        "<mergeCell ref=\"A1:D1\"/>", "<mergeCell ref=\"B2:B9\"/>", "<mergeCells count=\"1\">", "</mergeCells>",
        "<si><t>姓名</t></si>", "<si><r><t>张</t></r><r><t>三</t></r></si>", "<si><t>单位</t><rPh><t>ぶ</t></rPh></si>",
        "<c r=\"A5\" t=\"s\"><v>999999</v></c>", "<c t=\"s\"><v>-1</v></c>", "<sheetData>", "</sheetData>", "&amp;", "&#x4E00;"};
    return zipfuzz::mutate(data, size, maxSize, seed, parts, tags);
}
