#pragma once

#include "Minutes.h"

namespace lectern::records {

// The minutes as an editable .docx that Word and WPS open, laid out after
// the office standard for documents (GB/T 9704): A4 with margins of 37 mm
// (top), 35 mm (bottom), 28 mm (left) and 26 mm (right); the title in
// 方正小标宋简体 2号 (22 pt), centred; headings in 黑体 and the body in
// 仿宋_GB2312 3号 (16 pt) at a fixed 28.95 pt line, first lines indented two
// characters; the page number "— n —" at the foot. Debian has none of these
// faces: the document names them, each with an alternative the font table
// gives (仿宋, 宋体, 黑体), and the office's machine renders them. Plain
// WordprocessingML written with QXmlStreamWriter into a zip (ZipWriter):
// Debian has no library that writes .docx from C++. Written beside the
// target and renamed, never left half-written. Returns "" or the problem.
QString writeMinutesDocx(const Minutes &minutes, const QString &path);

} // namespace lectern::records
