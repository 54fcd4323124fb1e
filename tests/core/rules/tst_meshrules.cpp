#include "core/graph/manifestbuilder.h"
#include "core/graph/manifestjson.h"
#include "core/live/livemesh.h"
#include "core/rules/cyclefinder.h"
#include "core/rules/hardcodedreferencerule.h"
#include "core/rules/meshchecker.h"
#include "core/rules/rulecodes.h"
#include "core/rules/statemanifest.h"
#include "testsupport/copyfolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Trellis::Core;

namespace {

// Fixtures are checked on a fixed day, so deprecation dates keep their meaning.
const QDate kToday(2026, 11, 21);

const QString kMeshData = QStringLiteral(TRELLIS_TEST_DATA_DIR "/mesh");

std::vector<Diagnostic> checkWorkspace(const QString &root)
{
    CheckOptions options;
    options.today = kToday;
    options.workspaceRoot = root;
    const QString settingsFile = QDir(root).filePath(QLatin1String(RuleSettings::kFileName));
    if (QFile::exists(settingsFile)) {
        Result<RuleSettings> settings = RuleSettings::load(settingsFile);
        if (!settings)
            qFatal("%s", qPrintable(settings.error().toString()));
        options.settings = *settings;
    }
    // A saved manifest.json in state/ is the baseline for breaking changes, as dbt's --state.
    const QString state = QDir(root).filePath(QStringLiteral("state"));
    if (QFile::exists(state + QStringLiteral("/manifest.json"))) {
        Result<std::vector<Node>> baseline = StateManifest::readModels(state);
        if (!baseline)
            qFatal("%s", qPrintable(baseline.error().toString()));
        options.baseline = *baseline;
    }
    return MeshChecker().check(ManifestBuilder::build(root), options);
}

// "path:line:col: severity CODE", the path relative to the workspace: the form of expected.txt.
QStringList summaries(const std::vector<Diagnostic> &findings, const QString &root)
{
    QStringList lines;
    for (const Diagnostic &d : findings) {
        lines.append(QStringLiteral("%1:%2:%3: %4 %5")
                         .arg(QDir(root).relativeFilePath(d.file))
                         .arg(d.line)
                         .arg(d.column)
                         .arg(Diagnostic::severityName(d.severity), d.code));
    }
    return lines;
}

QStringList expectedLines(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line.trimmed());
    }
    return lines;
}

const Diagnostic &only(const std::vector<Diagnostic> &findings, const QString &code)
{
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [&](const Diagnostic &d) { return d.code == code; });
    if (it == findings.end())
        qFatal("no %s finding", qPrintable(code));
    return *it;
}

// Replaces the workspace's settings with ones that turn on the advice that is off by default,
// keeping the fixture's thresholds (the last section of its settings, when it has one).
void turnOnEveryRule(const QString &root)
{
    QFile settings(QDir(root).filePath(QLatin1String(RuleSettings::kFileName)));
    QByteArray thresholds;
    if (settings.open(QIODevice::ReadOnly)) {
        const QByteArray old = settings.readAll();
        if (const qsizetype at = old.indexOf("thresholds:"); at >= 0)
            thresholds = old.mid(at);
        settings.close();
    }
    if (!settings.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(settings.fileName()));
    settings.write("rules:\n");
    for (const QString &code : RuleSettings::offByDefault())
        settings.write("  " + code.toUtf8() + ": warning\n");
    settings.write(thresholds);
}

QStringList texts(const std::vector<Diagnostic> &findings)
{
    QStringList lines;
    for (const Diagnostic &d : findings)
        lines.append(d.toString());
    return lines;
}

// A small two-project workspace whose models read each other at random, for the randomised
// re-check test: layers by prefix, views and tables, sources, generic and singular tests, and
// refs from shop into core's public models.
class RandomMesh
{
public:
    static constexpr int kModels = 14; // per project

    explicit RandomMesh(quint32 seed)
        : m_random(seed)
    { }

    static QString modelName(int index)
    {
        static const char *const layers[] = {"stg", "int", "fct", "rpt"};
        return QStringLiteral("%1_m%2").arg(QLatin1String(layers[index * 4 / kModels])).arg(index);
    }
    static QString modelPath(const QString &project, int index)
    {
        return QStringLiteral("%1/models/%2.sql").arg(project, modelName(index));
    }

    void write(const QString &root)
    {
        for (const QString &project : {QStringLiteral("core"), QStringLiteral("shop")}) {
            writeFile(root, project + QStringLiteral("/dbt_project.yml"),
                      QStringLiteral("name: %1\nversion: \"1.0.0\"\nconfig-version: 2\n"
                                     "profile: %1\n")
                          .arg(project));
            QString properties = QStringLiteral("sources:\n  - name: app\n    tables:\n"
                                                "      - name: orders\n      - name: customers\n"
                                                "models:\n");
            for (int i = 0; i < kModels; ++i) {
                properties += QStringLiteral("  - name: %1\n    access: public\n").arg(modelName(i));
                if (i % 3 == 0)
                    properties += QStringLiteral("    columns:\n      - name: id\n"
                                                 "        data_tests: [unique, not_null]\n");
                writeFile(root, modelPath(project, i), modelSql(project, i, false));
            }
            writeFile(root, project + QStringLiteral("/models/_models.yml"), properties);
            writeFile(root, project + QStringLiteral("/tests/assert_positive.sql"), testSql());
        }
        writeFile(root, QStringLiteral("shop/dependencies.yml"),
                  QStringLiteral("projects:\n  - name: core\n"));
        // Low thresholds, so that a mesh this small has fanout, chains and joins to find.
        writeFile(root, QLatin1String(RuleSettings::kFileName),
                  QStringLiteral("thresholds:\n  models_fanout_threshold: 2\n"
                                 "  chained_views_threshold: 2\n  too_many_joins_threshold: 3\n"));
    }

    // A model's SQL: a materialization, and refs to earlier models of its project, to core's
    // models from shop, to sources; with `anywhere`, to any model, which can close a cycle.
    QString modelSql(const QString &project, int index, bool anywhere)
    {
        static const char *const materializations[] = {"view", "table", "ephemeral", "view"};
        QString sql = QStringLiteral("{{ config(materialized='%1') }}\nselect * from (select 1 as id)")
                          .arg(QLatin1String(materializations[m_random.bounded(4)]));
        const int refs = int(m_random.bounded(4));
        for (int r = 0; r < refs; ++r) {
            const int limit = anywhere ? kModels : index;
            if (limit == 0)
                break;
            const QString target = modelName(int(m_random.bounded(limit)));
            if (target == modelName(index) && !anywhere)
                continue;
            if (project == QLatin1String("shop") && m_random.bounded(3) == 0)
                sql += QStringLiteral("\njoin {{ ref('core', '%1') }} using (id)").arg(target);
            else
                sql += QStringLiteral("\njoin {{ ref('%1') }} using (id)").arg(target);
        }
        if (m_random.bounded(3) == 0) {
            sql += QStringLiteral("\njoin {{ source('app', '%1') }} using (id)")
                       .arg(m_random.bounded(2) ? QStringLiteral("orders")
                                                : QStringLiteral("customers"));
        }
        return sql;
    }

    // A singular test of one or two random models (it counts for the last).
    QString testSql()
    {
        QString sql = QStringLiteral("select * from {{ ref('%1') }}")
                          .arg(modelName(int(m_random.bounded(kModels))));
        if (m_random.bounded(2))
            sql += QStringLiteral("\njoin {{ ref('%1') }} using (id)")
                       .arg(modelName(int(m_random.bounded(kModels))));
        return sql + QStringLiteral(" where id < 0");
    }

    quint32 bounded(quint32 limit) { return m_random.bounded(limit); }

private:
    static void writeFile(const QString &root, const QString &path, const QString &text)
    {
        const QString file = QDir(root).filePath(path);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(file));
        out.write(text.toUtf8());
    }

    QRandomGenerator m_random;
};

} // namespace

Q_DECLARE_METATYPE(std::vector<std::vector<int>>)

class TestMeshRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every folder of tests/data/mesh is a workspace with the findings it must give, exactly.
    void fixtureGivesExpectedFindings_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("expected");
        const QDir mesh(kMeshData);
        for (const QString &name : mesh.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name))
                << mesh.filePath(name)
                << expectedLines(mesh.filePath(name + QStringLiteral("/expected.txt")));
        QTest::newRow("sandbox") << QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox")
                                 << QStringList();
    }

    void fixtureGivesExpectedFindings()
    {
        QFETCH(QString, root);
        QFETCH(QStringList, expected);
        const QStringList actual = summaries(checkWorkspace(root), root);
        if (actual != expected)
            qWarning("actual findings:\n%s", qPrintable(actual.join(QLatin1Char('\n'))));
        QCOMPARE(actual, expected);
    }

    void privateRefUsesDbtWording()
    {
        const auto findings = checkWorkspace(kMeshData + QStringLiteral("/access_private"));
        const Diagnostic &d = only(findings, RuleCode::PrivateRef);
        QVERIFY(d.message.startsWith(QStringLiteral(
            "Node exposure.shop.sales_dashboard attempted to reference node model.shop.int_orders, "
            "which is not allowed because the referenced node is private to the 'sales' group.")));
        QCOMPARE(d.nodeId, QStringLiteral("exposure.shop.sales_dashboard"));
        QCOMPARE(d.related.size(), size_t(1));
        QVERIFY(d.related.front().file.endsWith(QStringLiteral("shop/models/_models.yml")));
    }

    void refFindingsSpanTheCall()
    {
        const auto findings = checkWorkspace(kMeshData + QStringLiteral("/access_cross_project"));
        const Diagnostic &d = only(findings, RuleCode::CrossProjectRef);
        // `{{ ref('platform', 'stg_members') }}` on line 3 starts at column 9.
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 9);
        QCOMPARE(d.endLine, 3);
        QCOMPARE(d.endColumn, 9 + int(qstrlen("ref('platform', 'stg_members')")));
        QVERIFY(d.message.contains(QStringLiteral("is protected to the 'platform' package.")));
    }

    void ambiguousRefNamesWhatItResolvesTo()
    {
        const auto findings = checkWorkspace(kMeshData + QStringLiteral("/ambiguous_ref"));
        // Like dbt's resolver, the first project by name wins when none is the caller's own.
        QVERIFY(only(findings, RuleCode::AmbiguousRef)
                    .message.contains(
                        QStringLiteral("resolves to model.crm.customers only because of "
                                       "the search order; write ref('crm', 'customers')")));
    }

    void deprecatedRefSuggestsTheLatestVersion()
    {
        const auto findings = checkWorkspace(kMeshData + QStringLiteral("/versions"));
        QCOMPARE(only(findings, RuleCode::DeprecatedRef).message,
                 QStringLiteral("While compiling 'fct_old': Found a reference to "
                                "platform.dim_customers.v1, which was deprecated on '2026-01-01'. "
                                "A new version of 'dim_customers' is available. Migrate now: "
                                "{{ ref('platform', 'dim_customers', v='3') }}."));
        QCOMPARE(only(findings, RuleCode::DeprecatedModel).severity, Severity::Info);
    }

    void cycleIsShownInDbtOrder()
    {
        const auto findings = checkWorkspace(kMeshData + QStringLiteral("/node_cycle"));
        QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Diagnostic &d) {
            return d.message.startsWith(QStringLiteral(
                "Found a cycle: model.shop.orders --> model.shop.refunds --> model.shop.payments "
                "--> model.shop.orders."));
        }));
    }

    void breakingChangesListDbtsReasons()
    {
        const auto findings = checkWorkspace(kMeshData + QStringLiteral("/breaking_changes"));
        const auto customers
            = std::find_if(findings.begin(), findings.end(), [](const Diagnostic &d) {
                  return d.nodeId == QLatin1String("model.shop.dim_customers");
              });
        QVERIFY(customers != findings.end());
        QCOMPARE(customers->severity, Severity::Warning);
        QCOMPARE(
            customers->message,
            QStringLiteral("Breaking change to contracted, unversioned model dim_customers "
                           "(models/dim_customers.sql)\nWhile comparing to previous project state, "
                           "dbt detected a breaking change to an unversioned model.\n"
                           "  - Columns were removed: \n    - email\n"
                           "  - Columns with data_type changes: \n    - name (varchar -> text)\n"
                           "  - Enforced column level constraints were removed: \n"
                           "    - 'not_null' constraint on column id"));
    }

    void cycleFinderReportsEachComponentOnce_data()
    {
        QTest::addColumn<std::vector<std::vector<int>>>("edges");
        QTest::addColumn<std::vector<std::vector<int>>>("cycles");
        QTest::newRow("acyclic") << std::vector<std::vector<int>>{{1}, {2}, {}}
                                 << std::vector<std::vector<int>>{};
        QTest::newRow("self loop")
            << std::vector<std::vector<int>>{{0}, {}} << std::vector<std::vector<int>>{{0}};
        QTest::newRow("shortest way back") << std::vector<std::vector<int>>{{1, 3}, {2}, {0}, {0}}
                                           << std::vector<std::vector<int>>{{0, 3}};
        QTest::newRow("two components") << std::vector<std::vector<int>>{{1}, {0}, {3}, {2}}
                                        << std::vector<std::vector<int>>{{0, 1}, {2, 3}};
    }

    void cycleFinderReportsEachComponentOnce()
    {
        QFETCH(std::vector<std::vector<int>>, edges);
        QFETCH(std::vector<std::vector<int>>, cycles);
        QCOMPARE(CycleFinder::cycles(edges), cycles);
    }

    void longChainDoesNotExhaustTheStack()
    {
        std::vector<std::vector<int>> edges(200'000);
        for (int i = 0; i + 1 < int(edges.size()); ++i)
            edges[size_t(i)].push_back(i + 1);
        edges.back().push_back(0);
        const auto cycles = CycleFinder::cycles(edges);
        QCOMPARE(cycles.size(), size_t(1));
        QCOMPARE(cycles.front().size(), edges.size());
    }

    // An edit re-checks only the rules it can have changed (Rule::reads) and settles only their
    // findings again; what it finds must be what a full check of the edited workspace finds,
    // with the fixture's settings and with every rule turned on.
    void recheckAfterEditMatchesFullCheck_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allRules");
        const auto addRow = [](const char *name, const char *fixture, const char *file,
                               const char *text) {
            for (const bool allRules : {false, true}) {
                QTest::addRow("%s%s", name, allRules ? ", all rules" : "")
                    << QString::fromUtf8(fixture) << QString::fromUtf8(file)
                    << QString::fromUtf8(text) << allRules;
            }
        };
        addRow("a leaf gains a child", // fct_orders keeps two leaf children
               "governance_model_fanout", "shop/models/rpt_orders_weekly.sql",
               "select * from {{ ref('fct_orders') }}\n"
               "join {{ ref('rpt_orders_daily') }} using (order_id)");
        addRow("a chained view becomes a table", "governance_chained_views",
               "shop/models/view_4.sql",
               "{{ config(materialized='table') }}\nselect * from {{ ref('view_3') }}");
        addRow("a singular test moves", // coverage names another untested model
               "governance_test_coverage", "shop/tests/assert_no_negative_ids.sql",
               "select * from {{ ref('fct_refunds') }} where id < 0");
        addRow("an exposure's parent turns public", "governance_exposures",
               "shop/models/dim_protected.sql", "{{ config(access='public') }}\nselect 1 as id");
        addRow("an exposure's parent becomes a table", "governance_exposure_materializations",
               "shop/models/dim_view.sql", "{{ config(materialized='table') }}\nselect 1 as id");
        addRow("a hard-coded reference goes", "governance_hard_coded",
               "shop/models/stg_orders.sql", "select 1 as id");
        addRow("a join is added", "governance_too_many_joins", "shop/models/int_two.sql",
               "select * from {{ source('app', 'orders') }}\n"
               "join {{ source('app', 'customers') }} using (customer_id)\n"
               "join {{ source('app', 'payments') }} using (order_id)");
        addRow("a rejoined model gains a reader", "governance_rejoining",
               "shop/models/rpt_customers.sql",
               "select * from {{ ref('int_customers') }}\n"
               "join {{ ref('int_orders_enriched') }} using (id)");
        addRow("a model's group is spelled right", "groups", "shop/models/orders.sql",
               "{{ config(group='finance') }}\nselect 1 as id");
        // The duplicate-name finding comes from declarations, which an edit does not re-run;
        // the model's new meta must still silence it.
        addRow("a model silences a declaration finding", "duplicate_names",
               "shop/models/staging/orders.sql",
               "{{ config(meta={'trellis': {'ignore': ['TRL0214']}}) }}\nselect 1 as id");
    }

    void recheckAfterEditMatchesFullCheck()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(bool, allRules);
        QTemporaryDir workspace;
        QVERIFY(Trellis::Tests::copyFolder(kMeshData + QLatin1Char('/') + fixture, workspace.path()));
        if (allRules)
            turnOnEveryRule(workspace.path());
        const QString path = QDir(workspace.path()).filePath(file);
        LiveMesh live(workspace.path());
        const QStringList before = texts(live.diagnostics());
        QVERIFY(!live.edit(path, text).rebuilt);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        out.close();
        const QStringList full = texts(LiveMesh(workspace.path()).diagnostics());
        QVERIFY(full != before); // the edit matters
        QCOMPARE(texts(live.diagnostics()), full);
    }

    // Random edits over a small mesh, each adding, removing or moving refs, changing a
    // materialization, sometimes closing a cycle between models or projects, or moving a
    // singular test: after each, what the re-check keeps must be what a full check finds, with
    // every rule on. Each edit is also saved, so the next full check sees it.
    void recheckAfterRandomEditsMatchesFullCheck()
    {
        QTemporaryDir workspace;
        RandomMesh mesh(20261122);
        mesh.write(workspace.path());
        turnOnEveryRule(workspace.path());
        LiveMesh live(workspace.path());
        int graphEdits = 0;
        for (int step = 0; step < 60; ++step) {
            const QString project
                = mesh.bounded(3) == 0 ? QStringLiteral("core") : QStringLiteral("shop");
            QString file;
            QString text;
            if (mesh.bounded(8) == 0) {
                file = project + QStringLiteral("/tests/assert_positive.sql");
                text = mesh.testSql();
            } else {
                const int index = int(mesh.bounded(RandomMesh::kModels));
                file = RandomMesh::modelPath(project, index);
                text = mesh.modelSql(project, index, mesh.bounded(5) == 0);
            }
            const QString path = QDir(workspace.path()).filePath(file);
            const MeshChange change = live.edit(path, text);
            QVERIFY(!change.rebuilt);
            graphEdits += change.graphChanged() ? 1 : 0;
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
            out.close();
            const QStringList full = texts(LiveMesh(workspace.path()).diagnostics());
            const QStringList kept = texts(live.diagnostics());
            if (kept != full) {
                QFAIL(qPrintable(QStringLiteral("step %1, %2:\n%3\nre-check:\n%4\nfull check:\n%5")
                                     .arg(step)
                                     .arg(file, text, kept.join(QLatin1Char('\n')),
                                          full.join(QLatin1Char('\n')))));
            }
        }
        QVERIFY(graphEdits > 30); // most edits moved edges, which is what is under test
    }

    // The duplicate-sources rule compares databases, so a source must carry its own, and
    // manifest.json names the target's for a source that gives none, as dbt does.
    void sourceKeepsItsDatabase()
    {
        const Manifest manifest = ManifestBuilder::build(
            kMeshData + QStringLiteral("/governance_duplicate_sources_databases"));
        const Node *eu = manifest.find(QStringLiteral("source.shop.app_eu.orders"));
        const Node *plain = manifest.find(QStringLiteral("source.shop.app.orders"));
        QVERIFY(eu && plain);
        QCOMPARE(eu->database, QStringLiteral("eu_warehouse"));
        QVERIFY(plain->database.isEmpty());
        QCOMPARE(ManifestJson::nodeObject(*eu).value(QLatin1String("database")).toString(),
                 QStringLiteral("eu_warehouse"));
        QCOMPARE(ManifestJson::nodeObject(*plain).value(QLatin1String("database")).toString(),
                 QStringLiteral("trellis"));
    }

    void undocumentedSourceIsReportedOnce()
    {
        const auto findings
            = checkWorkspace(kMeshData + QStringLiteral("/governance_documentation"));
        QCOMPARE(std::count_if(findings.begin(), findings.end(),
                               [](const Diagnostic &d) {
                                   return d.code == RuleCode::UndocumentedSource;
                               }),
                 1);
        QCOMPARE(only(findings, RuleCode::UndocumentedSource).message,
                 QStringLiteral("Source 'app' has no description (dbt-project-evaluator: "
                                "fct_undocumented_sources); say where its tables come from."));
    }

    void exposureMaterializationNamesTheParent()
    {
        const auto findings = checkWorkspace(
            kMeshData + QStringLiteral("/governance_exposure_materializations"));
        QStringList messages;
        for (const Diagnostic &d : findings)
            messages.append(d.message);
        QVERIFY(messages.contains(QStringLiteral(
            "Exposure 'weekly_report' reads 'dim_view', materialized as view "
            "(dbt-project-evaluator: fct_exposure_parents_materializations); materialize it as a "
            "table or incremental model, so what the exposure queries is computed once.")));
        QVERIFY(messages.contains(QStringLiteral(
            "Exposure 'weekly_report' reads source 'app.orders' (dbt-project-evaluator: "
            "fct_exposure_parents_materializations); expose a model built on it, materialized as "
            "a table or incremental model.")));
    }

    void documentationCoverageNamesTheUndescribed()
    {
        const auto findings = checkWorkspace(
            kMeshData + QStringLiteral("/governance_documentation_coverage"));
        QCOMPARE(only(findings, RuleCode::DocumentationCoverage).message,
                 QStringLiteral("Project 'shop' has descriptions on 2 of 3 models (66.67%), below "
                                "the target of 100% (dbt-project-evaluator: "
                                "fct_documentation_coverage); describe fct_refunds."));
    }

    void testDirectoryNamesBothFolders()
    {
        const auto findings
            = checkWorkspace(kMeshData + QStringLiteral("/governance_test_directories"));
        QVERIFY(only(findings, RuleCode::TestDirectory)
                    .message.contains(QStringLiteral("of model 'fct_orders' is declared in "
                                                     "models/, away from the model in "
                                                     "models/marts/")));
    }

    void fanoutNamesTheLeavesAndTheThreshold()
    {
        const auto findings
            = checkWorkspace(kMeshData + QStringLiteral("/governance_model_fanout"));
        QCOMPARE(only(findings, RuleCode::ModelFanout).message,
                 QStringLiteral("'fct_orders' has 3 direct leaf children: rpt_orders_daily, "
                                "rpt_orders_monthly, rpt_orders_weekly (dbt-project-evaluator: "
                                "fct_model_fanout, threshold 3); move the transformation they "
                                "share upstream, or let the BI tool do the final joins."));
    }

    void hardCodedReferenceSpansTheName()
    {
        const auto findings = checkWorkspace(kMeshData + QStringLiteral("/governance_hard_coded"));
        const Diagnostic &d = only(findings, RuleCode::HardCodedReference);
        QCOMPARE(d.endColumn, d.column + int(qstrlen("raw.orders")));
        QVERIFY(d.message.startsWith(
            QStringLiteral("Model 'stg_orders' reads 'raw.orders' by name")));
    }

    // The rule runs its pattern only where a match can start; what it finds must be what the
    // evaluator's pattern finds over the whole text.
    void hardCodedReferenceFindsWhatThePatternFinds_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("references");
        QTest::newRow("any case") << QStringLiteral("SELECT * FROM Raw.Orders")
                                  << QStringList{QStringLiteral("Raw.Orders")};
        QTest::newRow("name on the next line")
            << QStringLiteral("select *\nfrom\n    analytics.orders\n")
            << QStringList{QStringLiteral("analytics.orders")};
        QTest::newRow("bracketed after a CTE")
            << QStringLiteral("select * from x\nJOIN\t[db].[orders] o on true")
            << QStringList{QStringLiteral("[db].[orders]")};
        QTest::newRow("var without spaces") << QStringLiteral("select * from {{var ('orders')}}")
                                            << QStringList{QStringLiteral("{{var ('orders')}}")};
        QTest::newRow("quoted name at the start")
            << QStringLiteral("from 'orders'") << QStringList{QStringLiteral("'orders'")};
        QTest::newRow("backticked three parts") << QStringLiteral("select * from `proj.ds.t`")
                                                << QStringList{QStringLiteral("`proj.ds.t`")};
        QTest::newRow("ref and CTE")
            << QStringLiteral("select * from {{ ref('orders') }} join orders_cte using (id)")
            << QStringList();
        QTest::newRow("inside a word") << QStringLiteral("select * from xfrom a.b")
                                       << QStringList();
        QTest::newRow("is distinct from") << QStringLiteral("select a is distinct from b.c")
                                          << QStringList();
        QTest::newRow("four parts") << QStringLiteral("select 1 from ok\njoin a.b.c.d x")
                                    << QStringList();
        QTest::newRow("two in a row")
            << QStringLiteral("select * from a.b join \"c\".\"d\" on true")
            << QStringList{QStringLiteral("a.b"), QStringLiteral("\"c\".\"d\"")};
    }

    void hardCodedReferenceFindsWhatThePatternFinds()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, references);
        Manifest manifest;
        DbtProject project;
        project.name = QStringLiteral("shop");
        manifest.projects.push_back(project);
        Node model;
        model.uniqueId = QStringLiteral("model.shop.stg_orders");
        model.packageName = project.name;
        model.name = QStringLiteral("stg_orders");
        model.originalFilePath = QStringLiteral("models/stg_orders.sql");
        model.absolutePath = QStringLiteral("/shop/models/stg_orders.sql");
        model.rawCode = sql;
        manifest.nodes.push_back(model);
        manifest.index();
        const RuleContext context(manifest, QDate(2026, 1, 1));
        std::vector<Diagnostic> findings;
        HardCodedReferenceRule().checkNode(context, manifest.nodes.front(), findings);
        QStringList found;
        for (const Diagnostic &d : findings)
            found.append(d.message.section(QLatin1Char('\''), 3, -1).section(
                QStringLiteral("' by name"), 0, 0));
        QCOMPARE(found, references);
    }

    void chainedViewsShowTheChain()
    {
        const auto findings
            = checkWorkspace(kMeshData + QStringLiteral("/governance_chained_views"));
        QVERIFY(only(findings, RuleCode::ChainedViews)
                    .message.contains(QStringLiteral(
                        "chain of 6 views and ephemeral models: view_1 -> view_2 -> view_3 -> "
                        "view_4 -> view_5 -> view_6")));
    }

    void testCoverageCountsModelsWithATest()
    {
        const auto findings
            = checkWorkspace(kMeshData + QStringLiteral("/governance_test_coverage"));
        QVERIFY(only(findings, RuleCode::TestCoverage)
                    .message.startsWith(QStringLiteral(
                        "Project 'shop' has tests on 2 of 3 models (66.67%), below the target of "
                        "100% (dbt-project-evaluator: fct_test_coverage); add tests to "
                        "fct_refunds.")));
    }

    void settingsReadThresholds()
    {
        const Result<RuleSettings> settings = RuleSettings::parse(
            "thresholds:\n  models_fanout_threshold: 5\n  test_coverage_target: 80.5\n"
            "  documentation_coverage_target: 60\n",
            QStringLiteral("trellis-rules.yml"));
        QVERIFY(settings);
        QCOMPARE(settings->thresholds().modelsFanout, 5);
        QCOMPARE(settings->thresholds().testCoverageTarget, 80.5);
        QCOMPARE(settings->thresholds().documentationCoverageTarget, 60.0);
        QCOMPARE(settings->thresholds().tooManyJoins, RuleThresholds().tooManyJoins);
    }

    void settingsRejectUnknownThreshold()
    {
        const Result<RuleSettings> settings = RuleSettings::parse(
            "thresholds:\n  fanout: 5\n", QStringLiteral("trellis-rules.yml"));
        QVERIFY(!settings);
        QCOMPARE(settings.error().line, 2);
        QVERIFY(settings.error().message.contains(QStringLiteral("unknown threshold 'fanout'")));
    }

    void settingsRejectUnknownSeverity()
    {
        const Result<RuleSettings> settings
            = RuleSettings::parse("rules:\n  TRL0401: loud\n", QStringLiteral("trellis-rules.yml"));
        QVERIFY(!settings);
        QCOMPARE(settings.error().line, 2);
        QVERIFY(settings.error().message.contains(QStringLiteral("unknown severity 'loud'")));
    }
};

QTEST_GUILESS_MAIN(TestMeshRules)
#include "tst_meshrules.moc"
