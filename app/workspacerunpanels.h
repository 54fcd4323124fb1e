#pragma once

#include "app/workspacerunner.h"
#include "core/diagnostics/diagnostic.h"
#include "core/layout/lineagenodefacts.h"
#include "core/live/livemeshservice.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenuBar;
class QTimer;

namespace Trellis::Widgets {
class CompiledSqlPanel;
class EditorArea;
class PreviewPanel;
} // namespace Trellis::Widgets

namespace Trellis::App {

// What the window runs in the SQLite workspace, wired to the editors: the Preview dock (the
// current model, the selected SQL rendered in the model's context, or the CTE under the caret),
// the Compiled SQL dock that follows the current editor's model as it is typed, and Build &&
// Test, whose failures become findings kept apart from the live ones until the same node is
// built again. All work goes through one WorkspaceRunner. GUI thread; owned by the window.
class WorkspaceRunPanels : public QObject
{
    Q_OBJECT

public:
    using TestStatuses = std::shared_ptr<const QHash<QString, Core::TestStatus>>;

    // Adds the two docks (hidden until used) to `window`.
    WorkspaceRunPanels(QMainWindow *window, Widgets::EditorArea *editors);

    // The Run menu, placed before `before` (null: at the end).
    void addMenu(QMenuBar *menuBar, QAction *before);
    void setWorkspace(const QString &rootPath);
    // A newer state of the live mesh: its manifest, when newer, is what runs from now on.
    void showLiveState(const Core::LiveMeshState &state);

    void preview(const QString &uniqueId);
    void previewCurrentEditor();
    void compileCurrentEditor();
    // Builds and tests the nodes (what they read is built first, reusing what is up to date).
    void buildAndTest(const QStringList &ids);
    void buildAndTestCurrentModel();

    // The findings of the latest build of each node, in one list.
    std::vector<Core::Diagnostic> buildDiagnostics() const;

    WorkspaceRunner *runner() const { return m_runner; }
    Widgets::PreviewPanel *previewPanel() const { return m_preview; }
    Widgets::CompiledSqlPanel *compiledSqlPanel() const { return m_compiled; }
    QDockWidget *previewDock() const { return m_previewDock; }
    QDockWidget *compiledSqlDock() const { return m_compiledDock; }

Q_SIGNALS:
    void buildDiagnosticsChanged();
    void testStatusesChanged(Trellis::App::WorkspaceRunPanels::TestStatuses statuses);
    void openRequested(const QString &file, int line);
    void buildFinished(const Trellis::App::BuildReport &report);

private:
    struct PendingPreview
    {
        quint64 token = 0;
        QString title;
        QString cte; // preview this CTE of the compiled SQL
        QString modelSource; // the whole model text, to place query errors
    };

    void startPreview(const QString &uniqueId, const QString &text, const QString &title,
                      const QString &cte);
    void onPreviewPrepared(const CompiledSql &result);
    void onCompiled(const CompiledSql &result);
    void onBuildFinished(const BuildReport &report);
    QString currentNode() const;
    QString titleOf(const QString &uniqueId) const;

    QMainWindow *m_window;
    Widgets::EditorArea *m_editors;
    WorkspaceRunner *m_runner;
    Widgets::PreviewPanel *m_preview;
    Widgets::CompiledSqlPanel *m_compiled;
    QDockWidget *m_previewDock;
    QDockWidget *m_compiledDock;
    QTimer *m_compileTimer;
    std::shared_ptr<const Core::Manifest> m_manifest;
    PendingPreview m_pending;
    std::map<QString, std::vector<Core::Diagnostic>> m_buildFindings; // by node built
    QHash<QString, Core::TestStatus> m_testStatuses;
};

} // namespace Trellis::App
