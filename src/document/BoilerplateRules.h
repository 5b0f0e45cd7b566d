#pragma once

#include "Document.h"

#include <optional>

namespace lectern {

// Decides whether one trimmed line is distribution junk rather than speech:
// a page artefact (第1页 共3页, "- 2 -", a bare page number) or a watermark /
// advertising line (仅供学习, 会员群, QQ群, 公众号 …). Rules are conservative:
// a long sentence that merely mentions 订阅 or 举报 is speech, not junk.
std::optional<RemovalReason> classifyJunkLine(const QString &line);

bool isPageArtefact(const QString &line);
bool isBoilerplate(const QString &line);

} // namespace lectern
