#include "openfilewatcher.h"

#include <QFileInfo>

#include <utility>

namespace Trellis::Widgets {

namespace {
// Long enough to see a multi-step write as one change, short enough to feel immediate.
constexpr int kSettleMs = 100;
} // namespace

OpenFileWatcher::OpenFileWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &OpenFileWatcher::reportPending);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &OpenFileWatcher::fileTouched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &OpenFileWatcher::folderTouched);
}

void OpenFileWatcher::watch(const QString &path)
{
    if (m_files.contains(path))
        return;
    m_files.insert(path);
    if (QFileInfo::exists(path))
        m_watcher.addPath(path);
    const QString folder = QFileInfo(path).absolutePath();
    QSet<QString> &inFolder = m_folders[folder];
    if (inFolder.isEmpty())
        m_watcher.addPath(folder);
    inFolder.insert(path);
}

void OpenFileWatcher::unwatch(const QString &path)
{
    if (!m_files.remove(path))
        return;
    m_watcher.removePath(path);
    m_pending.remove(path);
    const QString folder = QFileInfo(path).absolutePath();
    auto it = m_folders.find(folder);
    if (it != m_folders.end()) {
        it->remove(path);
        if (it->isEmpty()) {
            m_watcher.removePath(folder);
            m_folders.erase(it);
        }
    }
}

void OpenFileWatcher::fileTouched(const QString &path)
{
    if (!m_files.contains(path))
        return;
    m_pending.insert(path);
    m_settle.start();
}

void OpenFileWatcher::folderTouched(const QString &folder)
{
    // A folder changes for any file in it; only files whose watch was lost (deleted, or
    // replaced by a rename) can have changed without a notice of their own.
    const QStringList watched = m_watcher.files();
    for (const QString &path : m_folders.value(folder)) {
        if (!watched.contains(path))
            m_pending.insert(path);
    }
    if (!m_pending.isEmpty())
        m_settle.start();
}

void OpenFileWatcher::reportPending()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    const QStringList watched = m_watcher.files();
    for (const QString &path : pending) {
        // Watch again a file that was replaced or created anew; inotify followed the old one.
        if (!watched.contains(path) && QFileInfo::exists(path))
            m_watcher.addPath(path);
        Q_EMIT changedOnDisk(path);
    }
}

} // namespace Trellis::Widgets
