#pragma once

#include <QByteArray>

namespace lectern {

// Office files (.docx, .xlsx) never carry a DTD in their XML parts. One that
// does can declare an entity and reference it thousands of times (a 313 KB
// .docx expanded into a 400-million-character paragraph). True when the
// part's prolog declares a DTD: refuse such a part before reading any of it
// (a DTD can only stand before the root element, so only the head is read).
bool declaresDtd(const QByteArray &xmlBytes);

} // namespace lectern
