#pragma once

#include "app/appsettings.h"
#include "app/sessionstore.h"
#include "app/theme.h"
#include "app/liveworkspace.h"
#include "core/layout/lineagenodefacts.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTreeView;

namespace Trellis::Core::Ide {
class LanguageSnapshot;
}

namespace Trellis::Widgets {
class CodeEditor;
class EditorArea;
class FileNoticeBar;
class FuzzyPopup;
class LineagePanel;
class ProblemsModel;
class ProjectExplorer;
} // namespace Trellis::Widgets

namespace Trellis::App {

class RecentWorkspaces;
class RecoveryStore;
class StatusIndicators;
class WorkspaceRunPanels;

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
    QTreeView *projectTree() const;
    Widgets::ProjectExplorer *projectExplorer() const { return m_explorer; }
    Widgets::LineagePanel *lineagePanel() const { return m_lineage; }

    // Brings the lineage dock forward, gives it the width and most of the height, and shows
    // `selector` (empty: the whole mesh), collapsed to projects if asked.
    void showLineage(const QString &selector, bool projectLevel);
    // Opens a file in the editors at a 1-based line (0: where it was), with a message when it
    // cannot be read.
    void openFile(const QString &path, int line = 0);

    // Window features: sessions, crash recovery, quick open, command palette, settings.
    // Screenshots and tests that need a fixed window turn sessions off.
    void setSessionsEnabled(bool enabled) { m_sessionsEnabled = enabled; }
    // Overrides the theme chosen in the settings for this run (--theme).
    void applyTheme(ThemeChoice choice);
    Widgets::FuzzyPopup *quickOpen() const { return m_quickOpen; }
    Widgets::FuzzyPopup *commandPalette() const { return m_commandPalette; }
    Widgets::FileNoticeBar *recoveryNotice() const { return m_recoveryNotice; }
    RecoveryStore *recoveryStore() const { return m_recovery; }
    StatusIndicators *statusIndicators() const { return m_status; }
    // Preview, compiled SQL, build and test in the SQLite workspace.
    WorkspaceRunPanels *runPanels() const { return m_runPanels; }

Q_SIGNALS:
    // The workspace named by openWorkspace() is scanned and on screen.
    void workspaceLoaded();
    // The user asked to preview a node (the preview engine answers).
    void previewRequested(const QString &uniqueId);
    // The latest data-test outcome of each tested node (by unique id), after each build.
    void testStatusesChanged(std::shared_ptr<const QHash<QString, Trellis::Core::TestStatus>> statuses);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createNodeDetailsDock();
    void createActions();
    void showWorkspace(const WorkspaceSnapshot &snapshot);
    // The live mesh's newer states: findings after an edit, a new manifest after a graph change.
    void showLiveState(const Core::LiveMeshState &state);
    void showDiagnostics(Widgets::CodeEditor *editor, const QString &path) const;
    // The live findings and the latest build's, in the problems panel and every editor.
    void showAllDiagnostics();
    void createRunPanels();
    void updateLanguageFeatures(std::shared_ptr<const Core::Manifest> manifest);
    void chooseWorkspace();
    void openSandbox(bool reset);
    void showAbout();

    // Window features (see the public section).
    void createWindowFeatures();
    QWidget *wrapCentralWidget();
    void offerRecovery();
    void switchWorkspace(const QString &path);
    void saveSession() const;
    void showCommandPalette();
    void showSettings();
    void applySettings();
    QList<QAction *> configurableActions() const;

    QString m_workspacePath;
    LiveWorkspace *m_workspace;
    std::shared_ptr<const std::vector<Core::Diagnostic>> m_diagnostics;
    std::shared_ptr<const Core::Manifest> m_manifest;
    std::shared_ptr<const Core::Ide::LanguageSnapshot> m_language;
    Widgets::EditorArea *m_editors;
    Widgets::ProjectExplorer *m_explorer;
    Widgets::ProblemsModel *m_problemsModel;
    Widgets::LineagePanel *m_lineage;
    QDockWidget *m_lineageDock = nullptr;

    // Window features.
    Theme m_theme;
    SessionStore m_session;
    bool m_sessionsEnabled = true;
    bool m_restoreFilesOnLoad = false;
    RecoveryStore *m_recovery = nullptr;
    RecentWorkspaces *m_recent = nullptr;
    StatusIndicators *m_status = nullptr;
    WorkspaceRunPanels *m_runPanels = nullptr;
    Widgets::FileNoticeBar *m_recoveryNotice = nullptr;
    Widgets::FuzzyPopup *m_quickOpen = nullptr;
    Widgets::FuzzyPopup *m_commandPalette = nullptr;
};

} // namespace Trellis::App
