#pragma once

#include "core/util/result.h"

#include <QStackedWidget>

class QLabel;
class QTabWidget;

namespace Trellis::Widgets {

class CodeEditor;

// The central area: a tab per open file, or a welcome page when nothing is open. It owns the
// editors, loads files through Core::TextFile (so binary, huge or non-UTF-8 files are refused
// with a message instead of being mangled), saves atomically, and asks before closing a tab with
// unsaved changes. GUI thread.
class EditorArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit EditorArea(QWidget *parent = nullptr);

    // Opens the file, or switches to its tab when it is open already.
    Core::Result<CodeEditor *> openFile(const QString &path);
    Core::Result<void> saveCurrent();
    // Asks about each modified tab; false when the user cancelled.
    bool closeAll();
    bool closeTab(int index);
    bool closeCurrent() { return closeTab(currentIndex()); }

    CodeEditor *currentEditor() const;
    QString currentFilePath() const;
    int openFileCount() const;
    bool hasUnsavedChanges() const;

    void setWelcomeText(const QString &html);

Q_SIGNALS:
    void currentFileChanged(const QString &path);
    void saveFailed(const Core::Error &error);

private:
    int currentIndex() const;
    CodeEditor *editorAt(int index) const;
    int indexOfFile(const QString &path) const;
    Core::Result<void> save(int index);
    void updateTabTitle(int index);
    void showTabsOrWelcome();

    QLabel *m_welcome;
    QTabWidget *m_tabs;
};

} // namespace Trellis::Widgets
