// Runs the real gdlab binary as a user runs it from a shell with no display (as on a server or
// in CI), for the suites that define GDLAB_BINARY: what it printed and how it exited.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace gdlab::test {

struct Outcome {
    int status = -1;  // the exit status; -1 when it crashed or did not finish in time
    QString out;
    QString err;
};

inline QProcessEnvironment without_display() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

// What a started process printed and how it ended, waiting at most `timeout_ms`.
inline Outcome outcome_of(QProcess& p, int timeout_ms) {
    if (!p.waitForFinished(timeout_ms)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// gdlab with `arguments`, with no display and the variables in `environment` set on top
// (XDG_CONFIG_HOME for settings of its own).
inline Outcome run_gdlab(const QStringList& arguments,
                         const std::vector<std::pair<QString, QString>>& environment = {},
                         int timeout_ms = 120000) {
    QProcessEnvironment env = without_display();
    for (const auto& [name, value] : environment)
        env.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GDLAB_BINARY), arguments);
    return outcome_of(p, timeout_ms);
}

}  // namespace gdlab::test
