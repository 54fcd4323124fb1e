#include "mainwindow.h"

#include "app/commandpaletteentries.h"
#include "app/recentworkspaces.h"
#include "app/recoverystore.h"
#include "app/sandboxlocation.h"
#include "app/settingsdialog.h"
#include "app/statusindicators.h"
#include "app/workspacerunpanels.h"
#include "core/ide/languagesnapshot.h"
#include "core/project/sandbox.h"
#include "core/util/backgroundwork.h"
#include "trellis/version.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/editor/editortab.h"
#include "widgets/editor/filenoticebar.h"
#include "widgets/lineage/lineagepanel.h"
#include "widgets/nodedetails/nodedetails.h"
#include "widgets/problems/problemsmodel.h"
#include "widgets/projecttree/projectexplorer.h"
#include "widgets/quickopen/fuzzypopup.h"
#include "widgets/quickopen/quickopenentries.h"
#include "widgets/resources/icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Trellis::App {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new LiveWorkspace(this))
    , m_editors(new Widgets::EditorArea(this))
    , m_explorer(new Widgets::ProjectExplorer(this))
    , m_problemsModel(new Widgets::ProblemsModel(this))
    , m_lineage(new Widgets::LineagePanel(this))
    , m_session(this, m_editors)
{
    setWindowTitle(tr("Trellis"));
    setWindowIcon(Widgets::Icons::application());
    setCentralWidget(wrapCentralWidget());
    setDockNestingEnabled(true);
    resize(1280, 800);

    createDocks();
    createNodeDetailsDock();
    createActions();
    createRunPanels();
    createWindowFeatures();

    connect(m_workspace, &LiveWorkspace::loaded, this, &MainWindow::showWorkspace);
    connect(m_workspace, &LiveWorkspace::updated, this, &MainWindow::showLiveState);
    // Every buffer's text, saved or not, is what the mesh and its rules see.
    connect(m_editors, &Widgets::EditorArea::bufferEdited, this,
            [this](const QString &path, Widgets::CodeEditor *editor) {
                m_workspace->edit(path, editor->text());
            });
    connect(m_editors, &Widgets::EditorArea::bufferReleased, m_workspace, &LiveWorkspace::release);
    connect(m_editors, &Widgets::EditorArea::editorReady, this,
            [this](const QString &path, Widgets::CodeEditor *editor) {
                editor->setLanguageContext(m_language);
                showDiagnostics(editor, path);
                connect(editor, &Widgets::CodeEditor::definitionRequested, this,
                        [this](const QString &file, int line) { openFile(file, line); });
            });
    connect(m_editors, &Widgets::EditorArea::saveFailed, this, [this](const Core::Error &error) {
        QMessageBox::warning(this, tr("Cannot save"), error.toString());
    });
    connect(m_editors, &Widgets::EditorArea::currentFileChanged, this, [this](const QString &path) {
        statusBar()->showMessage(path.isEmpty() ? QString()
                                                : QDir(m_workspacePath).relativeFilePath(path));
        m_status->setCurrentFile(path);
        m_explorer->reveal(path);
    });
}

void MainWindow::createDocks()
{
    connect(m_explorer, &Widgets::ProjectExplorer::openRequested, this,
            [this](const QString &path) { openFile(path); });
    connect(m_explorer, &Widgets::ProjectExplorer::previewRequested, this,
            &MainWindow::previewRequested);
    connect(m_explorer, &Widgets::ProjectExplorer::lineageRequested, this, [this](const QString &id) {
        m_lineageDock->show();
        m_lineageDock->raise();
        m_lineage->focusNode(id);
    });

    auto *projectDock = new QDockWidget(tr("Project"), this);
    projectDock->setObjectName(QStringLiteral("ProjectDock"));
    projectDock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, projectDock);

    auto *problemsView = new QTreeView(this);
    problemsView->setModel(m_problemsModel);
    problemsView->setRootIsDecorated(false);
    problemsView->setUniformRowHeights(true);
    problemsView->setAlternatingRowColors(true);
    problemsView->header()->setStretchLastSection(false);
    // The message takes the room that is left; the short columns show in full.
    problemsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    problemsView->header()->setSectionResizeMode(Widgets::ProblemsModel::MessageColumn,
                                                 QHeaderView::Stretch);
    connect(problemsView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const Core::Diagnostic &d = m_problemsModel->diagnostic(index.row());
        openFile(d.file, d.line);
    });
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    problemsDock->setWidget(problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    resizeDocks({projectDock}, {300}, Qt::Horizontal);

    // Lineage reads left to right, so it takes most of the full-width bottom area, beside the
    // problems.
    m_lineageDock = new QDockWidget(tr("Lineage"), this);
    m_lineageDock->setObjectName(QStringLiteral("LineageDock"));
    m_lineageDock->setWidget(m_lineage);
    splitDockWidget(problemsDock, m_lineageDock, Qt::Horizontal);
    resizeDocks({problemsDock, m_lineageDock}, {420, 860}, Qt::Horizontal);
    resizeDocks({problemsDock}, {300}, Qt::Vertical);
    connect(m_lineage, &Widgets::LineagePanel::openFileRequested, this,
            [this](const QString &path) { openFile(path); });
}

// The node the user is looking at, wherever they picked it: the current editor's file, the
// project tree or the lineage.
void MainWindow::createNodeDetailsDock()
{
    auto *details = new Widgets::NodeDetails(this);
    auto *dock = new QDockWidget(tr("Node Details"), this);
    dock->setObjectName(QStringLiteral("NodeDetailsDock"));
    dock->setWidget(details);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {380}, Qt::Horizontal);

    connect(m_workspace, &LiveWorkspace::loaded, details, [details](const WorkspaceSnapshot &snapshot) {
        details->setFacts(snapshot.manifest, snapshot.diagnostics);
    });
    connect(m_workspace, &LiveWorkspace::updated, details, [this, details](const Core::LiveMeshState &state) {
        if (state.rootPath != m_workspacePath)
            return;
        if (state.manifestBehind)
            details->setDiagnostics(state.diagnostics);
        else
            details->setFacts(state.manifest, state.diagnostics);
    });
    connect(m_editors, &Widgets::EditorArea::currentFileChanged, details,
            &Widgets::NodeDetails::showNodeOfFile);
    connect(projectTree()->selectionModel(), &QItemSelectionModel::currentChanged, details,
            [details](const QModelIndex &current) {
                details->showNode(current.data(Widgets::ProjectTreeModel::UniqueIdRole).toString());
            });
    connect(m_lineage, &Widgets::LineagePanel::nodeSelected, details,
            &Widgets::NodeDetails::showNode);
    connect(details, &Widgets::NodeDetails::openFileRequested, this,
            [this](const QString &path, int line) { openFile(path, line); });
}

QTreeView *MainWindow::projectTree() const
{
    return m_explorer->treeView();
}

void MainWindow::showLineage(const QString &selector, bool projectLevel)
{
    // The problems become a tab behind the lineage, which gets the window's full width.
    auto *problems = findChild<QDockWidget *>(QStringLiteral("ProblemsDock"));
    tabifyDockWidget(problems, m_lineageDock);
    m_lineageDock->show();
    m_lineageDock->raise();
    resizeDocks({m_lineageDock}, {height() * 2 / 3}, Qt::Vertical);
    m_lineage->setSelector(selector);
    m_lineage->setProjectLevel(projectLevel);
}

void MainWindow::createActions()
{
    // Each action has an objectName: the key of its shortcut in the settings.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("OpenWorkspace"));
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentWorkspaces(this);
    m_recent->attach(file->addMenu(tr("Open &Recent")));
    connect(m_recent, &RecentWorkspaces::openRequested, this, &MainWindow::switchWorkspace);
    QAction *quickOpen = file->addAction(tr("&Go to File or Node…"), this,
                                         [this] { m_quickOpen->popup(); });
    quickOpen->setObjectName(QStringLiteral("QuickOpen"));
    quickOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addAction(tr("Open &Sandbox Mesh"), this, [this] { openSandbox(false); })
        ->setObjectName(QStringLiteral("OpenSandbox"));
    file->addAction(tr("&Reset Sandbox Mesh…"), this, [this] { openSandbox(true); })
        ->setObjectName(QStringLiteral("ResetSandbox"));
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { (void)m_editors->saveCurrent(); });
    save->setObjectName(QStringLiteral("Save"));
    save->setShortcut(QKeySequence::Save);
    QAction *close = file->addAction(tr("&Close File"), this,
                                     [this] { m_editors->closeCurrent(); });
    close->setObjectName(QStringLiteral("CloseFile"));
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("Settings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(dock->objectName() + QStringLiteral("Toggle"));
        view->addAction(toggle);
    }
    QAction *filter = view->addAction(tr("&Filter Files"), this, [this] {
        m_explorer->filterEdit()->setFocus();
        m_explorer->filterEdit()->selectAll();
    });
    filter->setObjectName(QStringLiteral("FilterFiles"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *palette = view->addAction(tr("&Command Palette…"), this,
                                       &MainWindow::showCommandPalette);
    palette->setObjectName(QStringLiteral("CommandPalette"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addSeparator();
    QAction *split = view->addAction(tr("&Split Editor"), this, [this] { m_editors->splitCurrent(); });
    split->setObjectName(QStringLiteral("SplitEditor"));
    split->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backslash));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Trellis"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("About"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("AboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openWorkspace(const QString &path)
{
    m_workspacePath = QDir::cleanPath(QDir(path).absolutePath());
    setWindowTitle(tr("%1 — Trellis").arg(QFileInfo(m_workspacePath).fileName()));
    m_status->showParsing();
    if (m_sessionsEnabled) {
        m_recent->add(m_workspacePath);
        m_session.restoreLayout(m_workspacePath);
        m_restoreFilesOnLoad = true;
    }
    m_runPanels->setWorkspace(m_workspacePath);
    m_workspace->open(m_workspacePath);
}

void MainWindow::showWorkspace(const WorkspaceSnapshot &snapshot)
{
    m_explorer->setProjects(snapshot.projects, snapshot.manifest, snapshot.nodeOfOwnFile);
    m_lineage->setManifest(snapshot.manifest);

    QStringList names;
    for (const Widgets::ProjectListing &project : snapshot.projects)
        names.append(project.name.toHtmlEscaped());
    m_status->setWorkspace(snapshot.projects, snapshot.nodeOfOwnFile);
    m_status->showParsed(snapshot.elapsedMs, snapshot.manifest->count(Core::ResourceType::Model),
                         snapshot.diagnostics->size());
    m_status->setCurrentFile(m_editors->currentFilePath());
    m_explorer->reveal(m_editors->currentFilePath());
    m_quickOpen->setEntrySource([projects = snapshot.projects, manifest = snapshot.manifest] {
        return Widgets::quickOpenEntries(projects, manifest.get());
    });
    if (std::exchange(m_restoreFilesOnLoad, false))
        m_session.restoreFiles(m_workspacePath);
    const QString projects = names.isEmpty()
                                 ? tr("No dbt project was found in this folder. A project is a "
                                      "folder with a <code>dbt_project.yml</code>.")
                                 : tr("Projects: %1").arg(names.join(QLatin1String(", ")));
    m_editors->setWelcomeText(
        tr("<h2>%1</h2><p>%2</p><p style='color:gray'>Double-click a file in the project tree "
           "to open it.<br>%3 opens another workspace.</p>")
            .arg(QFileInfo(snapshot.rootPath).fileName().toHtmlEscaped(), projects,
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    Q_EMIT workspaceLoaded();
}

void MainWindow::showLiveState(const Core::LiveMeshState &state)
{
    if (state.rootPath != m_workspacePath)
        return;
    if (state.diagnostics != m_diagnostics) {
        m_diagnostics = state.diagnostics;
        showAllDiagnostics();
    }
    if (state.manifestBehind || state.manifest == m_manifest)
        return;
    // A rebuilt workspace reached the lineage through showWorkspace(); an edit that changed
    // the graph redraws it around the same selection, marking what changed.
    if (!state.change.rebuilt && state.change.structureChanged())
        m_lineage->setManifest(state.manifest);
    updateLanguageFeatures(state.manifest);
}

void MainWindow::showDiagnostics(Widgets::CodeEditor *editor, const QString &path) const
{
    QList<Core::Diagnostic> own;
    if (m_diagnostics) {
        for (const Core::Diagnostic &diagnostic : *m_diagnostics) {
            if (diagnostic.file == path)
                own.append(diagnostic);
        }
    }
    for (const Core::Diagnostic &diagnostic : m_runPanels->buildDiagnostics()) {
        if (diagnostic.file == path)
            own.append(diagnostic);
    }
    editor->setDiagnostics(own);
}

void MainWindow::showAllDiagnostics()
{
    std::vector<Core::Diagnostic> all = m_runPanels->buildDiagnostics();
    if (m_diagnostics)
        all.insert(all.end(), m_diagnostics->begin(), m_diagnostics->end());
    m_problemsModel->setDiagnostics(std::move(all), m_workspacePath);
    for (Widgets::EditorTab *tab : m_editors->tabs()) {
        if (tab->editor())
            showDiagnostics(tab->editor(), tab->filePath());
    }
}

void MainWindow::createRunPanels()
{
    m_runPanels = new WorkspaceRunPanels(this, m_editors);
    // The Run menu goes before Help.
    m_runPanels->addMenu(menuBar(), menuBar()->actions().value(menuBar()->actions().size() - 1));
    connect(m_workspace, &LiveWorkspace::updated, m_runPanels, &WorkspaceRunPanels::showLiveState);
    connect(this, &MainWindow::previewRequested, m_runPanels, &WorkspaceRunPanels::preview);
    connect(m_runPanels, &WorkspaceRunPanels::openRequested, this,
            [this](const QString &file, int line) { openFile(file, line); });
    connect(m_runPanels, &WorkspaceRunPanels::buildDiagnosticsChanged, this,
            &MainWindow::showAllDiagnostics);
    connect(m_runPanels, &WorkspaceRunPanels::testStatusesChanged, this,
            &MainWindow::testStatusesChanged);
    connect(m_runPanels, &WorkspaceRunPanels::testStatusesChanged, m_lineage,
            [this](const WorkspaceRunPanels::TestStatuses &statuses) {
                m_lineage->setTestStatuses(*statuses);
            });
}

void MainWindow::updateLanguageFeatures(std::shared_ptr<const Core::Manifest> manifest)
{
    m_manifest = std::move(manifest);
    // Indexing a 10,000-model mesh takes about 0.1 s: done on the thread pool, and only the
    // index of the newest manifest is handed to the editors.
    QPointer<MainWindow> guard(this);
    Core::runInBackground([guard, manifest = m_manifest] {
        // Let go of last by the editors, on the GUI thread.
        auto language = Core::shareFreedInBackground(new const Core::Ide::LanguageSnapshot(manifest));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, language] {
                if (!guard || &language->manifest() != guard->m_manifest.get())
                    return;
                guard->m_language = language;
                for (Widgets::EditorTab *tab : guard->m_editors->tabs()) {
                    if (tab->editor())
                        tab->editor()->setLanguageContext(language);
                }
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::openFile(const QString &path, int line)
{
    Core::Result<Widgets::EditorTab *> tab = m_editors->openFile(path);
    if (!tab) {
        QMessageBox::warning(this, tr("Cannot open the file"), tab.error().toString());
        return;
    }
    Widgets::CodeEditor *editor = (*tab)->editor();
    if (editor && line > 0) {
        editor->setCursorPosition(line - 1, 0);
        editor->ensureLineVisible(line - 1);
    }
    (*tab)->setFocus();
}

void MainWindow::chooseWorkspace()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Workspace"),
                                                             m_workspacePath);
    if (!folder.isEmpty())
        switchWorkspace(folder);
}

void MainWindow::openSandbox(bool reset)
{
    if (reset
        && QMessageBox::question(this, tr("Reset the sandbox mesh"),
                                 tr("Throw away every change made to the sandbox mesh and start "
                                    "again from the original?"))
               != QMessageBox::Yes) {
        return;
    }
    saveSession();
    if (!m_editors->closeAll())
        return;
    const Core::Sandbox sandbox = bundledSandbox();
    const Core::Result<QString> path = reset ? sandbox.reset() : sandbox.install();
    if (!path) {
        QMessageBox::warning(this, tr("Sandbox mesh"), path.error().toString());
        return;
    }
    openWorkspace(*path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Trellis"),
                       tr("<h3>Trellis %1</h3><p>An IDE for dbt Mesh projects: many dbt projects "
                          "that reference each other's public models.</p>")
                           .arg(QLatin1String(Core::kVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    if (m_editors->closeAll())
        event->accept();
    else
        event->ignore();
}

// Window features ---------------------------------------------------------------------------

QWidget *MainWindow::wrapCentralWidget()
{
    // The recovery offer sits above the editors rather than in a dialog, so the window is
    // usable while the user decides.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_recoveryNotice = new Widgets::FileNoticeBar(central);
    layout->addWidget(m_recoveryNotice);
    layout->addWidget(m_editors, 1);
    return central;
}

void MainWindow::createWindowFeatures()
{
    m_status = new StatusIndicators(statusBar());

    m_quickOpen = new Widgets::FuzzyPopup(this);
    m_quickOpen->setObjectName(QStringLiteral("QuickOpen"));
    m_quickOpen->setPlaceholderText(tr("Go to a file or node of any project"));
    connect(m_quickOpen, &Widgets::FuzzyPopup::chosen, this, [this](const QVariant &payload) {
        const auto target = payload.value<Widgets::QuickOpenTarget>();
        openFile(target.path, target.line);
    });
    m_commandPalette = new Widgets::FuzzyPopup(this);
    m_commandPalette->setObjectName(QStringLiteral("CommandPalette"));
    m_commandPalette->setPlaceholderText(tr("Run a command"));
    connect(m_commandPalette, &Widgets::FuzzyPopup::chosen, this, [](const QVariant &payload) {
        if (auto *action = qobject_cast<QAction *>(payload.value<QObject *>()))
            action->trigger();
    });

    m_recovery = new RecoveryStore(RecoveryStore::defaultFolder(), this);
    m_recovery->track(m_editors);
    offerRecovery();
    applySettings();
}

void MainWindow::offerRecovery()
{
    std::vector<RecoveredBuffer> buffers = m_recovery->claimOrphans();
    if (buffers.empty()) {
        m_recovery->discardOrphans();
        return;
    }
    QStringList names;
    for (const RecoveredBuffer &buffer : buffers)
        names.append(QFileInfo(buffer.path).fileName().toHtmlEscaped());
    m_recoveryNotice->showNotice(
        tr("Trellis did not close properly last time. Unsaved changes to %n file(s) can be "
           "restored: %1.",
           nullptr, int(buffers.size()))
            .arg(names.join(QLatin1String(", "))),
        Widgets::FileNoticeBar::Tone::Warning);
    QPushButton *restore = m_recoveryNotice->addButton(tr("Restore"));
    restore->setObjectName(QStringLiteral("RestoreButton"));
    connect(restore, &QPushButton::clicked, this, [this, buffers = std::move(buffers)] {
        for (const RecoveredBuffer &buffer : buffers)
            m_editors->restoreBuffer(buffer.path, buffer.text);
        // Backed up in this session before the old copies go: the queue keeps that order.
        m_recovery->backUpNow();
        m_recovery->discardOrphans();
        m_recoveryNotice->dismiss();
    });
    connect(m_recoveryNotice->addButton(tr("Discard")), &QPushButton::clicked, this, [this] {
        m_recovery->discardOrphans();
        m_recoveryNotice->dismiss();
    });
}

void MainWindow::switchWorkspace(const QString &path)
{
    saveSession();
    if (m_editors->closeAll())
        openWorkspace(path);
}

void MainWindow::saveSession() const
{
    if (m_sessionsEnabled && !m_workspacePath.isEmpty())
        m_session.save(m_workspacePath);
}

void MainWindow::showCommandPalette()
{
    m_commandPalette->setEntries(commandPaletteEntries(menuBar()));
    m_commandPalette->popup();
}

QList<QAction *> MainWindow::configurableActions() const
{
    // The menus' actions, in menu order; helper actions inside widgets are not the user's.
    QList<QAction *> actions;
    const auto collect = [&actions](const QList<QAction *> &level, const auto &self) -> void {
        for (QAction *action : level) {
            if (QMenu *menu = action->menu())
                self(menu->actions(), self);
            else if (!action->objectName().isEmpty())
                actions.append(action);
        }
    };
    collect(menuBar()->actions(), collect);
    return actions;
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(configurableActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings()
{
    m_theme.apply(AppSettings::theme());
    if (AppSettings::isEditorFontChosen())
        m_editors->setEditorFont(AppSettings::editorFont());
    AppSettings::applyShortcuts(configurableActions());
}

void MainWindow::applyTheme(ThemeChoice choice)
{
    m_theme.apply(choice);
}

} // namespace Trellis::App
