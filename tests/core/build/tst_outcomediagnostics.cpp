#include "core/build/buildrunner.h"
#include "core/build/outcomediagnostics.h"
#include "core/graph/manifestbuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Trellis::Core;
using namespace Trellis::Core::Build;

// Builds fixture projects (tests/data/build/<case>) into a real workspace database and checks
// where their failures land as findings (a test with a name: is declared on that line): "<file relative to the case>:<line> <code> <severity>".
namespace {

// Builds and tests every node of the manifest in a fresh workspace database.
std::vector<NodeOutcome> buildEverything(const Manifest &manifest)
{
    QTemporaryDir folder;
    auto database = WorkspaceDatabase::open(folder.filePath(QStringLiteral("workspace.db")));
    if (!database)
        qFatal("cannot open a workspace database: %s", qPrintable(database.error().toString()));
    BuildRunner runner(manifest, **database);
    QStringList ids;
    for (const Node &node : manifest.nodes)
        ids.append(node.uniqueId);
    return runner.run(ids);
}

} // namespace

class TestOutcomeDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesOutcomes_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("failing test on its YAML line and on the model")
            << QStringLiteral("test_not_null")
            << QStringList{QStringLiteral("models/people_model.sql:1 TRL0503 error"),
                           QStringLiteral("models/schema.yml:8 TRL0503 error")};
        QTest::newRow("warning test")
            << QStringLiteral("test_severity_warn")
            << QStringList{QStringLiteral("models/people_model.sql:1 TRL0504 warning"),
                           QStringLiteral("models/schema.yml:8 TRL0504 warning")};
        QTest::newRow("contract type mismatch on the column")
            << QStringLiteral("contract_type_mismatch")
            << QStringList{QStringLiteral("models/m.sql:1 TRL0502 error"),
                           QStringLiteral("models/schema.yml:9 TRL0502 error")};
        QTest::newRow("column missing in the contract on the model's entry")
            << QStringLiteral("contract_missing_in_contract")
            << QStringList{QStringLiteral("models/m.sql:1 TRL0502 error"),
                           QStringLiteral("models/schema.yml:3 TRL0502 error")};
        QTest::newRow("SQL error on the model line")
            << QStringLiteral("sql_error")
            << QStringList{QStringLiteral("models/broken.sql:4 TRL0501 error")};
        QTest::newRow("passing tests give nothing")
            << QStringLiteral("test_where_passes") << QStringList{};
    }

    void placesOutcomes()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const QString root = QStringLiteral(TRELLIS_TEST_DATA_DIR "/build/") + fixture;
        const Manifest manifest = ManifestBuilder::build(root);
        const std::vector<NodeOutcome> outcomes = buildEverything(manifest);

        QStringList actual;
        for (const Diagnostic &diagnostic : OutcomeDiagnostics::collect(outcomes, manifest)) {
            actual.append(QStringLiteral("%1:%2 %3 %4")
                              .arg(QDir(root).relativeFilePath(diagnostic.file))
                              .arg(diagnostic.line)
                              .arg(diagnostic.code, Diagnostic::severityName(diagnostic.severity)));
            QVERIFY(!diagnostic.message.isEmpty());
            QVERIFY(manifest.find(diagnostic.nodeId));
        }
        QCOMPARE(actual, expected);
    }

    void testStatusesAreTheWorstPerTestedNode()
    {
        const QString root = QStringLiteral(TRELLIS_TEST_DATA_DIR "/build/test_not_null");
        const Manifest manifest = ManifestBuilder::build(root);
        const QHash<QString, TestStatus> statuses
            = OutcomeDiagnostics::testStatuses(buildEverything(manifest), manifest);
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses.value(QStringLiteral("model.test_not_null.people_model")),
                 TestStatus::Fail);
    }

    void readsContractMismatchTables()
    {
        const QString detail = QStringLiteral(
            "This model has an enforced contract that failed.\nPlease ensure …\n\n"
            "| column_name | definition_type | contract_type | mismatch_reason       |\n"
            "| ----------- | --------------- | ------------- | --------------------- |\n"
            "| extra       | TEXT            |               | missing in contract   |\n"
            "| id          | TEXT            | integer       | data type mismatch    |\n");
        const QList<std::pair<QString, QString>> mismatches
            = OutcomeDiagnostics::contractMismatches(detail);
        QCOMPARE(mismatches.size(), 2);
        QCOMPARE(mismatches[0].first, QStringLiteral("extra"));
        QCOMPARE(mismatches[0].second, QStringLiteral("missing in contract"));
        QCOMPARE(mismatches[1].first, QStringLiteral("id"));
        QCOMPARE(mismatches[1].second, QStringLiteral("data type mismatch"));
        QVERIFY(OutcomeDiagnostics::contractMismatches(QStringLiteral("| a | b |")).isEmpty());
        QVERIFY(OutcomeDiagnostics::contractMismatches(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeDiagnostics)
#include "tst_outcomediagnostics.moc"
