#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace Trellis::Tests {

// What one run of the real executable gave.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

enum class Platform { None, Offscreen };

// Runs the real `trellis` as CI and scripts do: no display (or, for the window's own options,
// the offscreen platform), untranslated messages (the tests assert the English ones).
inline Run runTrellis(const QStringList &arguments, Platform platform = Platform::None)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (platform == Platform::Offscreen)
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRELLIS_EXECUTABLE), arguments);
    if (!process.waitForFinished(60'000))
        qFatal("trellis %s did not finish", qPrintable(arguments.value(0)));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Trellis::Tests
