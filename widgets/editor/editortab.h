#pragma once

#include "core/util/result.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Trellis::Widgets {

class CodeEditor;
class FileNoticeBar;

// What a file holds on disk, read and checked off the GUI thread when it is large.
struct DiskContents
{
    QByteArray bytes; // valid UTF-8, without the byte-order mark
    bool byteOrderMark = false;
    QByteArray fingerprint; // SHA-1 of the bytes as stored, to recognise our own writes

    // Reads `path` through Core::TextFile, so binary, huge or non-UTF-8 files come back as an
    // Error. Thread-safe.
    static Core::Result<DiskContents> read(const QString &path);
};

// One open file: the editor with its buffer, a notice bar above it, and what the window knows
// of the file on disk (its fingerprint at the last load or save, whether it still exists, its
// byte-order mark) — so a save writes back the same encoding and line endings, and a change
// made by another program can be told from our own. A file that cannot be edited as text
// (binary, invalid UTF-8, too large) shows a read-only notice instead of an editor. Files over
// a megabyte are read on the thread pool while the tab says so. GUI thread.
class EditorTab : public QWidget
{
    Q_OBJECT

public:
    // Files larger than this are read on the thread pool.
    static constexpr qint64 kBackgroundLoadBytes = 1024 * 1024;
    // Files larger than this are shown without syntax colouring, which would slow typing down.
    static constexpr qint64 kColouringLimitBytes = 2 * 1024 * 1024;

    explicit EditorTab(const QString &path, QWidget *parent = nullptr);

    QString filePath() const { return m_path; }
    // Null while loading and for files that cannot be shown as text.
    CodeEditor *editor() const { return m_editor; }
    FileNoticeBar *noticeBar() const { return m_notice; }
    QString title() const;

    bool isLoading() const { return m_loading; }
    bool isModified() const;
    // Modified, or deleted on disk while open: closing would lose the text either way.
    bool needsSaving() const;
    bool isDeletedOnDisk() const { return m_deletedOnDisk; }
    // Grows with every edit, so a backup can tell whether it is still current.
    quint64 revision() const { return m_revision; }

    // Reads the file (on the thread pool when large) and shows it.
    void load();
    // Shows `contents` as the unmodified buffer, keeping the cursor and scroll position when
    // the editor already showed the file (a reload).
    void showContents(const DiskContents &contents);
    // Replaces the buffer's text as an edit the user has not saved (crash recovery).
    void replaceText(const QString &text);

    // The buffer as it should be written: UTF-8, with the byte-order mark when the file had one.
    QByteArray bytesToSave() const;
    void markSaved(const QByteArray &writtenBytes);
    QByteArray diskFingerprint() const { return m_diskFingerprint; }
    // The user chose to keep the buffer over the disk's version with this fingerprint.
    void acknowledgeDiskVersion(const QByteArray &fingerprint);
    void setDeletedOnDisk(bool deleted);

Q_SIGNALS:
    // The title or the modified state changed.
    void stateChanged();
    // The buffer's text changed.
    void edited();
    // The file's contents (or the reason they cannot be shown) are on screen.
    void loaded();

private:
    void applyRead(const Core::Result<DiskContents> &read);
    void showPlaceholder(const QString &text);
    void createEditor(qint64 size);

    QString m_path;
    QVBoxLayout *m_layout;
    FileNoticeBar *m_notice;
    QLabel *m_placeholder = nullptr;
    CodeEditor *m_editor = nullptr;
    QByteArray m_diskFingerprint;
    bool m_byteOrderMark = false;
    bool m_deletedOnDisk = false;
    bool m_loading = false;
    quint64 m_revision = 0;
};

} // namespace Trellis::Widgets
