#include "workspacerunpanels.h"

#include "app/appsettings.h"
#include "core/build/ctequery.h"
#include "core/build/outcomediagnostics.h"
#include "widgets/compiledsql/compiledsqlpanel.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/editor/editortab.h"
#include "widgets/preview/previewpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace Trellis::App {

using Core::Build::NodeOutcome;

namespace {

// How long typing must pause before the compiled SQL follows.
constexpr int kCompileDelayMs = 300;

// The caret's offset in the editor's text (QString units).
qsizetype caretOffset(const Widgets::CodeEditor &editor, const QString &text)
{
    int line = 0;
    int index = 0;
    editor.getCursorPosition(&line, &index);
    qsizetype offset = 0;
    for (int i = 0; i < line; ++i) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), offset);
        if (end < 0)
            return text.size();
        offset = end + 1;
    }
    return offset + index;
}

} // namespace

WorkspaceRunPanels::WorkspaceRunPanels(QMainWindow *window, Widgets::EditorArea *editors)
    : QObject(window)
    , m_window(window)
    , m_editors(editors)
    , m_runner(new WorkspaceRunner(this))
    , m_preview(new Widgets::PreviewPanel(window))
    , m_compiled(new Widgets::CompiledSqlPanel(window))
    , m_previewDock(new QDockWidget(tr("Preview"), window))
    , m_compiledDock(new QDockWidget(tr("Compiled SQL"), window))
    , m_compileTimer(new QTimer(this))
{
    m_previewDock->setObjectName(QStringLiteral("PreviewDock"));
    m_previewDock->setWidget(m_preview);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_previewDock);
    // Rows want width: the preview shares the wide lineage dock's place, as a tab.
    if (auto *lineage = window->findChild<QDockWidget *>(QStringLiteral("LineageDock")))
        window->tabifyDockWidget(lineage, m_previewDock);
    m_previewDock->hide();
    m_compiledDock->setObjectName(QStringLiteral("CompiledSqlDock"));
    m_compiledDock->setWidget(m_compiled);
    window->addDockWidget(Qt::RightDockWidgetArea, m_compiledDock);
    m_compiledDock->hide();

    m_compileTimer->setSingleShot(true);
    m_compileTimer->setInterval(kCompileDelayMs);
    connect(m_compileTimer, &QTimer::timeout, this, &WorkspaceRunPanels::compileCurrentEditor);
    const auto follow = [this] { m_compileTimer->start(); };
    connect(m_compiledDock, &QDockWidget::visibilityChanged, this, [follow](bool visible) {
        if (visible)
            follow();
    });
    connect(editors, &Widgets::EditorArea::currentFileChanged, this, follow);
    connect(editors, &Widgets::EditorArea::bufferEdited, this,
            [this, follow](const QString &path) {
                if (path == m_editors->currentFilePath())
                    follow();
            });

    connect(m_runner, &WorkspaceRunner::compiled, this, &WorkspaceRunPanels::onCompiled);
    connect(m_runner, &WorkspaceRunner::previewStatusChanged, this,
            [this](quint64 token, const QString &status) {
                if (token == m_pending.token)
                    m_preview->showPreparing(m_pending.title, status);
            });
    connect(m_runner, &WorkspaceRunner::previewPrepared, this,
            &WorkspaceRunPanels::onPreviewPrepared);
    connect(m_runner, &WorkspaceRunner::buildProgressed, this,
            [this](quint64, const NodeOutcome &outcome) {
                m_window->statusBar()->showMessage(tr("Building: %1").arg(outcome.name));
            });
    connect(m_runner, &WorkspaceRunner::buildFinished, this,
            &WorkspaceRunPanels::onBuildFinished);
    connect(m_preview, &Widgets::PreviewPanel::preparationCancelled, m_runner,
            &WorkspaceRunner::cancelPreview);
    connect(m_preview, &Widgets::PreviewPanel::locationActivated, this,
            &WorkspaceRunPanels::openRequested);
    connect(m_compiled, &Widgets::CompiledSqlPanel::locationActivated, this,
            &WorkspaceRunPanels::openRequested);
}

void WorkspaceRunPanels::addMenu(QMenuBar *menuBar, QAction *before)
{
    // Each action has an objectName: the key of its shortcut in the settings.
    auto *menu = new QMenu(tr("&Run"), menuBar);
    QAction *preview = menu->addAction(tr("&Preview"), this,
                                       &WorkspaceRunPanels::previewCurrentEditor);
    preview->setObjectName(QStringLiteral("PreviewModel"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    preview->setToolTip(tr("Preview the model's rows, the selected SQL, or the CTE under the "
                           "caret"));
    QAction *current = menu->addAction(tr("&Build && Test Current Model"), this,
                                       &WorkspaceRunPanels::buildAndTestCurrentModel);
    current->setObjectName(QStringLiteral("BuildAndTestModel"));
    current->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *all = menu->addAction(tr("Build && Test &Everything"), this, [this] {
        if (!m_manifest)
            return;
        QStringList ids;
        for (const Core::Node &node : m_manifest->nodes)
            ids.append(node.uniqueId);
        buildAndTest(ids);
    });
    all->setObjectName(QStringLiteral("BuildAndTestAll"));
    menu->addSeparator();
    QAction *compiled = m_compiledDock->toggleViewAction();
    compiled->setText(tr("Show &Compiled SQL"));
    compiled->setObjectName(QStringLiteral("CompiledSqlDockToggle"));
    menu->addAction(compiled);
    QAction *previewDock = m_previewDock->toggleViewAction();
    previewDock->setText(tr("Show Pre&view"));
    previewDock->setObjectName(QStringLiteral("PreviewDockToggle"));
    menu->addAction(previewDock);
    menuBar->insertMenu(before, menu);
}

void WorkspaceRunPanels::setWorkspace(const QString &rootPath)
{
    m_manifest.reset();
    m_buildFindings.clear();
    m_testStatuses.clear();
    m_runner->setWorkspace(rootPath);
    // A new worker connection: the old one reads the previous workspace's database.
    m_preview->setConnectionSource(m_runner->queryConnections());
    m_compiled->showMessage(tr("Open a model to see its compiled SQL."));
    Q_EMIT buildDiagnosticsChanged();
    Q_EMIT testStatusesChanged(std::make_shared<const QHash<QString, Core::TestStatus>>());
}

void WorkspaceRunPanels::showLiveState(const Core::LiveMeshState &state)
{
    if (state.manifestBehind || !state.manifest || state.manifest == m_manifest)
        return;
    m_manifest = state.manifest;
    m_runner->setManifest(m_manifest);
    m_compileTimer->start();
}

QString WorkspaceRunPanels::currentNode() const
{
    return m_manifest ? WorkspaceRunner::nodeOfFile(*m_manifest, m_editors->currentFilePath())
                      : QString();
}

QString WorkspaceRunPanels::titleOf(const QString &uniqueId) const
{
    const Core::Node *node = m_manifest ? m_manifest->find(uniqueId) : nullptr;
    return node ? node->name : uniqueId;
}

void WorkspaceRunPanels::preview(const QString &uniqueId)
{
    const Core::Node *node = m_manifest ? m_manifest->find(uniqueId) : nullptr;
    // An open buffer is newer than the file.
    const Widgets::EditorTab *tab = node ? m_editors->tabOfFile(node->absolutePath) : nullptr;
    startPreview(uniqueId, tab && tab->editor() ? tab->editor()->text() : QString(),
                 titleOf(uniqueId), QString());
}

void WorkspaceRunPanels::previewCurrentEditor()
{
    Widgets::CodeEditor *editor = m_editors->currentEditor();
    const QString id = currentNode();
    if (!editor || id.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Preview needs a model, snapshot or analysis open in the editor"), 5000);
        return;
    }
    const QString text = editor->text();
    if (editor->hasSelectedText()) {
        // The selection is rendered as if it were the model's whole text: its refs, sources,
        // macros and config resolve as the model's do.
        startPreview(id, editor->selectedText(), tr("%1 (selection)").arg(titleOf(id)), QString());
        m_pending.modelSource = text;
        return;
    }
    const QString cte = Core::Build::CteQuery::cteAt(text, caretOffset(*editor, text));
    startPreview(id, text,
                 cte.isEmpty() ? titleOf(id) : tr("%1 › %2").arg(titleOf(id), cte), cte);
}

void WorkspaceRunPanels::startPreview(const QString &uniqueId, const QString &text,
                                      const QString &title, const QString &cte)
{
    m_previewDock->show();
    m_previewDock->raise();
    m_preview->setRowLimit(AppSettings::previewRowLimit());
    m_pending = {m_runner->preparePreview(uniqueId, text), title, cte, text};
    m_preview->showPreparing(title, tr("Preparing…"));
}

void WorkspaceRunPanels::onPreviewPrepared(const CompiledSql &result)
{
    if (result.token != m_pending.token)
        return;
    if (!result.ok) {
        m_preview->showError(m_pending.title, result.error);
        return;
    }
    QString sql = result.sql;
    if (!m_pending.cte.isEmpty()) {
        Core::Result<QString> query = Core::Build::CteQuery::selectFrom(sql, m_pending.cte);
        if (!query) {
            Core::Error error = query.error();
            error.file = result.modelPath;
            m_preview->showError(m_pending.title, error);
            return;
        }
        sql = *query;
    }
    const QString source = m_pending.modelSource.isNull() ? result.modelSource
                                                          : m_pending.modelSource;
    m_preview->runQuery(m_pending.title, sql, result.modelPath, source);
}

void WorkspaceRunPanels::compileCurrentEditor()
{
    if (!m_compiledDock->isVisible())
        return;
    const QString id = currentNode();
    Widgets::CodeEditor *editor = m_editors->currentEditor();
    if (id.isEmpty() || !editor) {
        m_compiled->showMessage(m_manifest ? tr("The current file is not a model.")
                                           : tr("The workspace is still being read."));
        return;
    }
    m_runner->compile(id, editor->text());
}

void WorkspaceRunPanels::onCompiled(const CompiledSql &result)
{
    if (result.uniqueId != currentNode())
        return;
    if (result.ok)
        m_compiled->showSql(result.uniqueId, titleOf(result.uniqueId), result.sql);
    else
        m_compiled->showError(result.uniqueId, titleOf(result.uniqueId), result.error);
}

void WorkspaceRunPanels::buildAndTestCurrentModel()
{
    const QString id = currentNode();
    if (id.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Build && Test needs a model, snapshot or seed open in the editor"), 5000);
        return;
    }
    QStringList ids{id};
    for (const Core::Node &node : m_manifest->nodes) {
        if (node.type == Core::ResourceType::Test && node.dependsOnNodes.contains(id))
            ids.append(node.uniqueId);
    }
    buildAndTest(ids);
}

void WorkspaceRunPanels::buildAndTest(const QStringList &ids)
{
    m_window->statusBar()->showMessage(tr("Building %n node(s)…", nullptr, int(ids.size())));
    m_runner->build(ids);
}

void WorkspaceRunPanels::onBuildFinished(const BuildReport &report)
{
    if (!report.manifest) {
        m_window->statusBar()->showMessage(tr("Nothing was built: the workspace is not read yet"),
                                           5000);
        return;
    }
    int failed = 0;
    int warned = 0;
    for (const NodeOutcome &outcome : report.outcomes) {
        m_buildFindings.erase(outcome.uniqueId);
        failed += outcome.failed() ? 1 : 0;
        warned += outcome.status == NodeOutcome::Status::Warn ? 1 : 0;
    }
    for (Core::Diagnostic &diagnostic :
         Core::Build::OutcomeDiagnostics::collect(report.outcomes, *report.manifest))
        m_buildFindings[diagnostic.nodeId].push_back(std::move(diagnostic));
    const QHash<QString, Core::TestStatus> statuses
        = Core::Build::OutcomeDiagnostics::testStatuses(report.outcomes, *report.manifest);
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        m_testStatuses.insert(it.key(), it.value());
    m_window->statusBar()->showMessage(
        tr("Build && Test: %1 nodes, %2 failed, %3 warned")
            .arg(report.outcomes.size())
            .arg(failed)
            .arg(warned),
        10'000);
    Q_EMIT buildDiagnosticsChanged();
    Q_EMIT testStatusesChanged(
        std::make_shared<const QHash<QString, Core::TestStatus>>(m_testStatuses));
    Q_EMIT buildFinished(report);
}

std::vector<Core::Diagnostic> WorkspaceRunPanels::buildDiagnostics() const
{
    std::vector<Core::Diagnostic> all;
    for (const auto &[node, findings] : m_buildFindings)
        all.insert(all.end(), findings.begin(), findings.end());
    return all;
}

} // namespace Trellis::App
