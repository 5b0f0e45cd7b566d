#include "FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkImport(data, size, "fuzz.txt");
    return 0;
}
