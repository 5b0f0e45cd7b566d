#include "FuzzCheck.h"

// Markdown has its own reader: front matter, pictures, raw HTML lines and the
// search for each paragraph's line in the file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkImport(data, size, "fuzz.md");
    return 0;
}
