#pragma once

#include <QString>

class QCoreApplication;

namespace lectern {

// Installs the UI translation: Simplified Chinese unless `language` (or the
// LECTERN_LANG environment variable) asks for English ("en").
// Returns the language in use ("zh_CN" or "en").
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace lectern
