#include "mainwindow.h"

#include "app/sandboxlocation.h"
#include "core/project/sandbox.h"
#include "trellis/version.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/lineage/lineagepanel.h"
#include "widgets/problems/problemsmodel.h"
#include "widgets/projecttree/projecttreemodel.h"
#include "widgets/resources/icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Trellis::App {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new WorkspaceLoader(this))
    , m_editors(new Widgets::EditorArea(this))
    , m_projectModel(new Widgets::ProjectTreeModel(this))
    , m_projectFilter(new QSortFilterProxyModel(this))
    , m_problemsModel(new Widgets::ProblemsModel(this))
    , m_statusSummary(new QLabel(this))
    , m_lineage(new Widgets::LineagePanel(this))
{
    setWindowTitle(tr("Trellis"));
    setWindowIcon(Widgets::Icons::application());
    setCentralWidget(m_editors);
    setDockNestingEnabled(true);
    resize(1280, 800);

    m_projectFilter->setSourceModel(m_projectModel);
    m_projectFilter->setRecursiveFilteringEnabled(true);
    m_projectFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    createDocks();
    createActions();
    statusBar()->addPermanentWidget(m_statusSummary);

    connect(m_loader, &WorkspaceLoader::loaded, this, &MainWindow::showWorkspace);
    connect(m_editors, &Widgets::EditorArea::saveFailed, this, [this](const Core::Error &error) {
        QMessageBox::warning(this, tr("Cannot save"), error.toString());
    });
    connect(m_editors, &Widgets::EditorArea::currentFileChanged, this, [this](const QString &path) {
        statusBar()->showMessage(path.isEmpty() ? QString()
                                                : QDir(m_workspacePath).relativeFilePath(path));
    });
}

void MainWindow::createDocks()
{
    auto *projectPanel = new QWidget(this);
    auto *layout = new QVBoxLayout(projectPanel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_projectFilterEdit = new QLineEdit(projectPanel);
    m_projectFilterEdit->setPlaceholderText(tr("Filter files"));
    m_projectFilterEdit->setClearButtonEnabled(true);
    m_projectView = new QTreeView(projectPanel);
    m_projectView->setModel(m_projectFilter);
    m_projectView->setHeaderHidden(true);
    m_projectView->setUniformRowHeights(true);
    m_projectView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_projectFilterEdit);
    layout->addWidget(m_projectView);
    connect(m_projectFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_projectFilter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_projectView->expandAll();
    });
    connect(m_projectView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(Widgets::ProjectTreeModel::FilePathRole).toString();
        if (QFileInfo(path).isFile())
            openFile(path);
    });

    auto *projectDock = new QDockWidget(tr("Project"), this);
    projectDock->setObjectName(QStringLiteral("ProjectDock"));
    projectDock->setWidget(projectPanel);
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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Sandbox Mesh"), this, [this] { openSandbox(false); });
    file->addAction(tr("&Reset Sandbox Mesh…"), this, [this] { openSandbox(true); });
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { (void)m_editors->saveCurrent(); });
    save->setShortcut(QKeySequence::Save);
    QAction *close = file->addAction(tr("&Close File"), this,
                                     [this] { m_editors->closeCurrent(); });
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    QAction *filter = view->addAction(tr("&Filter Files"), this, [this] {
        m_projectFilterEdit->setFocus();
        m_projectFilterEdit->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trellis"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openWorkspace(const QString &path)
{
    m_workspacePath = QDir::cleanPath(QDir(path).absolutePath());
    setWindowTitle(tr("%1 — Trellis").arg(QFileInfo(m_workspacePath).fileName()));
    m_statusSummary->setText(tr("Loading…"));
    m_loader->load(m_workspacePath);
}

void MainWindow::showWorkspace(const WorkspaceSnapshot &snapshot)
{
    m_projectModel->setProjects(snapshot.projects);
    for (int row = 0; row < m_projectFilter->rowCount(); ++row)
        m_projectView->expand(m_projectFilter->index(row, 0));
    m_problemsModel->setDiagnostics(snapshot.manifest->diagnostics, snapshot.rootPath);
    m_lineage->setManifest(snapshot.manifest);

    QStringList names;
    for (const Widgets::ProjectListing &project : snapshot.projects)
        names.append(project.name.toHtmlEscaped());
    m_statusSummary->setText(tr("Projects: %1 · Models: %2 · Problems: %3 · Parsed in %4 ms")
                                 .arg(snapshot.projects.size())
                                 .arg(snapshot.manifest->count(Core::ResourceType::Model))
                                 .arg(snapshot.manifest->diagnostics.size())
                                 .arg(snapshot.elapsedMs));
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

void MainWindow::openFile(const QString &path, int line)
{
    Core::Result<Widgets::CodeEditor *> editor = m_editors->openFile(path);
    if (!editor) {
        QMessageBox::warning(this, tr("Cannot open the file"), editor.error().toString());
        return;
    }
    if (line > 0)
        (*editor)->setCursorPosition(line - 1, 0);
    (*editor)->setFocus();
}

void MainWindow::chooseWorkspace()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Workspace"),
                                                             m_workspacePath);
    if (!folder.isEmpty() && m_editors->closeAll())
        openWorkspace(folder);
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
    if (m_editors->closeAll())
        event->accept();
    else
        event->ignore();
}

} // namespace Trellis::App
