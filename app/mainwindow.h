#pragma once

#include "app/workspaceloader.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Trellis::Widgets {
class EditorArea;
class LineagePanel;
class ProblemsModel;
class ProjectTreeModel;
} // namespace Trellis::Widgets

namespace Trellis::App {

// The IDE window: project explorer and problems docks around the editor tabs, with the menus
// that drive them. It wires widgets to the workspace; the work itself happens in core and in the
// loader's worker. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openWorkspace(const QString &path);
    QString workspacePath() const { return m_workspacePath; }
    Widgets::EditorArea *editorArea() const { return m_editors; }
    QTreeView *projectTree() const { return m_projectView; }
    Widgets::LineagePanel *lineagePanel() const { return m_lineage; }

    // Brings the lineage dock forward, gives it the width and most of the height, and shows
    // `selector` (empty: the whole mesh), collapsed to projects if asked.
    void showLineage(const QString &selector, bool projectLevel);

Q_SIGNALS:
    // The workspace named by openWorkspace() is scanned and on screen.
    void workspaceLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void showWorkspace(const WorkspaceSnapshot &snapshot);
    void openFile(const QString &path, int line = 0);
    void chooseWorkspace();
    void openSandbox(bool reset);
    void showAbout();

    QString m_workspacePath;
    WorkspaceLoader *m_loader;
    Widgets::EditorArea *m_editors;
    Widgets::ProjectTreeModel *m_projectModel;
    QSortFilterProxyModel *m_projectFilter;
    QTreeView *m_projectView = nullptr;
    QLineEdit *m_projectFilterEdit = nullptr;
    Widgets::ProblemsModel *m_problemsModel;
    QLabel *m_statusSummary;
    Widgets::LineagePanel *m_lineage;
    QDockWidget *m_lineageDock = nullptr;
};

} // namespace Trellis::App
