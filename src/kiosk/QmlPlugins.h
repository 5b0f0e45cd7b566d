#pragma once

// The static QML plugins of Lectern's layers, imported once by every program
// that loads Lectern's QML (the executable, the QML test runner, the hot-plug
// test). Include it in exactly one .cpp of each such program.
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Lectern_SpeechPlugin)
Q_IMPORT_QML_PLUGIN(Lectern_PrompterPlugin)
Q_IMPORT_QML_PLUGIN(Lectern_LayoutPlugin)
Q_IMPORT_QML_PLUGIN(Lectern_RenderPlugin)
Q_IMPORT_QML_PLUGIN(Lectern_ListenPlugin)
Q_IMPORT_QML_PLUGIN(Lectern_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lectern_SigninPlugin)
Q_IMPORT_QML_PLUGIN(Lectern_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Lectern_KioskPlugin)
Q_IMPORT_QML_PLUGIN(LecternPlugin)
