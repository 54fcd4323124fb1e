#include "app/mainwindow.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/projecttree/projecttreemodel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using Trellis::App::MainWindow;
using Trellis::Widgets::ProjectTreeModel;

namespace {
const QString kWorkspace = QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/discovery");

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
        QCOMPARE(docks, QStringList({QStringLiteral("LineageDock"), QStringLiteral("ProblemsDock"),
                                     QStringLiteral("ProjectDock")}));
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
        auto *filter = window.findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(QStringLiteral("two.sql"));
        const QAbstractItemModel *tree = window.projectTree()->model();
        QCOMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("beta"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
