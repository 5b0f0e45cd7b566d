#pragma once

#include <QString>

class QCoreApplication;

namespace lectern {

// Installs the UI translation: Simplified Chinese unless `language` (or the
// LECTERN_LANG environment variable) asks for English ("en"). Called again
// with another language, it replaces the one installed (the settings screen
// switches at run time; QML then retranslates). Returns the language in use
// ("zh_CN" or "en").
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace lectern
