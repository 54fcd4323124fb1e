// core/build benchmark: a dbt project with a 1,000,000-row seed and a three-model chain over it,
// built by BuildRunner (seed load, compile, materialize under the authorizer, bookkeeping), and
// a preview of the first 500 rows of a model over it; beside the sqlite3 shell doing the same
// load and statements by hand. Prints medians. Usage: bench_build [runs=3] [rows=1000000]
// (Cancelling a running preview is measured by bench_engine.)

#include "core/build/buildrunner.h"
#include "core/graph/manifestbuilder.h"

#include "benchsqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <map>

using namespace Trellis::Core;
using namespace Trellis::Bench;

namespace {

const char *const kChain[][2] = {
    {"m_filtered", "select * from %1 where amount > 100 and parent is not null"},
    {"m_daily",
     "select day, count(*) as n, sum(amount) as total, max(created_at) as last_at from %2 group by "
     "day"},
    {"m_joined",
     "select f.id, f.name, f.amount, d.total, f.amount / d.total as share from %2 f join %3 d on "
     "d.day = f.day"},
};
const char *const kPreview = "select f.id, f.name, f.amount, d.total, f.amount / d.total as share "
                             "from %2 f join %3 d on d.day = f.day";

QString chainSql(const char *sql, const QString &seed, const QString &filtered,
                 const QString &daily)
{
    return QString::fromLatin1(sql)
        .replace(QLatin1String("%1"), seed)
        .replace(QLatin1String("%2"), filtered)
        .replace(QLatin1String("%3"), daily);
}

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const qint64 rows = argc > 2 ? std::max(10LL, std::atoll(argv[2])) : 1'000'000;

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench"));
    write(project + QStringLiteral("/dbt_project.yml"),
          QStringLiteral("name: bench\nversion: '1.0.0'\nconfig-version: 2\nprofile: bench\n"
                         "models:\n  bench:\n    +materialized: table\n"));
    QDir().mkpath(project + QStringLiteral("/seeds"));
    const QString csv = writeCsv(project + QStringLiteral("/seeds/events.csv"), rows);
    const QString ref = QStringLiteral("{{ ref('%1') }}");
    for (const auto &model : kChain)
        write(project + QStringLiteral("/models/%1.sql").arg(QLatin1String(model[0])),
              chainSql(model[1], ref.arg(QStringLiteral("events")),
                       ref.arg(QStringLiteral("m_filtered")), ref.arg(QStringLiteral("m_daily"))));
    write(project + QStringLiteral("/models/m_preview.sql"),
          QStringLiteral("{{ config(materialized='view') }}\n")
              + chainSql(kPreview, {}, ref.arg(QStringLiteral("m_filtered")),
                         ref.arg(QStringLiteral("m_daily"))));
    const Manifest manifest = ManifestBuilder::build(project);
    std::printf("%lld rows (%.1f MB); %d runs; SQLite %s\n", rows, QFile(csv).size() / 1e6, runs,
                sqlite3_libversion());

    std::map<std::string, std::vector<double>> trellis, shell;
    for (int run = 0; run < runs; ++run) {
        auto workspace
            = WorkspaceDatabase::open(dir.filePath(QStringLiteral("ws%1/workspace.db").arg(run)));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        Build::BuildRunner runner(manifest, **workspace);
        QStringList ids{QStringLiteral("seed.bench.events")};
        for (const auto &model : kChain)
            ids.append(QStringLiteral("model.bench.") + QLatin1String(model[0]));
        double chain = 0;
        for (const Build::NodeOutcome &outcome : runner.run(ids)) {
            if (outcome.failed())
                qFatal("%s: %s", qPrintable(outcome.uniqueId),
                       qPrintable(outcome.errors.value(0).toString() + outcome.detail));
            trellis[outcome.name.toStdString()].push_back(double(outcome.elapsedMs));
            if (outcome.type == ResourceType::Model)
                chain += double(outcome.elapsedMs);
        }
        trellis["chain"].push_back(chain);
        QElapsedTimer timer;
        timer.start();
        const Result<SqlRows> preview
            = runner.preview(QStringLiteral("model.bench.m_preview"), 500);
        if (!preview || preview->rows.size() != 500)
            qFatal("the preview failed");
        trellis["preview: first 500 rows"].push_back(timer.nsecsElapsed() / 1e6);
        timer.start();
        const std::vector<Build::NodeOutcome> again = runner.run(ids);
        trellis["second build (all reused)"].push_back(timer.nsecsElapsed() / 1e6);
        for (const Build::NodeOutcome &outcome : again) {
            if (outcome.status != Build::NodeOutcome::Status::Reused)
                qFatal("%s was rebuilt although nothing changed", qPrintable(outcome.uniqueId));
        }

        const QString shellDb = dir.filePath(QStringLiteral("shell%1.db").arg(run));
        const QString pragmas
            = QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                             "PRAGMA temp_store=MEMORY;\nPRAGMA cache_size=-32768;\n");
        shell["events"].push_back(runShell(
            shellDb,
            pragmas
                + QStringLiteral("CREATE TABLE events(id INTEGER, day DATE, created_at TIMESTAMP, "
                                 "name TEXT, amount REAL, parent INTEGER);\n"
                                 ".import --csv --skip 1 '%1' events\n")
                      .arg(csv)));
        QString script = pragmas + QStringLiteral(".timer on\n");
        for (const auto &model : kChain)
            script += QStringLiteral("CREATE TABLE %1 AS %2;\n")
                          .arg(QLatin1String(model[0]),
                               chainSql(model[1], QStringLiteral("events"),
                                        QStringLiteral("m_filtered"), QStringLiteral("m_daily")));
        script += QStringLiteral(".output /dev/null\n%1 LIMIT 500;\n")
                      .arg(chainSql(kPreview, {}, QStringLiteral("m_filtered"),
                                    QStringLiteral("m_daily")));
        std::vector<double> timers;
        runShell(shellDb, script, &timers);
        if (timers.size() >= 4) {
            double chainShell = 0;
            for (int i = 0; i < 3; ++i) {
                shell[kChain[i][0]].push_back(timers[size_t(i)]);
                chainShell += timers[size_t(i)];
            }
            shell["chain"].push_back(chainShell);
            shell["preview: first 500 rows"].push_back(timers[3]);
        }
        std::printf("run %d done\n", run + 1);
        std::fflush(stdout);
    }

    std::printf("\n%-30s %12s %12s %8s\n", "median ms", "Trellis", "sqlite3", "ratio");
    for (const char *key : {"events", "m_filtered", "m_daily", "m_joined", "chain",
                            "preview: first 500 rows", "second build (all reused)"}) {
        const double t = trellis.count(key) ? median(trellis[key]) : -1;
        const double s = shell.count(key) ? median(shell[key]) : -1;
        std::printf("%-30s %12s %12s %8s\n", key,
                    t >= 0 ? qPrintable(QString::number(t, 'f', 1)) : "-",
                    s >= 0 ? qPrintable(QString::number(s, 'f', 1)) : "-",
                    t >= 0 && s > 0 ? qPrintable(QString::number(t / s, 'f', 2)) : "-");
    }
    return 0;
}
