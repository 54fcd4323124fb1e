#include "app/mainwindow.h"
#include "core/graph/manifestbuilder.h"
#include "widgets/nodedetails/nodedetails.h"
#include "widgets/projecttree/projecttreemodel.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using Trellis::App::MainWindow;
using Trellis::Widgets::NodeDetails;

namespace {
// Read, never written: the test opens a file but does not save.
const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
const QString kDimStations
    = kSandbox + QStringLiteral("/platform/models/marts/fleet/dim_stations.sql");

// Clicks the first place the document shows `text`, as a user clicks a link.
void clickText(QTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->setTextCursor(middle);
    browser->ensureCursorVisible();
    const QPoint at = browser->cursorRect(middle).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
}
} // namespace

class TestNodeDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The dock follows the editor: opening a model's file shows its columns and governance,
    // and a click on a parent shows the parent.
    void followsTheEditorAndItsParents()
    {
        MainWindow window;
        window.setSessionsEnabled(false);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(kSandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loaded.wait(20'000));
        auto *details = window.findChild<NodeDetails *>();
        QVERIFY(details);
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("NodeDetailsDock"))->isVisible());

        window.openFile(kDimStations);
        QTRY_COMPARE_WITH_TIMEOUT(details->uniqueId(), QStringLiteral("model.platform.dim_stations"),
                                  10'000);
        // Plain text puts each cell of the facts table on a line of its own.
        const QString text = details->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Access\npublic\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Contract\nenforced\n")));
        QVERIFY(text.contains(QStringLiteral("station_id integer\nconstraints: not_null, primary_key · "
                                                     "tests: unique, not_null\n")));
        QVERIFY(text.contains(QStringLiteral("city_code varchar\nconstraints: not_null, foreign_key")));
        QVERIFY(text.contains(QStringLiteral("Docking stations with location")));

        QSignalSpy shown(details, &NodeDetails::nodeShown);
        clickText(details->browser(), QStringLiteral("stg_bikeshare_app__stations"));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(details->uniqueId(), QStringLiteral("model.platform.stg_bikeshare_app__stations"));
        QVERIFY(details->browser()->toPlainText().startsWith(
            QStringLiteral("stg_bikeshare_app__stations")));
    }

    // Picking a node's file in the project tree shows that node.
    void followsTheProjectTree()
    {
        MainWindow window;
        window.setSessionsEnabled(false);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(kSandbox);
        QVERIFY(loaded.wait(20'000));
        auto *details = window.findChild<NodeDetails *>();
        const QAbstractItemModel *model = window.projectTree()->model();
        const QModelIndexList rows = model->match(
            model->index(0, 0), Trellis::Widgets::ProjectTreeModel::UniqueIdRole,
            QStringLiteral("model.platform.dim_plans"), 1, Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        window.projectTree()->setCurrentIndex(rows.front());
        QCOMPARE(details->uniqueId(), QStringLiteral("model.platform.dim_plans"));
    }

    // A version past its deprecation date is struck through; one before it is not.
    void deprecationDateIsStruckThroughWhenPast_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("struck");
        QTest::newRow("before") << QDate(2027, 6, 29) << false;
        QTest::newRow("after") << QDate(2027, 7, 1) << true;
    }

    void deprecationDateIsStruckThroughWhenPast()
    {
        QFETCH(QDate, today);
        QFETCH(bool, struck);
        NodeDetails details;
        details.setToday(today);
        details.setFacts(std::make_shared<const Trellis::Core::Manifest>(
                             Trellis::Core::ManifestBuilder::build(kSandbox)),
                         nullptr);
        details.showNode(QStringLiteral("model.platform.dim_members.v1"));
        QTextDocument *document = details.browser()->document();
        QVERIFY(!document->find(QStringLiteral("v1 of 2, latest is v2")).isNull());
        // The description (a doc block) mentions the date too; the row comes after its label.
        const QTextCursor label = document->find(QStringLiteral("Deprecation"));
        QVERIFY(!label.isNull());
        QTextCursor date = document->find(QStringLiteral("2027-06-30"), label);
        QVERIFY(!date.isNull());
        QCOMPARE(date.charFormat().fontStrikeOut(), struck);
    }
};

QTEST_MAIN(TestNodeDetails)
#include "tst_nodedetails.moc"
