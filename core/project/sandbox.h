#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace Trellis::Core {

// The learners' sandbox: a writable copy of the bundled sandbox mesh in the user's data folder.
// The bundled original (a Qt resource folder in the application, or a plain folder in tests) is
// never modified; install() makes the copy once, reset() throws the user's changes away and
// copies it afresh. Blocking file I/O: call from a worker or at start-up before the window shows.
class Sandbox
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Sandbox)

public:
    explicit Sandbox(QString bundledPath, QString installPath);

    // The default place of the writable copy: <AppDataLocation>/sandbox.
    static QString defaultInstallPath();

    QString installPath() const { return m_installPath; }
    bool isInstalled() const;

    // Copies the bundled mesh unless a copy is already there; returns the copy's path.
    Result<QString> install() const;
    // Replaces the copy with a fresh one from the bundle.
    Result<QString> reset() const;

private:
    Result<void> copyTree(const QString &from, const QString &to) const;

    QString m_bundledPath;
    QString m_installPath;
};

} // namespace Trellis::Core
