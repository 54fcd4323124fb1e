#include "app/mainwindow.h"
#include "app/workspacerunpanels.h"
#include "widgets/compiledsql/compiledsqlpanel.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/preview/previewpanel.h"
#include "widgets/preview/previewtablemodel.h"
#include "widgets/problems/problemsmodel.h"
#include "testsupport/copyfolder.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using Trellis::App::MainWindow;
using Trellis::App::WorkspaceRunPanels;
using Trellis::Widgets::PreviewPanel;

namespace {

// The grid's cells as text, row by row ("NULL" for NULL).
QList<QStringList> gridRows(const QTableView *grid)
{
    QList<QStringList> rows;
    const QAbstractItemModel *model = grid->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells);
    }
    return rows;
}

QStringList headers(const QTableView *grid)
{
    QStringList names;
    for (int column = 0; column < grid->model()->columnCount(); ++column)
        names.append(grid->model()->headerData(column, Qt::Horizontal).toString());
    return names;
}

} // namespace

// The window's preview, compiled SQL and build & test on a copy of the sandbox mesh, with a
// workspace database of the test's own (XDG_CACHE_HOME is private to each test).
class TestWorkspaceRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_copy;
    QString m_root;
    QString dimPlans() const { return m_root + QStringLiteral("/platform/models/marts/core/dim_plans.sql"); }

    bool load(MainWindow &window)
    {
        window.setSessionsEnabled(false);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(m_root);
        window.resize(1400, 900);
        window.show();
        return QTest::qWaitForWindowExposed(&window) && loaded.wait(30'000);
    }

    Trellis::Widgets::CodeEditor *openModel(MainWindow &window, const QString &path)
    {
        window.openFile(path, 1);
        Trellis::Widgets::CodeEditor *editor = nullptr;
        static_cast<void>(QTest::qWaitFor([&] {
            editor = window.editorArea()->currentEditor();
            return editor && !editor->text().isEmpty();
        }, 10'000));
        return editor;
    }

    // Ctrl+Enter in the editor, once the live mesh has a manifest for the runner.
    static void pressPreview(Trellis::Widgets::CodeEditor *editor)
    {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_copy.isValid());
        m_root = m_copy.filePath(QStringLiteral("sandbox"));
        QVERIFY(Trellis::Tests::copyFolder(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"), m_root));
        // A test that fails on purpose: only one of the plans is PAYG.
        QFile yaml(m_root + QStringLiteral("/platform/models/marts/core/_core__models.yml"));
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(yaml.readAll()).split(QLatin1Char('\n'));
        yaml.close();
        QCOMPARE(lines.value(94), QStringLiteral("          - unique"));
        lines.insert(95, QStringLiteral("          - accepted_values:"));
        lines.insert(96, QStringLiteral("              values: ['PAYG']"));
        QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
        yaml.write(lines.join(QLatin1Char('\n')).toUtf8());
    }

    void ctrlEnterPreviewsTheModelsRows()
    {
        MainWindow window;
        QVERIFY(load(window));
        Trellis::Widgets::CodeEditor *editor = openModel(window, dimPlans());
        QVERIFY(editor);
        PreviewPanel *panel = window.runPanels()->previewPanel();
        QVERIFY(!window.runPanels()->previewDock()->isVisible());
        pressPreview(editor);
        QTRY_VERIFY_WITH_TIMEOUT(window.runPanels()->previewDock()->isVisible(), 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains(QStringLiteral("row")) && !panel->isBusy(),
                                 60'000);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("5 row(s) in ")),
                 qPrintable(panel->statusText()));

        const QStringList names = headers(panel->tableView());
        QCOMPARE(names.value(0).section(QLatin1Char('\n'), 0, 0), QStringLiteral("plan_code"));
        QCOMPARE(names.value(3).section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("monthly_fee_cents"));
        QVERIFY2(names.value(3).contains(QStringLiteral("INTEGER")), qPrintable(names.value(3)));
        const QList<QStringList> rows = gridRows(panel->tableView());
        QCOMPARE(rows.size(), 5);
        const auto flex = std::find_if(rows.begin(), rows.end(), [](const QStringList &row) {
            return row.value(0) == QLatin1String("FLEX30");
        });
        QVERIFY(flex != rows.end());
        QCOMPARE(flex->value(1), QStringLiteral("Flex 30"));
        QCOMPARE(flex->value(3), QStringLiteral("1490"));
        // retired_on is empty in the seed for a plan still offered: a NULL, shown as such.
        QCOMPARE(flex->value(8), QStringLiteral("NULL"));

        // For a look by eye: TRELLIS_PREVIEW_SCREENSHOT=/tmp/preview.png.
        if (const QString shot = qEnvironmentVariable("TRELLIS_PREVIEW_SCREENSHOT"); !shot.isEmpty())
            window.grab().save(shot);

        // Sorting by the fee puts the free plan first; Ctrl+C copies the selection as TSV.
        panel->tableView()->sortByColumn(3, Qt::AscendingOrder);
        QCOMPARE(gridRows(panel->tableView()).value(0).value(0), QStringLiteral("PAYG"));
        panel->tableView()->selectRow(0);
        QTest::keyClick(panel->tableView(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("plan_code\tplan_name\t")), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\nPAYG\tPay as you go\tnone\t0\t")),
                 qPrintable(copied));

        // Export writes every row as CSV, NULL as an empty field.
        const QString csvPath = m_copy.filePath(QStringLiteral("plans.csv"));
        QVERIFY(panel->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList csvLines = QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(csvLines.size(), 6);
        QVERIFY(csvLines.contains(QStringLiteral("FLEX30,Flex 30,monthly,1490,14.9,300,15,2024-04-15,,1")));
    }

    void previewsTheCteUnderTheCaret()
    {
        MainWindow window;
        QVERIFY(load(window));
        Trellis::Widgets::CodeEditor *editor = openModel(window, dimPlans());
        QVERIFY(editor);
        editor->setText(QStringLiteral(
            "with paid as (\n    select plan_code from {{ ref('stg_bikeshare_app__plans') }}\n"
            "    where monthly_fee_cents > 2000\n)\nselect count(*) as n from paid\n"));
        editor->setCursorPosition(2, 8); // inside the CTE's body
        pressPreview(editor);
        PreviewPanel *panel = window.runPanels()->previewPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains(QStringLiteral("row")) && !panel->isBusy(),
                                 60'000);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        QList<QStringList> rows = gridRows(panel->tableView());
        QStringList codes;
        for (const QStringList &row : rows)
            codes.append(row.value(0));
        codes.sort();
        QCOMPARE(codes, QStringList({QStringLiteral("CARGO_PLUS"), QStringLiteral("COMMUTER")}));
        editor->setModified(false);
    }

    void cancellingALongQuerySaysCancelled()
    {
        MainWindow window;
        QVERIFY(load(window));
        Trellis::Widgets::CodeEditor *editor = openModel(window, dimPlans());
        QVERIFY(editor);
        // Unsaved text is what runs; this one never ends.
        editor->setText(QStringLiteral("with recursive r(n) as (select 1 union all select n + 1 "
                                       "from r)\nselect count(*) as n from r\n"));
        editor->setCursorPosition(1, 0);
        pressPreview(editor);
        PreviewPanel *panel = window.runPanels()->previewPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText() == QStringLiteral("Running…"), 60'000);
        QTest::qWait(300);
        QVERIFY(panel->isBusy());
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("PreviewCancel"));
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().startsWith(QStringLiteral("Cancelled")), 5'000);
        QVERIFY(!panel->isBusy());
        editor->setModified(false);
    }

    void aQueryErrorPointsAtTheModelLine()
    {
        MainWindow window;
        QVERIFY(load(window));
        Trellis::Widgets::CodeEditor *editor = openModel(window, dimPlans());
        QVERIFY(editor);
        editor->setText(QStringLiteral("select\n    plan_code,\n    nosuchfunction(plan_name) as x\n"
                                       "from {{ ref('stg_bikeshare_app__plans') }}\n"));
        pressPreview(editor);
        PreviewPanel *panel = window.runPanels()->previewPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->errorText().isEmpty(), 60'000);
        QVERIFY2(panel->errorText().startsWith(QStringLiteral("dim_plans.sql:3: ")),
                 qPrintable(panel->errorText()));
        QVERIFY2(panel->errorText().contains(QStringLiteral("nosuchfunction")),
                 qPrintable(panel->errorText()));
        editor->setModified(false);
    }

    void compiledSqlFollowsTyping()
    {
        MainWindow window;
        QVERIFY(load(window));
        QAction *show = window.findChild<QAction *>(QStringLiteral("CompiledSqlDockToggle"));
        QVERIFY(show);
        show->trigger();
        Trellis::Widgets::CodeEditor *editor = openModel(window, dimPlans());
        QVERIFY(editor);
        Trellis::Widgets::CompiledSqlPanel *compiled = window.runPanels()->compiledSqlPanel();
        // ref() becomes the relation; the macro becomes SQL.
        QTRY_VERIFY_WITH_TIMEOUT(compiled->sql().contains(QStringLiteral("\"stg_bikeshare_app__plans\"")),
                                 30'000);
        QVERIFY(!compiled->sql().contains(QStringLiteral("{{")));
        QVERIFY(compiled->editor()->isReadOnly());

        editor->setCursorPosition(2, 0);
        editor->insert(QStringLiteral("    'typed' as typed_here,\n"));
        QTRY_VERIFY_WITH_TIMEOUT(compiled->sql().contains(QStringLiteral("'typed' as typed_here")),
                                 10'000);

        // A Jinja error shows instead, with the model's file.
        editor->insert(QStringLiteral("    {{ ref( }}\n"));
        QTRY_VERIFY_WITH_TIMEOUT(compiled->headerText().contains(QStringLiteral("dim_plans.sql")),
                                 10'000);
        editor->setModified(false);
    }

    void buildAndTestShowsTheFailingTestAtItsYamlLine()
    {
        MainWindow window;
        QVERIFY(load(window));
        Trellis::Widgets::CodeEditor *editor = openModel(window, dimPlans());
        QVERIFY(editor);
        QSignalSpy statuses(&window, &MainWindow::testStatusesChanged);
        QSignalSpy built(window.runPanels(), &WorkspaceRunPanels::buildFinished);
        QAction *build = window.findChild<QAction *>(QStringLiteral("BuildAndTestModel"));
        QVERIFY(build);
        // The live mesh must have handed over its manifest first.
        QTRY_VERIFY_WITH_TIMEOUT(window.runPanels()->runner()->manifest() != nullptr, 10'000);
        build->trigger();
        QVERIFY(built.wait(120'000));

        const QString yaml = m_root + QStringLiteral("/platform/models/marts/core/_core__models.yml");
        auto *problems = window.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"))
                             ->findChild<QTreeView *>();
        const auto *model = static_cast<const Trellis::Widgets::ProblemsModel *>(problems->model());
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Trellis::Core::Diagnostic &d = model->diagnostic(row);
            if (d.code == QLatin1String("TRL0503") && d.file == yaml) {
                QCOMPARE(d.line, 96);
                QVERIFY2(d.message.contains(QStringLiteral("accepted_values")), qPrintable(d.message));
                found = true;
            }
        }
        QVERIFY(found);
        // The model's editor shows it too.
        QVERIFY(!editor->diagnosticMessage(0).isEmpty());
        QVERIFY(statuses.count() >= 1);
        const auto latest = statuses.last().at(0)
                                .value<std::shared_ptr<const QHash<QString, Trellis::Core::TestStatus>>>();
        QVERIFY(latest);
        QCOMPARE(latest->value(QStringLiteral("model.platform.dim_plans")),
                 Trellis::Core::TestStatus::Fail);

        // A live update (an edit elsewhere) keeps the build's findings.
        editor->insert(QStringLiteral("-- still here\n"));
        QTest::qWait(1500);
        bool kept = false;
        for (int row = 0; row < model->rowCount(); ++row)
            kept = kept || model->diagnostic(row).code == QLatin1String("TRL0503");
        QVERIFY(kept);
        editor->setModified(false);
    }
};

QTEST_MAIN(TestWorkspaceRun)
#include "tst_workspacerun.moc"
