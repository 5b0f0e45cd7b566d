// The CSV roster reader (RFC 4180 quoting, BOMs, GB18030, blank and short
// rows): a clear error or consistent rows, never a crash.
#include "RosterCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkRoster(lectern::readRosterCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))));
    return 0;
}
