// The window's settings (QSettings) kept in a test's own folder, as an INI file, under an
// application name of the suite's: never the user's, and never another suite's running in
// parallel.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

namespace gdlab::test {

inline void keep_settings_in(const QTemporaryDir& folder, const QString& organization,
                             const QString& application) {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
}

}  // namespace gdlab::test
