#include "FuzzCheck.h"
#include "ZipMutator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkImport(data, size, "fuzz.docx");
    return 0;
}

// The XML inside the archive is what gets mutated (ZipMutator.h).
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    static const std::vector<std::string> parts = {"word/document.xml", "word/styles.xml", "word/numbering.xml"};
    static const std::vector<std::string> tags = {
        "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space=\"preserve\">讲话</w:t>", "<w:b/>", "<w:br/>",
        "<w:tab/>", "<w:pPr><w:pStyle w:val=\"1\"/></w:pPr>", "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>", "<w:rPr><w:b/></w:rPr>",
        "<w:del><w:r><w:delText>删</w:delText></w:r></w:del>", "<w:ins>", "</w:ins>", "<w:hyperlink>", "</w:hyperlink>",
        "<w:fldSimple w:instr=\"PAGE\">", "</w:fldSimple>", "<mc:AlternateContent><mc:Fallback>", "</mc:Fallback></mc:AlternateContent>",
        "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "&amp;", "&#x4E00;",
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "<w:vanish/>", "<w:footnoteReference w:id=\"1\"/>"};
    return zipfuzz::mutate(data, size, maxSize, seed, parts, tags);
}
