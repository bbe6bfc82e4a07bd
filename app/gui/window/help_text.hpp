// The Help menu's pages: the expression language (generated from the parser's own tables, so
// it cannot drift from what is accepted) and the keyboard shortcuts (read off the window's
// actions).
#pragma once

#include <QList>
#include <QString>

class QAction;

namespace gdlab {

[[nodiscard]] QString expression_reference_html();
// Every action with a shortcut, as a table, plus the keys that are not actions (Esc in a field).
[[nodiscard]] QString shortcuts_html(const QList<QAction*>& actions);

}  // namespace gdlab
