#include "AppOptions.h"

#include <QQmlEngine>

namespace lectern {

AppOptions *AppOptions::instance()
{
    static AppOptions options;
    return &options;
}

AppOptions *AppOptions::create(QQmlEngine *, QJSEngine *)
{
    // One instance for C++ and every QML engine; C++ keeps ownership.
    QQmlEngine::setObjectOwnership(instance(), QQmlEngine::CppOwnership);
    return instance();
}

} // namespace lectern
