#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/recentworkspaces.h"
#include "app/settingsdialog.h"
#include "app/statusindicators.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/editor/editortab.h"
#include "widgets/projecttree/projectexplorer.h"
#include "widgets/projecttree/projecttreemodel.h"
#include "widgets/quickopen/fuzzypopup.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using Trellis::App::MainWindow;
using Trellis::Widgets::ProjectTreeModel;

namespace {
const QString kWorkspace = QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/discovery");
// Read, never written: the tests open files and move cursors but do not save.
const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
const QString kDimPlans = kSandbox + QStringLiteral("/platform/models/marts/core/dim_plans.sql");
const QString kFctRides = kSandbox + QStringLiteral("/platform/models/marts/fleet/fct_rides.sql");
const QString kChannelRoi = kSandbox + QStringLiteral("/marketing/models/marts/growth/fct_channel_roi.sql");

bool load(MainWindow &window, const QString &workspace)
{
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(workspace);
    window.show();
    // The workspace may finish loading while the window is being exposed: count that too.
    return QTest::qWaitForWindowExposed(&window) && (!loaded.isEmpty() || loaded.wait(20'000));
}

int cursorLine(const Trellis::Widgets::EditorTab *tab)
{
    int line = 0;
    int index = 0;
    tab->editor()->getCursorPosition(&line, &index);
    return line;
}

QModelIndex findRow(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
    }
    return {};
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingAPrivateRefShowsTheAccessErrorLive()
    {
        MainWindow window;
        window.setSessionsEnabled(false);
        QVERIFY(load(window, kSandbox));
        auto *problems = window.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"))->findChild<QTreeView *>();
        QVERIFY(problems);
        QCOMPARE(problems->model()->rowCount(), 0);

        window.openFile(kFctRides, 1);
        QTRY_VERIFY(window.findChild<Trellis::Widgets::EditorArea *>()->currentEditor());
        Trellis::Widgets::CodeEditor *editor = window.findChild<Trellis::Widgets::EditorArea *>()->currentEditor();
        // fct_rides is in the fleet_operations group; int_member_ride_stats is private to
        // core_entities. The edit is never saved: the sandbox stays as it is.
        const QString original = editor->text();
        editor->append(QStringLiteral("\nleft join {{ ref('int_member_ride_stats') }} using (member_id)\n"));
        const auto accessError = [&] {
            for (int row = 0; row < problems->model()->rowCount(); ++row) {
                if (problems->model()->index(row, 3).data().toString() == QLatin1String("TRL0201"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(accessError(), 10'000);

        // Taking the ref out again takes the finding away.
        editor->setText(original);
        QTRY_COMPARE_WITH_TIMEOUT(problems->model()->rowCount(), 0, 10'000);
        editor->setModified(false);
    }

    void opensWithDocksAndProjects()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(kWorkspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10'000);

        QStringList docks;
        for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (dock->isVisible())
                docks.append(dock->objectName());
        }
        docks.sort();
        QCOMPARE(docks, QStringList({QStringLiteral("LineageDock"), QStringLiteral("NodeDetailsDock"),
                                     QStringLiteral("ProblemsDock"), QStringLiteral("ProjectDock")}));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("discovery")));

        const QAbstractItemModel *tree = window.projectTree()->model();
        QCOMPARE(tree->rowCount(), 3);
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("alpha"));

        // The broken dbt_project.yml of the fixture is listed once, with its line.
        auto *problems = window.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"))->findChild<QTreeView *>();
        QVERIFY(problems);
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(problems->model()->index(0, 2).data().toString(), QStringLiteral("broken/dbt_project.yml:5"));
    }

    void opensAFileFromTheTree()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(kWorkspace);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10'000);

        QTreeView *view = window.projectTree();
        const QModelIndex alpha = findRow(view->model(), {}, QStringLiteral("alpha"));
        const QModelIndex models = findRow(view->model(), alpha, QStringLiteral("models"));
        const QModelIndex file = findRow(view->model(), models, QStringLiteral("one.sql"));
        QVERIFY(file.isValid());
        Q_EMIT view->activated(file);

        QCOMPARE(window.editorArea()->openFileCount(), 1);
        QCOMPARE(window.editorArea()->currentFilePath(),
                 kWorkspace + QStringLiteral("/alpha/models/one.sql"));
        QCOMPARE(window.editorArea()->currentEditor()->text(), QStringLiteral("select 1 as id\n"));
    }

    void filtersTheTree()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(kWorkspace);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10'000);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("ProjectFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("two.sql"));
        const QAbstractItemModel *tree = window.projectTree()->model();
        QCOMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("beta"));
    }

    void quickOpenFindsANodeOfAnotherProject()
    {
        MainWindow window;
        window.setSessionsEnabled(false);
        QVERIFY(load(window, kSandbox));
        window.openFile(kDimPlans);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(window.editorArea()->currentEditor(), Qt::Key_P, Qt::ControlModifier);
        Trellis::Widgets::FuzzyPopup *popup = window.quickOpen();
        QVERIFY(popup->isVisible());
        QVERIFY(popup->filterEdit()->hasFocus());
        // Only the node's unique id has a dot between the project and the name.
        QTest::keyClicks(popup->filterEdit(), QStringLiteral("marketing.fct_chan"));
        QCOMPARE(popup->listView()->currentIndex().data().toString(), QStringLiteral("fct_channel_roi"));
        QTest::keyClick(popup->filterEdit(), Qt::Key_Return);

        QVERIFY(!popup->isVisible());
        QCOMPARE(window.editorArea()->currentFilePath(), kChannelRoi);
        QCOMPARE(window.statusIndicators()->projectText(), QStringLiteral("Project: marketing"));
        QCOMPARE(window.statusIndicators()->nodeText(), QStringLiteral("model.marketing.fct_channel_roi"));
    }

    void quickOpenGoesToTheLineOfAYamlNode()
    {
        MainWindow window;
        window.setSessionsEnabled(false);
        QVERIFY(load(window, kSandbox));
        window.quickOpen()->popup();
        QTest::keyClicks(window.quickOpen()->filterEdit(), QStringLiteral("exposure.finance"));
        QVERIFY(window.quickOpen()->listView()->model()->rowCount() > 0);
        QTest::keyClick(window.quickOpen()->filterEdit(), Qt::Key_Return);
        QVERIFY(window.editorArea()->currentFilePath().endsWith(QStringLiteral("finance/models/exposures.yml")));
        QVERIFY(cursorLine(window.editorArea()->currentTab()) > 0);
    }

    void commandPaletteTriggersAnAction()
    {
        MainWindow window;
        window.setSessionsEnabled(false);
        QVERIFY(load(window, kSandbox));
        window.openFile(kDimPlans);
        QCOMPARE(window.editorArea()->openFileCount(), 1);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(window.editorArea()->currentEditor(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        Trellis::Widgets::FuzzyPopup *palette = window.commandPalette();
        QVERIFY(palette->isVisible());
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("close file"));
        const QModelIndex best = palette->listView()->currentIndex();
        QCOMPARE(best.data().toString(), QStringLiteral("File › Close File"));
        QCOMPARE(best.data(Trellis::Widgets::FuzzyListModel::DetailRole).toString(),
                 QKeySequence(QKeySequence::Close).toString(QKeySequence::NativeText));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QCOMPARE(window.editorArea()->openFileCount(), 0);
    }

    void sessionRestoreReopensTabsWithCursorPositions()
    {
        QSettings().remove(QStringLiteral("sessions"));
        {
            MainWindow window;
            QVERIFY(load(window, kSandbox));
            window.openFile(kFctRides, 20);
            window.openFile(kDimPlans, 5);
            window.editorArea()->splitCurrent();
            window.openFile(kChannelRoi, 30);
            window.openFile(kFctRides); // the current file, in the first group
            QCOMPARE(window.editorArea()->groupOf(window.editorArea()->tabOfFile(kDimPlans)), 1);
            QCOMPARE(window.editorArea()->groupOf(window.editorArea()->tabOfFile(kChannelRoi)), 1);
            window.close();
        }
        MainWindow window;
        QVERIFY(load(window, kSandbox));
        Trellis::Widgets::EditorArea *editors = window.editorArea();
        QCOMPARE(editors->openFileCount(), 3);
        QCOMPARE(editors->groupCount(), 2);
        QCOMPARE(editors->currentFilePath(), kFctRides);
        QCOMPARE(cursorLine(editors->tabOfFile(kFctRides)), 19);
        QCOMPARE(cursorLine(editors->tabOfFile(kDimPlans)), 4);
        QCOMPARE(cursorLine(editors->tabOfFile(kChannelRoi)), 29);
        QCOMPARE(editors->groupOf(editors->tabOfFile(kDimPlans)), 1);
        QCOMPARE(editors->groupOf(editors->tabOfFile(kChannelRoi)), 1);
        QVERIFY(Trellis::App::RecentWorkspaces().paths().startsWith(kSandbox));
        window.setSessionsEnabled(false);
    }

    void shortcutsComeFromTheSettings()
    {
        QSettings().setValue(QStringLiteral("shortcuts/QuickOpen"), QStringLiteral("Ctrl+Alt+O"));
        MainWindow window;
        QSettings().remove(QStringLiteral("shortcuts/QuickOpen"));
        auto *quickOpen = window.findChild<QAction *>(QStringLiteral("QuickOpen"));
        QVERIFY(quickOpen);
        QCOMPARE(quickOpen->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+O")));
        auto *save = window.findChild<QAction *>(QStringLiteral("Save"));
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    }

    void projectTreeOffersNodeActions()
    {
        MainWindow window;
        window.setSessionsEnabled(false);
        QVERIFY(load(window, kSandbox));
        Trellis::Widgets::ProjectExplorer *explorer = window.projectExplorer();
        explorer->reveal(kDimPlans);
        const QModelIndex row = window.projectTree()->currentIndex();
        QCOMPARE(row.data().toString(), QStringLiteral("dim_plans.sql"));
        QCOMPARE(row.data(ProjectTreeModel::UniqueIdRole).toString(), QStringLiteral("model.platform.dim_plans"));

        std::unique_ptr<QMenu> menu(explorer->createContextMenu(row));
        QHash<QString, QAction *> actions;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                actions.insert(action->text().remove(QLatin1Char('&')), action);
        }
        QCOMPARE(actions.size(), 5);
        QVERIFY(actions.contains(QStringLiteral("Reveal in File Manager")));
        QSignalSpy preview(&window, &MainWindow::previewRequested);
        actions.value(QStringLiteral("Preview"))->trigger();
        QCOMPARE(preview.value(0).value(0).toString(), QStringLiteral("model.platform.dim_plans"));
        actions.value(QStringLiteral("Copy Unique ID"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("model.platform.dim_plans"));
        window.editorArea()->closeAll();
        actions.value(QStringLiteral("Open"))->trigger();
        QCOMPARE(window.editorArea()->currentFilePath(), kDimPlans);

        // By group: the project's groups, each with its models.
        auto *grouping = explorer->findChild<QComboBox *>();
        grouping->setCurrentIndex(grouping->findData(int(ProjectTreeModel::Grouping::ByGroup)));
        const QAbstractItemModel *tree = window.projectTree()->model();
        const QModelIndex platform = findRow(tree, {}, QStringLiteral("platform"));
        QVERIFY(tree->rowCount(platform) > 0);
        const QModelIndex group = tree->index(0, 0, platform);
        QVERIFY(tree->rowCount(group) > 0);
        QVERIFY(tree->index(0, 0, group).data(ProjectTreeModel::UniqueIdRole).toString().startsWith(QStringLiteral("model.platform.")));
    }

    // Last: it changes the application's palette.
    void settingsDialogStoresAndAppliesTheChoices()
    {
        MainWindow window;
        window.findChild<QAction *>(QStringLiteral("Settings"))->trigger();
        auto *dialog = window.findChild<Trellis::App::SettingsDialog *>();
        QVERIFY(dialog);
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("Theme"));
        theme->setCurrentIndex(theme->findData(int(Trellis::App::ThemeChoice::Dark)));
        dialog->findChild<QSpinBox *>(QStringLiteral("PreviewRowLimit"))->setValue(1000);
        dialog->accept();
        QCOMPARE(Trellis::App::AppSettings::theme(), Trellis::App::ThemeChoice::Dark);
        QCOMPARE(Trellis::App::AppSettings::previewRowLimit(), 1000);
        QVERIFY(Trellis::App::Theme::isDark(QApplication::palette()));
        QSettings().remove(QStringLiteral("appearance"));
        QSettings().remove(QStringLiteral("preview"));
        QCOMPARE(Trellis::App::AppSettings::previewRowLimit(), 500);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
