#pragma once

#include "core/util/result.h"

#include <QFont>
#include <QStackedWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTabWidget;

namespace Trellis::Widgets {

class CodeEditor;
class EditorTab;
class OpenFileWatcher;

// The central area: one or two editor groups side by side (split view), each a row of tabs
// with one file per tab, or a welcome page when nothing is open. It keeps open files safe:
// saves are atomic and keep the file's encoding and line endings, a change made on disk by
// another program reloads a clean buffer and asks (in the tab, without a dialog) about a
// modified one, a save never silently overwrites such a change, a deleted file keeps its
// buffer, and closing a tab with unsaved changes asks first. GUI thread.
class EditorArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit EditorArea(QWidget *parent = nullptr);
    ~EditorArea() override;

    // Opens the file in the current group, or switches to its tab when it is open already. A
    // file that cannot be edited as text opens as a read-only notice; a file that cannot be
    // read at all is an error.
    Core::Result<EditorTab *> openFile(const QString &path);
    // Opens `path` with `text` as an unsaved edit, even when the file no longer exists.
    EditorTab *restoreBuffer(const QString &path, const QString &text);
    Core::Result<void> saveCurrent();
    Core::Result<void> save(EditorTab *tab);
    // Asks about each tab with unsaved changes; false when the user cancelled.
    bool closeAll();
    bool closeTab(EditorTab *tab);
    bool closeCurrent() { return closeTab(currentTab()); }

    // Moves the current tab to the other group, creating it, so two files show side by side.
    void splitCurrent();
    int groupCount() const;
    int groupOf(const EditorTab *tab) const;

    EditorTab *currentTab() const;
    CodeEditor *currentEditor() const;
    QString currentFilePath() const;
    // Every open tab, group by group, each group in tab order.
    QList<EditorTab *> tabs() const;
    EditorTab *tabOfFile(const QString &path) const;
    int openFileCount() const;
    bool hasUnsavedChanges() const;

    void setWelcomeText(const QString &html);
    void setEditorFont(const QFont &font);

Q_SIGNALS:
    void currentFileChanged(const QString &path);
    void saveFailed(const Core::Error &error);
    // A buffer was edited, saved, opened or closed: the set of unsaved buffers may differ.
    void buffersChanged();
    // An open file's editor is ready (its text loaded), or its text changed (typed, reloaded,
    // restored): what the live mesh and the language features must look at.
    void editorReady(const QString &path, Trellis::Widgets::CodeEditor *editor);
    void bufferEdited(const QString &path, Trellis::Widgets::CodeEditor *editor);
    // The file on disk holds the buffer's text again (saved), or the buffer is gone (closed).
    void bufferReleased(const QString &path);

private:
    QTabWidget *addGroup();
    QTabWidget *groupWidget(const EditorTab *tab) const;
    EditorTab *addTab(const QString &path, QTabWidget *group);
    void updateTabTitle(EditorTab *tab);
    void reviewDiskState(const QString &path);
    void askAboutExternalChange(EditorTab *tab);
    bool confirmOverwrite(EditorTab *tab, const QByteArray &diskFingerprint);
    void removeEmptyGroups();
    void showTabsOrWelcome();
    void applyEditorFont(CodeEditor *editor) const;

    QLabel *m_welcome;
    QSplitter *m_splitter;
    QList<QTabWidget *> m_groups;
    QTabWidget *m_currentGroup = nullptr;
    OpenFileWatcher *m_watcher;
    std::optional<QFont> m_editorFont; // unset: each editor's default
};

} // namespace Trellis::Widgets
