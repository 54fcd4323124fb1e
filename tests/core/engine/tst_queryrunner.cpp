#include "enginetest.h"

#include "core/engine/queryrunner.h"
#include "core/engine/workspacedatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Trellis::Core::QueryOptions;
using Trellis::Core::QueryOutcome;
using Trellis::Core::QueryPage;
using Trellis::Core::QueryRunner;
using Trellis::Core::WorkspaceDatabase;

namespace {

// Counts to a billion: minutes of work unless something stops it.
const QString kEndless = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
    "SELECT count(*) FROM c");

} // namespace

class TestQueryRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDatabase> m_workspace;

    // Waits for the finished() of token; fails the test after timeoutMs.
    static QueryOutcome waitFor(QSignalSpy &finished, quint64 token, int timeoutMs = 10'000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            for (const QList<QVariant> &arguments : std::as_const(finished)) {
                const auto outcome = arguments.at(0).value<QueryOutcome>();
                if (outcome.token == token)
                    return outcome;
            }
            if (timer.elapsed() > timeoutMs)
                return QueryOutcome { 0,  QueryOutcome::Status::Failed,
                                      0,  false,
                                      0,  -1,
                                      {}, { {}, 0, 0, QStringLiteral("timed out waiting") } };
            finished.wait(50);
        }
    }

    static QList<QueryPage> pagesOf(const QSignalSpy &pages)
    {
        QList<QueryPage> result;
        for (const QList<QVariant> &arguments : pages)
            result.append(arguments.at(0).value<QueryPage>());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace = WorkspaceDatabase::open(m_dir.filePath(QStringLiteral("workspace.db")));
        QVERIFY(workspace.ok());
        m_workspace = std::move(workspace).value();
        QVERIFY(m_workspace->ensureSchema(QStringLiteral("analytics")).ok());
        QVERIFY(
            m_workspace->connection()
                .execute(QStringLiteral(
                    "CREATE TABLE analytics.numbers(n INTEGER, label TEXT, price REAL, day DATE);"
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
                    "1000) "
                    "INSERT INTO analytics.numbers SELECT x, 'n' || x, x / 4.0, date('2024-01-01', "
                    "'+' || (x % 28) || ' days') FROM c;"))
                .ok());
    }

    void limitsAndPages()
    {
        QueryRunner runner(*m_workspace);
        QSignalSpy pages(&runner, &QueryRunner::pageReady);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        const quint64 token = runner.run(QStringLiteral("select * from analytics.numbers"));
        const QueryOutcome outcome = waitFor(finished, token);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Completed));
        QCOMPARE(outcome.rowCount, 500);
        QVERIFY(outcome.truncated);
        QVERIFY(outcome.firstPageMs >= 0);
        const QList<QueryPage> received = pagesOf(pages);
        QCOMPARE(received.size(), 5);
        qint64 expectedFirst = 0;
        for (const QueryPage &page : received) {
            QCOMPARE(page.token, token);
            QCOMPARE(page.firstRow, expectedFirst);
            expectedFirst += page.rows.size();
        }
        QCOMPARE(expectedFirst, 500);
        QCOMPARE(received.first().columns.size(), 4);
        QCOMPARE(received.at(1).columns.size(), 0);
        QCOMPARE(received.first().rows.first().at(0).toLongLong(), 1);
        QCOMPARE(received.first().rows.first().at(1).toString(), QStringLiteral("n1"));

        // Declared types come from the table, inferred ones from the values.
        QCOMPARE(outcome.columns.at(0).name, QStringLiteral("n"));
        QCOMPARE(outcome.columns.at(0).declaredType, QStringLiteral("INTEGER"));
        QCOMPARE(outcome.columns.at(0).inferredType, QStringLiteral("INTEGER"));
        QCOMPARE(outcome.columns.at(2).inferredType, QStringLiteral("REAL"));
        QCOMPARE(outcome.columns.at(3).declaredType, QStringLiteral("DATE"));
        QCOMPARE(outcome.columns.at(3).inferredType, QStringLiteral("DATE"));
    }

    void keepsTheQuerysOwnOrderAndLimit()
    {
        QueryRunner runner(*m_workspace);
        QSignalSpy pages(&runner, &QueryRunner::pageReady);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        const quint64 token = runner.run(QStringLiteral(
            "select n from analytics.numbers order by n desc limit 3; -- the top three\n"));
        const QueryOutcome outcome = waitFor(finished, token);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Completed));
        QCOMPARE(outcome.rowCount, 3);
        QVERIFY(!outcome.truncated);
        const QList<QueryPage> received = pagesOf(pages);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().rows.at(0).at(0).toLongLong(), 1000);
        QCOMPARE(received.first().rows.at(2).at(0).toLongLong(), 998);
    }

    void emptyResultStillDeliversColumns()
    {
        QueryRunner runner(*m_workspace);
        QSignalSpy pages(&runner, &QueryRunner::pageReady);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        const quint64 token
            = runner.run(QStringLiteral("select n, label from analytics.numbers where n < 0"));
        const QueryOutcome outcome = waitFor(finished, token);
        QCOMPARE(outcome.rowCount, 0);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pagesOf(pages).first().columns.size(), 2);
        QCOMPARE(outcome.columns.at(1).inferredType, QStringLiteral("NULL"));
    }

    void rewritesWarehouseSql()
    {
        QueryRunner runner(*m_workspace);
        QSignalSpy pages(&runner, &QueryRunner::pageReady);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        const quint64 token
            = runner.run(QStringLiteral("select '2024-01-31'::date as d, left(label, 1) as l, "
                                        "datediff(day, day, '2024-02-01') as gap "
                                        "from analytics.numbers where n = 1"));
        const QueryOutcome outcome = waitFor(finished, token);
        QVERIFY2(outcome.status == QueryOutcome::Status::Completed,
                 qPrintable(outcome.error.message));
        const QVariantList row = pagesOf(pages).first().rows.first();
        QCOMPARE(row.at(0).toString(), QStringLiteral("2024-01-31"));
        QCOMPARE(row.at(1).toString(), QStringLiteral("n"));
        QCOMPARE(row.at(2).toLongLong(), 30);
    }

    void cancelsQuickly()
    {
        QueryRunner runner(*m_workspace);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        const quint64 token = runner.run(kEndless);
        QTest::qWait(300); // let it get going
        QVERIFY(finished.isEmpty());
        QElapsedTimer timer;
        timer.start();
        runner.cancel();
        const QueryOutcome outcome = waitFor(finished, token);
        const qint64 stoppedMs = timer.elapsed();
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Cancelled));
        QVERIFY2(stoppedMs < 100, qPrintable(QStringLiteral("took %1 ms").arg(stoppedMs)));
    }

    void stopsRunawayQueries()
    {
        QueryRunner runner(*m_workspace);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        QueryOptions options;
        options.timeLimitMs = 200;
        const quint64 token = runner.run(kEndless, options);
        const QueryOutcome outcome = waitFor(finished, token);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::TimedOut));
        QVERIFY(outcome.elapsedMs >= 190 && outcome.elapsedMs < 1000);
        QVERIFY(outcome.error.message.contains(QStringLiteral("0.2 s")));
    }

    void newerRequestWins()
    {
        QueryRunner runner(*m_workspace);
        QSignalSpy pages(&runner, &QueryRunner::pageReady);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        const quint64 slow = runner.run(kEndless);
        QTest::qWait(100);
        const quint64 queued = runner.run(QStringLiteral("select 'queued'"));
        const quint64 latest = runner.run(QStringLiteral("select 'latest'"));
        QVERIFY(slow < queued && queued < latest);
        const QueryOutcome outcome = waitFor(finished, latest);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Completed));
        QTest::qWait(100);
        // Nothing of the superseded requests reaches the user.
        QCOMPARE(finished.size(), 1);
        for (const QueryPage &page : pagesOf(pages))
            QCOMPARE(page.token, latest);
        QCOMPARE(pagesOf(pages).first().rows.first().first().toString(), QStringLiteral("latest"));
    }

    void reportsErrorPositions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such column") << "select n,\n  label,\n  nosuch\nfrom analytics.numbers"
                                        << 3 << 3 << "no such column: nosuch";
        QTest::newRow("syntax") << "select n +\nfrom analytics.numbers" << 2 << 1 << "syntax error";
        QTest::newRow("after a rewritten cast")
            << "select n::int, 'é'::text,\n  1 +* 2 from analytics.numbers" << 2 << 6
            << "syntax error";
        // SQLite 3.40 gives no offset for a missing table.
        QTest::newRow("no such table")
            << "-- first line\nselect * from analytics.missing" << 0 << 0 << "no such table";
        QTest::newRow("refused") << "select load_extension('x')" << 1 << 8
                                 << "Trellis refused load_extension()";
        QTest::newRow("not a query")
            << "delete from analytics.numbers" << 1 << 1 << "a preview runs a query";
        QTest::newRow("runtime error")
            << "select to_date('soon')" << 0 << 0 << "to_date(): 'soon' is not a date";
    }
    void reportsErrorPositions()
    {
        QFETCH(QString, query);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QueryRunner runner(*m_workspace);
        QSignalSpy finished(&runner, &QueryRunner::finished);
        const QueryOutcome outcome = waitFor(finished, runner.run(query));
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Failed));
        QVERIFY2(outcome.error.message.contains(message), qPrintable(outcome.error.message));
        QCOMPARE(outcome.error.line, line);
        QCOMPARE(outcome.error.column, column);
    }

    void destroysWhileRunning()
    {
        QElapsedTimer timer;
        timer.start();
        {
            QueryRunner runner(*m_workspace);
            runner.run(kEndless);
            QTest::qWait(100);
        }
        QVERIFY(timer.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"
