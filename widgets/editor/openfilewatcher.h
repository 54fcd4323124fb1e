#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace Trellis::Widgets {

// Tells when files open in the editors may have changed on disk: written in place, replaced by
// an atomic save (which drops the inotify watch, so it is set again), deleted, or created again.
// Notices arriving in a burst (an editor writing in steps) are coalesced into one
// changedOnDisk() per file; the receiver reads the file to see what actually happened. GUI
// thread.
class OpenFileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit OpenFileWatcher(QObject *parent = nullptr);

    void watch(const QString &path);
    void unwatch(const QString &path);

Q_SIGNALS:
    // The file may differ from what it was, or may be gone.
    void changedOnDisk(const QString &path);

private:
    void fileTouched(const QString &path);
    void folderTouched(const QString &folder);
    void reportPending();

    QFileSystemWatcher m_watcher;
    QSet<QString> m_files;
    // Each watched folder and the open files it holds: a deleted file reappears only as a
    // change of its folder.
    QHash<QString, QSet<QString>> m_folders;
    QSet<QString> m_pending;
    QTimer m_settle;
};

} // namespace Trellis::Widgets
