// core/engine benchmark: a 1,000,000-row seed, a three-model chain over it, a preview and a
// cancel, each beside the sqlite3 shell doing the same work on the same machine in the same run.
// Prints medians. Usage: bench_engine [runs=5] [rows=1000000]

#include "core/engine/queryrunner.h"
#include "core/engine/relationname.h"
#include "core/engine/seedloader.h"
#include "core/engine/sqlauthorizer.h"
#include "core/engine/workspacedatabase.h"

#include "benchsqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace Trellis::Core;
using namespace Trellis::Bench;

namespace {

const char *const kModels[][2] = {
    { "m_filtered", "SELECT * FROM %1.seed WHERE amount > 100 AND parent IS NOT NULL" },
    { "m_daily",
      "SELECT day, count(*) AS n, sum(amount) AS total, max(created_at) AS last_at "
      "FROM %2.m_filtered GROUP BY day" },
    { "m_joined",
      "SELECT f.id, f.name, f.amount, d.total, f.amount / d.total AS share "
      "FROM %2.m_filtered f JOIN %2.m_daily d ON d.day = f.day" },
};
const char *const kPreviewModel
    = "SELECT f.id, f.name, f.amount, d.total, f.amount / d.total AS share "
      "FROM %2.m_filtered f JOIN %2.m_daily d ON d.day = f.day";
const char *const kEndless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                             "WHERE x < 1000000000) SELECT count(*) FROM c";

QString model(const char *sql, const QString &raw, const QString &analytics)
{
    // Not arg(): a template may use only one of the two placeholders.
    return QString::fromLatin1(sql)
        .replace(QLatin1String("%1"), raw)
        .replace(QLatin1String("%2"), analytics);
}

// Waits for the runner's finished() of token; returns the outcome and the wall time to the first
// page (from the run() call).
struct PreviewTiming
{
    QueryOutcome outcome;
    double firstPageMs = -1;
    double finishedMs = -1;
};

PreviewTiming preview(QueryRunner &runner, const QString &sql, bool cancelAfter200ms = false)
{
    PreviewTiming timing;
    QEventLoop loop;
    QElapsedTimer timer;
    quint64 token = 0;
    auto pageConnection
        = QObject::connect(&runner, &QueryRunner::pageReady, [&](const QueryPage &page) {
              if (page.token == token && timing.firstPageMs < 0)
                  timing.firstPageMs = timer.nsecsElapsed() / 1e6;
          });
    QElapsedTimer cancelTimer;
    auto doneConnection
        = QObject::connect(&runner, &QueryRunner::finished, [&](const QueryOutcome &outcome) {
              if (outcome.token != token)
                  return;
              timing.outcome = outcome;
              timing.finishedMs = (cancelAfter200ms ? cancelTimer : timer).nsecsElapsed() / 1e6;
              loop.quit();
          });
    timer.start();
    token = runner.run(sql);
    if (cancelAfter200ms) {
        QTimer::singleShot(200, [&] {
            cancelTimer.start();
            runner.cancel();
        });
    }
    loop.exec();
    QObject::disconnect(pageConnection);
    QObject::disconnect(doneConnection);
    return timing;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const qint64 rows = argc > 2 ? std::max(10LL, std::atoll(argv[2])) : 1'000'000;

    QTemporaryDir dir;
    QElapsedTimer genTimer;
    genTimer.start();
    const QString csv = writeCsv(dir.filePath(QStringLiteral("seed.csv")), rows);
    std::printf("generated %lld rows (%.1f MB) in %lld ms; %d runs; SQLite %s\n", rows,
                QFile(csv).size() / 1e6, genTimer.elapsed(), runs, sqlite3_libversion());

    std::map<std::string, std::vector<double>> trellis, shell;
    for (int run = 0; run < runs; ++run) {
        // Trellis: workspace, seed, models under the authorizer, preview, cancel.
        const QString wsDir = dir.filePath(QStringLiteral("ws%1").arg(run));
        auto workspace = WorkspaceDatabase::open(wsDir + QStringLiteral("/workspace.db"));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        WorkspaceDatabase &ws = **workspace;
        if (!ws.ensureSchema(QStringLiteral("raw"))
            || !ws.ensureSchema(QStringLiteral("analytics")))
            qFatal("cannot attach schemas");
        const auto loaded
            = SeedLoader(ws.connection().handle())
                  .loadFile(csv, RelationName { QStringLiteral("raw"), QStringLiteral("seed") });
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().first().toString()));
        trellis["load"].push_back(double(loaded->elapsedMs));

        double chain = 0;
        for (const auto &m : kModels) {
            const QString sql
                = QStringLiteral("CREATE TABLE analytics.%1 AS ").arg(QString::fromLatin1(m[0]))
                + model(m[1], QStringLiteral("raw"), QStringLiteral("analytics"));
            QElapsedTimer timer;
            timer.start();
            sqlite3 *db = ws.connection().handle();
            sqlite3_stmt *statement = nullptr;
            {
                SqlAuthorizer guard(
                    db, RelationName { QStringLiteral("analytics"), QString::fromLatin1(m[0]) });
                const QByteArray utf8 = sql.toUtf8();
                if (sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr) != SQLITE_OK)
                    qFatal("%s: %s", m[0], sqlite3_errmsg(db));
            }
            if (sqlite3_step(statement) != SQLITE_DONE)
                qFatal("%s: %s", m[0], sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            const double ms = timer.nsecsElapsed() / 1e6;
            trellis[m[0]].push_back(ms);
            chain += ms;
        }
        trellis["chain"].push_back(chain);

        {
            QueryRunner runner(ws);
            // The first request also opens the worker's connection: time it separately.
            const PreviewTiming warm = preview(runner, QStringLiteral("select 1"));
            trellis["preview: open worker connection"].push_back(warm.finishedMs);
            const PreviewTiming table
                = preview(runner, QStringLiteral("select * from analytics.m_joined"));
            trellis["preview table: first page"].push_back(table.firstPageMs);
            trellis["preview table: 500 rows"].push_back(table.finishedMs);
            const PreviewTiming join
                = preview(runner, model(kPreviewModel, {}, QStringLiteral("analytics")));
            trellis["preview model sql: first page"].push_back(join.firstPageMs);
            trellis["preview model sql: 500 rows"].push_back(join.finishedMs);
            const PreviewTiming cancel = preview(runner, QString::fromLatin1(kEndless), true);
            if (cancel.outcome.status != QueryOutcome::Status::Cancelled)
                qFatal("the endless query was not cancelled");
            trellis["cancel: time to stop"].push_back(cancel.finishedMs);
        }

        // The sqlite3 shell: same file, same pragmas, same statements.
        const QString shellDb = dir.filePath(QStringLiteral("shell%1.db").arg(run));
        const QString pragmas
            = QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                             "PRAGMA temp_store=MEMORY;\nPRAGMA cache_size=-32768;\n");
        const QString shellText = dir.filePath(QStringLiteral("shelltext%1.db").arg(run));
        shell["load (.import, text columns)"].push_back(
            runShell(shellText, pragmas + QStringLiteral(".import --csv '%1' seed\n").arg(csv)));
        shell["load"].push_back(runShell(
            shellDb,
            pragmas
                + QStringLiteral("CREATE TABLE seed(id INTEGER, day DATE, created_at TIMESTAMP, "
                                 "name TEXT, amount REAL, parent INTEGER);\n"
                                 ".import --csv --skip 1 '%1' seed\n")
                      .arg(csv)));
        QString script = pragmas + QStringLiteral(".timer on\n");
        for (const auto &m : kModels)
            script += QStringLiteral("CREATE TABLE %1 AS ").arg(QString::fromLatin1(m[0]))
                + model(m[1], QStringLiteral("main"), QStringLiteral("main"))
                + QStringLiteral(";\n");
        script += QStringLiteral(".output /dev/null\nSELECT * FROM m_joined LIMIT 500;\n")
            + model(kPreviewModel, {}, QStringLiteral("main")) + QStringLiteral(" LIMIT 500;\n");
        std::vector<double> timers;
        runShell(shellDb, script, &timers);
        // The pragmas print no timer lines before .timer on; after it: 3 models, 2 previews.
        if (timers.size() >= 5) {
            double chainShell = 0;
            for (int i = 0; i < 3; ++i) {
                shell[kModels[i][0]].push_back(timers[size_t(i)]);
                chainShell += timers[size_t(i)];
            }
            shell["chain"].push_back(chainShell);
            shell["preview table: 500 rows"].push_back(timers[3]);
            shell["preview model sql: 500 rows"].push_back(timers[4]);
        }
        std::printf("run %d done\n", run + 1);
        std::fflush(stdout);
    }

    std::printf("\n%-34s %12s %12s %8s\n", "median ms", "Trellis", "sqlite3", "ratio");
    const char *const kOrder[] = { "load",
                                   "load (.import, text columns)",
                                   "m_filtered",
                                   "m_daily",
                                   "m_joined",
                                   "chain",
                                   "preview: open worker connection",
                                   "preview table: first page",
                                   "preview table: 500 rows",
                                   "preview model sql: first page",
                                   "preview model sql: 500 rows",
                                   "cancel: time to stop" };
    for (const char *key : kOrder) {
        const double t = trellis.count(key) ? median(trellis[key]) : -1;
        const double s = shell.count(key) ? median(shell[key]) : -1;
        std::printf("%-34s %12s %12s %8s\n", key,
                    t >= 0 ? qPrintable(QString::number(t, 'f', 1)) : "-",
                    s >= 0 ? qPrintable(QString::number(s, 'f', 1)) : "-",
                    t >= 0 && s > 0 ? qPrintable(QString::number(t / s, 'f', 2)) : "-");
    }
    return 0;
}
