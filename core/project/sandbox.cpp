#include "sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Trellis::Core {

namespace {

// Written last, so a copy interrupted half-way is not taken for a complete one.
const QString kCompleteMarker = QStringLiteral(".trellis-sandbox");

} // namespace

Sandbox::Sandbox(QString bundledPath, QString installPath)
    : m_bundledPath(std::move(bundledPath))
    , m_installPath(QDir::cleanPath(std::move(installPath)))
{}

QString Sandbox::defaultInstallPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/sandbox");
}

bool Sandbox::isInstalled() const
{
    return QFileInfo::exists(m_installPath + QLatin1Char('/') + kCompleteMarker);
}

Result<QString> Sandbox::install() const
{
    if (isInstalled())
        return m_installPath;
    if (QFileInfo::exists(m_installPath) && !QDir(m_installPath).removeRecursively())
        return fail(Error{m_installPath, 0, 0, tr("cannot remove an incomplete sandbox copy")});
    if (Result<void> copied = copyTree(m_bundledPath, m_installPath); !copied)
        return fail(copied.error());
    QFile marker(m_installPath + QLatin1Char('/') + kCompleteMarker);
    if (!marker.open(QIODevice::WriteOnly))
        return fail(Error{marker.fileName(), 0, 0, marker.errorString()});
    return m_installPath;
}

Result<QString> Sandbox::reset() const
{
    if (QFileInfo::exists(m_installPath) && !QDir(m_installPath).removeRecursively())
        return fail(Error{m_installPath, 0, 0, tr("cannot remove the old sandbox copy")});
    return install();
}

Result<void> Sandbox::copyTree(const QString &from, const QString &to) const
{
    if (!QFileInfo(from).isDir())
        return fail(Error{from, 0, 0, tr("the bundled sandbox mesh is missing")});
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return fail(Error{target, 0, 0, tr("cannot create the folder")});
        if (!QFile::copy(file, target))
            return fail(Error{target, 0, 0, tr("cannot copy the file")});
        // Files copied out of Qt resources arrive read-only; learners must be able to edit them.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner
                                          | QFileDevice::ReadOwner);
    }
    return {};
}

} // namespace Trellis::Core
