#pragma once

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <vector>

class QLockFile;

namespace Trellis::Widgets {
class EditorArea;
}

namespace Trellis::App {

// An unsaved buffer found on disk after a session ended without closing.
struct RecoveredBuffer
{
    QString path; // the file the buffer belongs to
    QString text;
};

// Crash recovery: keeps a copy of every unsaved buffer in the user's data folder, a few seconds
// after it changes, and removes it as soon as the buffer is saved or closed. Each running window
// writes into a session folder of its own, held by a lock file; a session folder whose lock is
// free belongs to a process that died (a crash, kill -9), and its buffers can be restored. The
// text is taken on the GUI thread (the editor is not thread-safe); files are written and removed
// in order on one worker thread. Lives on the GUI thread.
class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    // How long after an edit its backup is written, at most.
    static constexpr int kBackupDelayMs = 2000;

    // `folder` holds the session folders; defaultFolder() in the application.
    explicit RecoveryStore(const QString &folder, QObject *parent = nullptr);
    // A clean end: this session's backups are no longer needed.
    ~RecoveryStore() override;

    static QString defaultFolder();

    void track(Widgets::EditorArea *editors);
    // Writes the backups of changed buffers now instead of after the delay.
    void backUpNow();
    // Blocks until every write and removal queued so far is on disk (tests, shutdown).
    void waitForWrites();

    // Buffers left by sessions whose process is gone. Their folders stay claimed by this
    // session until discardOrphans(), so a second window cannot offer them too.
    std::vector<RecoveredBuffer> claimOrphans();
    void discardOrphans();

Q_SIGNALS:
    // A round of backups reached the disk.
    void backedUp();

private:
    void removeBackupsOfSavedBuffers();
    QString backupFile(const QString &path) const;

    QString m_folder;
    QString m_sessionFolder;
    std::unique_ptr<QLockFile> m_sessionLock;
    std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> m_claimed;
    Widgets::EditorArea *m_editors = nullptr;
    // The revision of each buffer whose backup is written or queued.
    QHash<QString, quint64> m_backedUp;
    QTimer m_delay;
    QThreadPool m_io;
};

} // namespace Trellis::App
