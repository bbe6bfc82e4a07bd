// A window shown and drawn before a test looks at it: what every window suite's fixture does.
#pragma once

#include <QString>
#include <QtTest>

#include "gui/window/main_window.hpp"

namespace gdlab::test {

// Shows `window` and waits until it is exposed and its runs and field are drawn. An empty
// string, or why it could not be: the fixture fails the test with it.
inline QString show_and_draw(MainWindow& window) {
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return QStringLiteral("the window was never exposed");
    if (!window.waitUntilDrawn())
        return QStringLiteral("the runs and the field were not drawn in 30 s");
    return {};
}

}  // namespace gdlab::test
