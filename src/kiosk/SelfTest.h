#pragma once

#include <QtGlobal>
#include <functional>

class QQmlApplicationEngine;

namespace lectern { class Application; }

namespace lectern {

// `lectern --self-test`: once the first frame is on screen, checks that the
// speech loaded, has blocks, and that the window shows something (not one flat
// colour), prints one line and quits with 0 on success, 1 otherwise.
struct SelfTest
{
    // `sinceStartMs` reports how long the process took to its first frame.
    static void start(QQmlApplicationEngine &engine, Application &app, std::function<qint64()> sinceStartMs);
};

} // namespace lectern
