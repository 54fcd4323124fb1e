#include "core/build/buildrunner.h"
#include "core/graph/manifestbuilder.h"
#include "testsupport/copyfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Trellis::Core;
using namespace Trellis::Core::Build;

namespace {

QString statusName(NodeOutcome::Status status)
{
    switch (status) {
    case NodeOutcome::Status::Success:
        return QStringLiteral("SUCCESS");
    case NodeOutcome::Status::Reused:
        return QStringLiteral("REUSED");
    case NodeOutcome::Status::Pass:
        return QStringLiteral("PASS");
    case NodeOutcome::Status::Warn:
        return QStringLiteral("WARN");
    case NodeOutcome::Status::Fail:
        return QStringLiteral("FAIL");
    case NodeOutcome::Status::Error:
        return QStringLiteral("ERROR");
    case NodeOutcome::Status::Skipped:
        return QStringLiteral("SKIPPED");
    }
    return QString();
}

// Everything an outcome says, as one text to search.
QString describe(const NodeOutcome &outcome)
{
    QStringList parts{outcome.note, outcome.detail};
    for (const Error &error : outcome.errors)
        parts.append(error.toString());
    for (const QVariantList &row : outcome.sample.rows) {
        for (const QVariant &value : row)
            parts.append(value.toString());
    }
    return parts.join(QLatin1Char('\n'));
}

QStringList allIds(const Manifest &manifest)
{
    QStringList ids;
    for (const Node &node : manifest.nodes)
        ids.append(node.uniqueId);
    return ids;
}

} // namespace

// Builds real projects into a real workspace database: the sandbox mesh, and one fixture
// folder per contract mismatch, constraint, test kind and failure (tests/data/build/<case>,
// each with expected.txt: "<node name> <STATUS> [failures]" lines and "> text" lines that the
// outcomes must contain).
class TestWorkspaceBuild : public QObject
{
    Q_OBJECT

private:
    struct Workspace
    {
        QTemporaryDir folder;
        Manifest manifest;
        std::unique_ptr<WorkspaceDatabase> database;
        std::unique_ptr<BuildRunner> runner;
    };

    static std::unique_ptr<Workspace> open(const QString &path, BuildOptions options = {})
    {
        auto workspace = std::make_unique<Workspace>();
        workspace->manifest = ManifestBuilder::build(path);
        auto database
            = WorkspaceDatabase::open(workspace->folder.filePath(QStringLiteral("workspace.db")));
        if (!database)
            qFatal("%s", qPrintable(database.error().toString()));
        workspace->database = std::move(*database);
        options.compiledFolder = workspace->folder.filePath(QStringLiteral("compiled"));
        workspace->runner
            = std::make_unique<BuildRunner>(workspace->manifest, *workspace->database, options);
        return workspace;
    }

    // Builds a copy of the fixture `name`, replaces its `file` with `text` and builds again into
    // the same database, failing the test if any node fails.
    static std::unique_ptr<Workspace> buildTwice(const QString &name, const QString &file,
                                                 const QByteArray &text)
    {
        auto first = std::make_unique<QTemporaryDir>();
        if (!Trellis::Tests::copyFolder(QStringLiteral(TRELLIS_TEST_DATA_DIR "/build/") + name,
                                        first->path()))
            qFatal("cannot copy the fixture %s", qPrintable(name));
        auto workspace = open(first->path());
        for (int run = 0; run < 2; ++run) {
            if (run == 1) {
                QFile changed(first->filePath(file));
                if (!changed.open(QIODevice::WriteOnly | QIODevice::Text)
                    || changed.write(text) != text.size())
                    qFatal("cannot rewrite %s", qPrintable(file));
                changed.close();
                workspace->manifest = ManifestBuilder::build(first->path());
                workspace->runner
                    = std::make_unique<BuildRunner>(workspace->manifest, *workspace->database);
            }
            for (const NodeOutcome &outcome : workspace->runner->run(allIds(workspace->manifest))) {
                if (outcome.failed())
                    qWarning("%s",
                             qPrintable(outcome.uniqueId + QLatin1Char('\n') + describe(outcome)));
            }
        }
        return workspace;
    }

private Q_SLOTS:
    void sandboxBuildsAndPasses()
    {
        auto workspace = open(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"));
        QVERIFY(workspace->runner->compiler().problems().empty());
        const std::vector<NodeOutcome> outcomes
            = workspace->runner->run(allIds(workspace->manifest));
        int tests = 0;
        int models = 0;
        for (const NodeOutcome &outcome : outcomes) {
            QVERIFY2(!outcome.failed() && outcome.status != NodeOutcome::Status::Skipped
                         && outcome.status != NodeOutcome::Status::Warn,
                     qPrintable(outcome.uniqueId + QLatin1Char(' ') + statusName(outcome.status)
                                + QLatin1Char('\n') + describe(outcome)));
            tests += outcome.type == ResourceType::Test;
            models += outcome.type == ResourceType::Model;
        }
        QVERIFY(tests > 50);
        QCOMPARE(models, int(workspace->manifest.count(ResourceType::Model)));

        // A second build reuses every relation: nothing changed.
        const std::vector<NodeOutcome> again = workspace->runner->run(allIds(workspace->manifest));
        for (const NodeOutcome &outcome : again) {
            if (outcome.type == ResourceType::Seed
                || (outcome.type == ResourceType::Model
                    && outcome.materialized != QLatin1String("ephemeral")))
                QCOMPARE(statusName(outcome.status), QStringLiteral("REUSED"));
        }

        // A preview's exact rows: the first three cities, as the seed lists them.
        const Result<SqlRows> rows
            = workspace->runner->preview(QStringLiteral("model.platform.dim_cities"), 3);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
        QCOMPARE(rows->names,
                 (QStringList{QStringLiteral("city_code"), QStringLiteral("city_name"),
                              QStringLiteral("country_code"), QStringLiteral("timezone"),
                              QStringLiteral("launched_on"), QStringLiteral("vat_rate"),
                              QStringLiteral("station_count"), QStringLiteral("dock_count")}));
        QCOMPARE(rows->rows.size(), 3);
        QCOMPARE(
            rows->rows[0].mid(0, 6),
            (QVariantList{QStringLiteral("LIS"), QStringLiteral("Lisbon"), QStringLiteral("PT"),
                          QStringLiteral("Europe/Lisbon"), QStringLiteral("2024-04-15"), 0.23}));
        QVERIFY(rows->truncated);
    }

    void fixture_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(QStringLiteral(TRELLIS_TEST_DATA_DIR "/build"));
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFile::exists(root.filePath(name + QStringLiteral("/expected.txt"))))
                QTest::newRow(qPrintable(name)) << root.filePath(name);
        }
    }

    void fixture()
    {
        QFETCH(QString, folder);
        auto workspace = open(folder);
        const std::vector<NodeOutcome> outcomes
            = workspace->runner->run(allIds(workspace->manifest));
        QHash<QString, const NodeOutcome *> byName;
        QString everything;
        for (const NodeOutcome &outcome : outcomes) {
            byName.insert(outcome.name, &outcome);
            everything += describe(outcome) + QLatin1Char('\n');
        }
        QFile expected(folder + QStringLiteral("/expected.txt"));
        QVERIFY(expected.open(QIODevice::ReadOnly | QIODevice::Text));
        for (const QString &line :
             QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("> "))) {
                QVERIFY2(everything.contains(line.mid(2)),
                         qPrintable(line.mid(2) + QStringLiteral("\nnot in:\n") + everything));
                continue;
            }
            const QStringList fields = line.split(QLatin1Char(' '));
            const NodeOutcome *outcome = byName.value(fields.value(0));
            QVERIFY2(outcome, qPrintable(fields.value(0)));
            QVERIFY2(statusName(outcome->status) == fields.value(1),
                     qPrintable(line + QStringLiteral(" but ") + statusName(outcome->status)
                                + QLatin1Char('\n') + describe(*outcome)));
            if (fields.size() > 2)
                QCOMPARE(outcome->failures, fields[2].toLongLong());
        }
    }

    void incrementalSecondRun()
    {
        // New rows arrive; the model merges them on its unique_key.
        auto workspace
            = buildTwice(QStringLiteral("incremental"), QStringLiteral("seeds/events.csv"),
                         "id,value\n1,a\n2,b\n3,C\n4,d\n");
        const Result<SqlRows> rows
            = GuardedSql(workspace->database->connection().handle())
                  .query(QStringLiteral(
                      "select id, value, run_kind from main.events_incremental order by id"));
        QVERIFY(rows);
        QCOMPARE(rows->rows.size(), 4);
        QCOMPARE(rows->rows[0],
                 (QVariantList{qint64(1), QStringLiteral("a"), QStringLiteral("full")}));
        QCOMPARE(rows->rows[2],
                 (QVariantList{qint64(3), QStringLiteral("C"), QStringLiteral("incremental")}));
        QCOMPARE(rows->rows[3],
                 (QVariantList{qint64(4), QStringLiteral("d"), QStringLiteral("incremental")}));
    }

    void snapshotKeepsHistory()
    {
        // Ada changes her name; Linus arrives.
        auto workspace = buildTwice(
            QStringLiteral("snapshot"), QStringLiteral("seeds/customers.csv"),
            "id,name,updated_at\n1,Ada L.,2024-02-01 00:00:00\n2,Grace,2024-01-01 00:00:00\n"
            "3,Linus,2024-02-01 00:00:00\n");
        const Result<SqlRows> rows
            = GuardedSql(workspace->database->connection().handle())
                  .query(
                      QStringLiteral("select id, name, dbt_valid_from, dbt_valid_to "
                                     "from main.customers_snapshot order by id, dbt_valid_from"));
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
        const QVariant open;
        QCOMPARE(
            rows->rows,
            (QList<QVariantList>{
                {qint64(1), QStringLiteral("Ada"), QStringLiteral("2024-01-01 00:00:00"),
                 QStringLiteral("2024-02-01 00:00:00")},
                {qint64(1), QStringLiteral("Ada L."), QStringLiteral("2024-02-01 00:00:00"), open},
                {qint64(2), QStringLiteral("Grace"), QStringLiteral("2024-01-01 00:00:00"), open},
                {qint64(3), QStringLiteral("Linus"), QStringLiteral("2024-02-01 00:00:00"),
                 open}}));
    }

    void executeModeAnswersFromTheWorkspace()
    {
        auto workspace = open(QStringLiteral(TRELLIS_TEST_DATA_DIR "/build/execute_context"));
        for (const NodeOutcome &outcome : workspace->runner->run(allIds(workspace->manifest)))
            QVERIFY2(!outcome.failed(), qPrintable(describe(outcome)));
        const Result<SqlRows> rows
            = workspace->runner->preview(QStringLiteral("model.execute_context.facts"), 10);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
        QCOMPARE(rows->rows,
                 (QList<QVariantList>{{qint64(3), QStringLiteral("id,name"),
                                       QStringLiteral("sqlite/main"), QStringLiteral("hello"),
                                       QStringLiteral("table"), qint64(1), qint64(0)}}));
    }

    void ephemeralModelsBecomeCtes()
    {
        auto workspace = open(QStringLiteral(TRELLIS_TEST_DATA_DIR "/build/ephemeral"));
        const Result<CompiledNode> twenties
            = workspace->runner->compile(QStringLiteral("model.ephemeral.twenties"));
        QVERIFY2(twenties, qPrintable(twenties ? QString() : twenties.error().toString()));
        QCOMPARE(
            twenties->sql,
            QStringLiteral(
                "with __dbt__cte__base_numbers as (\nselect id from \"main\".\"numbers\"\n),\n"
                "__dbt__cte__tens as (\nselect id * 10 as tens from __dbt__cte__base_numbers\n), "
                "doubled as (\n    select tens * 2 as twenties from __dbt__cte__tens\n)\n"
                "select * from doubled"));
        const Result<CompiledNode> table
            = workspace->runner->compile(QStringLiteral("model.ephemeral.tens_table"));
        QVERIFY(table);
        QVERIFY2(table->sql.startsWith(QLatin1String("with __dbt__cte__base_numbers as (")),
                 qPrintable(table->sql));
        QVERIFY(table->sql.endsWith(QLatin1String("\nselect * from __dbt__cte__tens")));
        for (const NodeOutcome &outcome : workspace->runner->run(allIds(workspace->manifest)))
            QVERIFY2(!outcome.failed(), qPrintable(describe(outcome)));
        const Result<SqlRows> rows
            = workspace->runner->preview(QStringLiteral("model.ephemeral.twenties"), 10);
        QVERIFY(rows);
        QCOMPARE(rows->rows, (QList<QVariantList>{{qint64(20)}, {qint64(40)}}));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceBuild)
#include "tst_workspacebuild.moc"
