#include "core/graph/manifestbuilder.h"
#include "core/graph/manifestjson.h"
#include "core/graph/testnaming.h"
#include "core/graph/upstreammanifest.h"
#include "core/project/workspacediscovery.h"
#include "testsupport/copyfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Trellis::Core;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/") + QLatin1String(name);
}

const Node &node(const Manifest &manifest, const char *id)
{
    const Node *found = manifest.find(QLatin1String(id));
    if (!found)
        qFatal("no node %s", id);
    return *found;
}

QStringList ids(const std::vector<Node> &nodes, ResourceType type)
{
    QStringList list;
    for (const Node &n : nodes) {
        if (n.type == type)
            list.append(n.uniqueId);
    }
    list.sort();
    return list;
}

QStringList codes(const Manifest &manifest)
{
    QStringList list;
    for (const Diagnostic &d : manifest.diagnostics)
        list.append(d.code);
    return list;
}

} // namespace

class TestManifestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    // An edited model updates the manifest in place: its calls, edges both ways, diagnostics.
    void updatesOneEditedModelInPlace()
    {
        QTemporaryDir folder;
        QVERIFY(Trellis::Tests::copyFolder(fixture("parse_mode"), folder.path()));
        ManifestBuilder builder(WorkspaceScanner::discover(folder.path()));
        const Manifest &manifest = builder.manifest();
        const QString model = QStringLiteral("model.shop.through_macro");
        const QString file = folder.filePath(QStringLiteral("shop/models/through_macro.sql"));
        const auto diagnosticsOf = [&] {
            QStringList found;
            for (const Diagnostic &d : manifest.diagnostics) {
                if (d.file == file)
                    found.append(QStringLiteral("%1:%2").arg(d.code).arg(d.line));
            }
            return found;
        };
        QCOMPARE(manifest.parents(model), QStringList{QStringLiteral("model.shop.payments")});

        // Typed, not saved: a new ref, and one to nothing.
        QVERIFY(builder.updateSqlFile(file, QStringLiteral("select *\nfrom {{ ref('orders') }} join {{ ref('nope') }}")));
        QCOMPARE(manifest.parents(model), QStringList{QStringLiteral("model.shop.orders")});
        QVERIFY(!manifest.children(QStringLiteral("model.shop.payments")).contains(model));
        QVERIFY(manifest.children(QStringLiteral("model.shop.orders")).contains(model));
        QCOMPARE(diagnosticsOf(), QStringList{QStringLiteral("TRL0110:2")});
        QCOMPARE(manifest.find(model)->rawCode.left(8), QStringLiteral("select *"));

        // Broken Jinja falls back to reading the calls statically, and says so.
        QVERIFY(builder.updateSqlFile(file, QStringLiteral("{{ ref('orders') }} {% if %}")));
        QVERIFY(manifest.find(model)->analysedStatically);
        QCOMPARE(manifest.parents(model), QStringList{QStringLiteral("model.shop.orders")});
        QCOMPARE(diagnosticsOf(), QStringList{QStringLiteral("TRL0112:1")});

        QVERIFY(builder.updateSqlFile(file, QStringLiteral("select 1")));
        QVERIFY(manifest.parents(model).isEmpty());
        QVERIFY(!manifest.children(QStringLiteral("model.shop.orders")).contains(model));
        QVERIFY(diagnosticsOf().isEmpty());

        // Changes only a new build can place leave the manifest as it was.
        QVERIFY(!builder.updateSqlFile(file, QStringLiteral("{{ config(enabled=false) }}{{ ref('orders') }}")));
        QVERIFY(!builder.updateSqlFile(folder.filePath(QStringLiteral("shop/models/semantic.yml")), QStringLiteral("x")));
        QVERIFY(manifest.parents(model).isEmpty());
        QVERIFY(manifest.find(model)->isEnabled());
    }

    // Descriptions render their doc() calls as dbt renders them; a doc() that names no block
    // keeps its text and is reported at its entry.
    void rendersDocBlocksInDescriptions()
    {
        QTemporaryDir folder;
        const auto write = [&](const QString &path, const QByteArray &text) {
            QVERIFY(QDir().mkpath(QFileInfo(folder.filePath(path)).path()));
            QFile file(folder.filePath(path));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("shop/dbt_project.yml"), "name: shop\nprofile: shop\n");
        write(QStringLiteral("shop/models/docs.md"),
              "{% docs orders %}\nOne row per order.\n{% enddocs %}\n\n"
              "{% docs status %}Where the order is.{% enddocs %}\n");
        write(QStringLiteral("shop/models/orders.sql"), "select * from {{ source('app', 'orders') }}\n");
        write(QStringLiteral("shop/models/customers.sql"), "select 1 as id\n");
        write(QStringLiteral("shop/models/schema.yml"),
              "models:\n"
              "  - name: orders\n"
              "    description: \"{{ doc('orders') }} Kept for ever.\"\n"
              "    columns:\n"
              "      - name: status\n"
              "        description: '{{ doc(\"shop\", \"status\") }}'\n"
              "  - name: customers\n"
              "    description: \"{{ doc('nope') }}\"\n"
              "sources:\n"
              "  - name: app\n"
              "    description: \"{{ doc('orders') | upper }}\"\n"
              "    tables:\n"
              "      - name: orders\n");
        ManifestBuilder builder(WorkspaceScanner::discover(folder.path()));
        const Manifest &manifest = builder.manifest();
        const Node &orders = node(manifest, "model.shop.orders");
        QCOMPARE(orders.description, QStringLiteral("One row per order. Kept for ever."));
        QCOMPARE(orders.columns.at(0).description, QStringLiteral("Where the order is."));
        QCOMPARE(node(manifest, "source.shop.app.orders").sourceDescription,
                 QStringLiteral("ONE ROW PER ORDER."));

        QCOMPARE(node(manifest, "model.shop.customers").description, QStringLiteral("{{ doc('nope') }}"));
        const auto missing = std::find_if(manifest.diagnostics.begin(), manifest.diagnostics.end(),
                                          [](const Diagnostic &d) { return d.code == QLatin1String("TRL0115"); });
        QVERIFY(missing != manifest.diagnostics.end());
        QCOMPARE(QFileInfo(missing->file).fileName(), QStringLiteral("schema.yml"));
        QCOMPARE(missing->line, 7);
        QVERIFY2(missing->message.contains(QLatin1String("doc('nope')")), qPrintable(missing->message));

        // Typing in the model keeps what its YAML says, rendered.
        QVERIFY(builder.updateSqlFile(folder.filePath(QStringLiteral("shop/models/orders.sql")),
                                      QStringLiteral("select 1 as id")));
        QCOMPARE(manifest.find(QStringLiteral("model.shop.orders"))->description,
                 QStringLiteral("One row per order. Kept for ever."));
    }

    // A project opened alone resolves its upstream project from a manifest.json named in
    // dbt-loom's configuration.
    void resolvesUpstreamProjectsFromManifests()
    {
        qputenv("TRELLIS_TEST_ARTIFACTS", QByteArray(TRELLIS_TEST_DATA_DIR "/projects/upstream_manifest/artifacts"));
        const Manifest manifest = ManifestBuilder::build(fixture("upstream_manifest/orders_team"));
        QCOMPARE(node(manifest, "model.orders_team.orders").dependsOnNodes,
                 (QStringList{QStringLiteral("model.platform.dim_members.v2"), QStringLiteral("model.platform.dim_members.v1")}));
        const Node &v1 = node(manifest, "model.platform.dim_members.v1");
        QVERIFY(v1.upstreamManifest.endsWith(QLatin1String("platform_manifest.json")));
        QCOMPARE(v1.access(), QStringLiteral("public"));
        QCOMPARE(v1.group(), QStringLiteral("members"));
        QVERIFY(v1.contractEnforced());
        QCOMPARE(v1.version, QStringLiteral("1"));
        QCOMPARE(v1.latestVersion, QStringLiteral("2"));
        QCOMPARE(v1.deprecationDate, QStringLiteral("2027-06-30T00:00:00"));
        QCOMPARE(v1.columns.size(), 1u);
        QCOMPARE(v1.columns.front().dataType, QStringLiteral("integer"));
        QVERIFY(v1.dependsOnNodes.isEmpty());
        QCOMPARE(node(manifest, "model.platform.stg_members").access(), QStringLiteral("protected"));
        QVERIFY(!manifest.find(QStringLiteral("seed.platform.raw_members")));

        // The remote kind is reported; the optional missing file is not.
        QCOMPARE(codes(manifest), QStringList{QStringLiteral("TRL0114")});
        QVERIFY(manifest.diagnostics.front().message.contains(QLatin1String("dbt_cloud")));
        QCOMPARE(manifest.diagnostics.front().line, 6);
    }

    // What `trellis manifest` writes reads back as the same models.
    void readsItsOwnManifestAsAnUpstream()
    {
        const Manifest sandbox = ManifestBuilder::build(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"));
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("manifest.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(ManifestJson::write(sandbox, QStringLiteral("2026-11-21T00:00:00Z"))).toJson());
        file.close();
        Result<std::vector<Node>> models = UpstreamManifest::readModels(file.fileName(), QStringLiteral("platform"));
        QVERIFY(models);
        QStringList expected;
        for (const Node &n : sandbox.nodes) {
            if (n.type == ResourceType::Model && n.packageName == QLatin1String("platform"))
                expected.append(n.uniqueId + QLatin1Char(' ') + n.access() + QLatin1Char(' ') + n.version);
        }
        QStringList read;
        for (const Node &n : *models)
            read.append(n.uniqueId + QLatin1Char(' ') + n.access() + QLatin1Char(' ') + n.version);
        expected.sort();
        read.sort();
        QCOMPARE(read, expected);

        QVERIFY(!UpstreamManifest::readModels(file.fileName(), QStringLiteral("nobody")));
        QVERIFY(!UpstreamManifest::readModels(folder.filePath(QStringLiteral("absent.json")), QStringLiteral("platform")));
    }

    // dbt_project.yml values are rendered before use, except hooks and vars (deferred in dbt).
    void rendersJinjaInProjectFiles()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("project_jinja"));
        QCOMPARE(manifest.projects.front().profile, QStringLiteral("warehouse"));
        const Node &staging = node(manifest, "model.jinja_proj.stg_a");
        QCOMPARE(staging.config.value(QLatin1String("schema")).toString(), QStringLiteral("analytics"));
        QCOMPARE(staging.config.value(QLatin1String("enabled")), QJsonValue(true));
        QCOMPARE(staging.materialized(), QStringLiteral("view"));
        QCOMPARE(staging.meta.value(QLatin1String("retries")), QJsonValue(3));
        QCOMPARE(staging.config.value(QLatin1String("post-hook")).toArray(),
                 QJsonArray{QStringLiteral("grant select on {{ this }} to reporter")});
        QCOMPARE(manifest.projects.front().vars.value(QLatin1String("kept")).toString(),
                 QStringLiteral("{{ this is not rendered }}"));

        QCOMPARE(codes(manifest), QStringList{QStringLiteral("TRL0113")});
        const Diagnostic &problem = manifest.diagnostics.front();
        QCOMPARE(problem.line, 13);
        QVERIFY2(problem.message.contains(QLatin1String("Env var required but not provided: 'TRELLIS_TEST_NEVER_SET'")),
                 qPrintable(problem.message));
    }

    // Models are rendered as dbt parses them: refs made in macros, loops and package macros
    // count, refs under is_incremental() do not, and what cannot render falls back with a warning.
    void rendersModelsInParseMode()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("parse_mode"));
        const Node &revenue = node(manifest, "model.shop.revenue");
        QCOMPARE(revenue.dependsOnNodes,
                 (QStringList{QStringLiteral("model.shop.orders"), QStringLiteral("model.shop.payments"),
                              QStringLiteral("model.shop.refunds")}));
        QVERIFY(!revenue.analysedStatically);
        QCOMPARE(revenue.materialized(), QStringLiteral("incremental"));
        QCOMPARE(revenue.tags, QStringList{QStringLiteral("finance")});
        QCOMPARE(node(manifest, "model.shop.through_macro").dependsOnNodes,
                 QStringList{QStringLiteral("model.shop.payments")});
        // The package's var comes from the root project's scope for the package.
        QCOMPARE(node(manifest, "model.utils.calendar").dependsOnNodes,
                 QStringList{QStringLiteral("model.utils.calendar_days")});
        const Node &snapshot = node(manifest, "snapshot.shop.orders_snapshot");
        QCOMPARE(snapshot.dependsOnNodes, QStringList{QStringLiteral("model.shop.orders")});
        QCOMPARE(snapshot.config.value(QLatin1String("strategy")).toString(), QStringLiteral("check"));
        QCOMPARE(snapshot.refs.front().location.line, 3);
        // dbt 1.9 snapshots declared in YAML alone.
        const Node &yamlSnapshot = node(manifest, "snapshot.shop.payments_history");
        QCOMPARE(yamlSnapshot.dependsOnNodes, QStringList{QStringLiteral("model.shop.payments")});
        QCOMPARE(yamlSnapshot.config.value(QLatin1String("unique_key")).toString(), QStringLiteral("id"));
        QCOMPARE(yamlSnapshot.description, QStringLiteral("Every change to a payment."));
        QCOMPARE(yamlSnapshot.originalFilePath, QStringLiteral("snapshots/yaml_snapshots.yml"));
        QCOMPARE(manifest.children(QStringLiteral("snapshot.shop.payments_history")).size(), 1);

        const Node &unrenderable = node(manifest, "model.shop.unrenderable");
        QVERIFY(unrenderable.analysedStatically);
        QCOMPARE(unrenderable.dependsOnNodes, QStringList{QStringLiteral("model.shop.orders")});

        QStringList found;
        for (const Diagnostic &d : manifest.diagnostics)
            found.append(QStringLiteral("%1 %2:%3 %4").arg(d.code, QFileInfo(d.file).fileName()).arg(d.line).arg(Diagnostic::severityName(d.severity)));
        QCOMPARE(found, (QStringList{QStringLiteral("TRL0104 broken.sql:3 error"),
                                     QStringLiteral("TRL0112 unrenderable.sql:3 warning")}));
        const auto notRendered = std::find_if(manifest.diagnostics.begin(), manifest.diagnostics.end(),
                                              [](const Diagnostic &d) { return d.code == QLatin1String("TRL0112"); });
        QVERIFY2(notRendered->message.contains(QLatin1String("macro_nobody_defined")), qPrintable(notRendered->message));

        // Resources kept as written, under dbt's unique ids.
        QCOMPARE(manifest.semanticModels.keys(), QStringList{QStringLiteral("semantic_model.shop.orders_semantic")});
        QCOMPARE(manifest.metrics.value(QLatin1String("metric.shop.order_count")).toObject()
                     .value(QLatin1String("label")).toString(), QStringLiteral("Orders"));
        QCOMPARE(manifest.savedQueries.keys(), QStringList{QStringLiteral("saved_query.shop.weekly_orders")});
        const QJsonObject unitTest = manifest.unitTests.value(QLatin1String("unit_test.shop.revenue.revenue_rounds_cents")).toObject();
        QCOMPARE(unitTest.value(QLatin1String("original_file_path")).toString(), QStringLiteral("models/semantic.yml"));
        QCOMPARE(unitTest.value(QLatin1String("expect")).toObject().value(QLatin1String("rows")).toArray().size(), 1);
    }
    void buildsTheSandboxMesh()
    {
        const Manifest manifest = ManifestBuilder::build(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"));
        QVERIFY2(manifest.diagnostics.empty(),
                 qPrintable(manifest.diagnostics.empty() ? QString() : manifest.diagnostics.front().message));
        QCOMPARE(manifest.projects.size(), size_t(3));
        QCOMPARE(manifest.count(ResourceType::Model), 36);
        QCOMPARE(manifest.count(ResourceType::Seed), 12);
        QCOMPARE(manifest.count(ResourceType::Source), 10);
        QCOMPARE(manifest.count(ResourceType::Test), 150);
        QCOMPARE(manifest.count(ResourceType::Exposure), 4);
        QCOMPARE(manifest.count(ResourceType::Group), 6);
        QCOMPARE(manifest.count(ResourceType::Doc), 10);

        // Cross-project edges land on the latest version of the upstream public model.
        const Node &acquisition = node(manifest, "model.marketing.fct_member_acquisition");
        QCOMPARE(acquisition.dependsOnNodes,
                 QStringList({QStringLiteral("model.platform.dim_members.v2"),
                              QStringLiteral("model.marketing.int_member_first_touch"),
                              QStringLiteral("model.marketing.dim_campaigns"),
                              QStringLiteral("model.finance.fct_member_revenue_monthly")}));
        QVERIFY(manifest.children(QStringLiteral("model.platform.dim_members.v2"))
                    .contains(QStringLiteral("model.finance.fct_invoices")));
        // Nothing but its own tests reads the deprecated v1.
        for (const QString &child : manifest.children(QStringLiteral("model.platform.dim_members.v1")))
            QVERIFY2(child.startsWith(QStringLiteral("test.platform.")), qPrintable(child));

        // Versions, access, groups and contracts come through the precedence rules.
        const Node &v1 = node(manifest, "model.platform.dim_members.v1");
        QCOMPARE(v1.version, QStringLiteral("1"));
        QCOMPARE(v1.latestVersion, QStringLiteral("2"));
        QCOMPARE(v1.deprecationDate, QStringLiteral("2027-06-30"));
        QCOMPARE(v1.access(), QStringLiteral("public"));
        QCOMPARE(v1.group(), QStringLiteral("core_entities"));
        QVERIFY(v1.contractEnforced());
        QCOMPARE(v1.originalFilePath, QStringLiteral("models/marts/core/dim_members_v1.sql"));
        QCOMPARE(v1.fqn, QStringList({QStringLiteral("platform"), QStringLiteral("marts"),
                                      QStringLiteral("core"), QStringLiteral("dim_members"),
                                      QStringLiteral("v1")}));
        QCOMPARE(node(manifest, "model.platform.int_rides_enriched").materialized(), QStringLiteral("ephemeral"));
        QCOMPARE(node(manifest, "model.platform.fct_rides").materialized(), QStringLiteral("incremental"));
        QCOMPARE(node(manifest, "model.platform.stg_bikeshare_app__rides").access(), QStringLiteral("protected"));

        // Exposures depend on other projects' models; tests on the node they test.
        for (const Node &exposure : manifest.nodes) {
            if (exposure.type == ResourceType::Exposure)
                QCOMPARE(exposure.dependsOnNodes.size(), qsizetype(exposure.refs.size() + exposure.sources.size()));
        }
        const QStringList v2Tests = manifest.children(QStringLiteral("model.platform.dim_members.v2"));
        QVERIFY(v2Tests.contains(QStringLiteral("test.platform.unique_dim_members_v2_member_id.")
                                 + TestNaming::idSuffix(QStringLiteral("unique_dim_members_v2_member_id"),
                                                        QStringLiteral("model.platform.dim_members.v2"),
                                                        {{QStringLiteral("column_name"), QStringLiteral("member_id")}},
                                                        node(manifest, "model.platform.dim_members.v2").columns.front().location.file)));
    }

    void appliesConfigPrecedence()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("precedence"));
        QVERIFY(manifest.diagnostics.empty());
        const Node &revenue = node(manifest, "model.shop.revenue");
        // config() in the file beats YAML config:, which beats dbt_project.yml.
        QCOMPARE(revenue.materialized(), QStringLiteral("incremental"));
        QCOMPARE(revenue.tags, QStringList({QStringLiteral("all"), QStringLiteral("finance"),
                                            QStringLiteral("nightly")}));
        QCOMPARE(QJsonDocument(revenue.meta).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"owner":"analytics","sla":"6h","tier":"gold"})"));
        QCOMPARE(revenue.group(), QStringLiteral("finance"));
        QCOMPARE(revenue.access(), QStringLiteral("public")); // top-level access counts
        QVERIFY(revenue.contractEnforced());
        QCOMPARE(revenue.columns.size(), size_t(1));

        const Node &costs = node(manifest, "model.shop.costs");
        QCOMPARE(costs.materialized(), QStringLiteral("table"));
        QCOMPARE(costs.access(), QStringLiteral("private")); // access under config: counts too
        QCOMPARE(node(manifest, "group.shop.finance").owner.value(QStringLiteral("email")).toString(),
                 QStringLiteral("finance@example.com"));
    }

    void resolvesVersions()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("versions"));
        QVERIFY(manifest.diagnostics.empty());
        QCOMPARE(ids(manifest.nodes, ResourceType::Model),
                 QStringList({QStringLiteral("model.crm.consumer"), QStringLiteral("model.crm.customers.v1"),
                              QStringLiteral("model.crm.customers.v2"), QStringLiteral("model.crm.customers.v3")}));
        QCOMPARE(node(manifest, "model.crm.customers.v1").originalFilePath,
                 QStringLiteral("models/customers_legacy.sql"));
        QCOMPARE(node(manifest, "model.crm.customers.v2").originalFilePath,
                 QStringLiteral("models/customers_v2.sql"));
        QCOMPARE(node(manifest, "model.crm.customers.v3").originalFilePath,
                 QStringLiteral("models/customers.sql"));
        QCOMPARE(node(manifest, "model.crm.customers.v1").deprecationDate, QStringLiteral("2025-01-31"));
        // Unpinned → latest_version (2, not the highest 3); pinned → that version.
        QCOMPARE(node(manifest, "model.crm.consumer").dependsOnNodes,
                 QStringList({QStringLiteral("model.crm.customers.v2"), QStringLiteral("model.crm.customers.v1"),
                              QStringLiteral("model.crm.customers.v3")}));
        // v2 excludes `label`; every version gets the column tests of its columns.
        QCOMPARE(node(manifest, "model.crm.customers.v2").columns.size(), size_t(1));
        QCOMPARE(manifest.count(ResourceType::Test), 3);
    }

    void keepsDisabledNodesApart()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("disabled"));
        QCOMPARE(ids(manifest.nodes, ResourceType::Model), QStringList{QStringLiteral("model.toggles.reader")});
        QCOMPARE(ids(manifest.disabled, ResourceType::Model),
                 QStringList({QStringLiteral("model.toggles.old_model"), QStringLiteral("model.toggles.switched_off")}));
        QCOMPARE(ids(manifest.disabled, ResourceType::Test).size(), 1);
        // A ref to a disabled model resolves to nothing (the rules report it).
        QVERIFY(node(manifest, "model.toggles.reader").dependsOnNodes.isEmpty());
    }

    void readsInstalledPackages()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("packages_ws"));
        QCOMPARE(manifest.packages.size(), size_t(1));
        const Node &calendar = node(manifest, "model.helpers.calendar");
        // The installing project's dbt_project.yml overrides the package's own.
        QCOMPARE(calendar.materialized(), QStringLiteral("table"));
        QCOMPARE(calendar.tags, QStringList{QStringLiteral("from_package")});
        QVERIFY(manifest.find(QStringLiteral("macro.helpers.add_days")));
        QCOMPARE(node(manifest, "model.shop.orders").dependsOnNodes,
                 QStringList{QStringLiteral("model.helpers.calendar")});
        QCOMPARE(codes(manifest), QStringList{QStringLiteral("TRL0107")});
        QVERIFY(manifest.diagnostics.front().message.contains(QStringLiteral("dbt-labs/missing_pkg")));
        QCOMPARE(manifest.diagnostics.front().line, 4);
    }

    void reportsBrokenFilesAndKeepsTheRest()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("broken_files"));
        QCOMPARE(ids(manifest.nodes, ResourceType::Model), QStringList{QStringLiteral("model.broken_files.fine")});
        QCOMPARE(codes(manifest), QStringList({QStringLiteral("TRL0101"), QStringLiteral("TRL0101")}));
        QStringList where;
        for (const Diagnostic &d : manifest.diagnostics)
            where.append(QStringLiteral("%1:%2").arg(d.file.section(QLatin1Char('/'), -1)).arg(d.line));
        where.sort();
        QCOMPARE(where, QStringList({QStringLiteral("bad.yml:4"), QStringLiteral("binary.sql:1")}));
    }

    void resolvesOneArgumentRefsAcrossProjectsAndRejectsTwins()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("mesh_one_arg"));
        QCOMPARE(node(manifest, "model.downstream.reader").dependsOnNodes,
                 QStringList{QStringLiteral("model.upstream.shared")});
        QCOMPARE(codes(manifest), QStringList{QStringLiteral("TRL0109")});
        QVERIFY(manifest.diagnostics.front().file.endsWith(QStringLiteral("upstream_copy/dbt_project.yml")));
        QCOMPARE(manifest.projects.size(), size_t(2));
    }

    void explainsReferencesThatResolveToNothing()
    {
        const Manifest manifest = ManifestBuilder::build(fixture("missing_refs"));
        QStringList found;
        for (const Diagnostic &d : manifest.diagnostics)
            found.append(QStringLiteral("%1 %2:%3 %4").arg(d.code).arg(d.line).arg(d.column).arg(d.message));
        QCOMPARE(found, QStringList({
            QStringLiteral("TRL0110 1:18 model 'model.gaps.report' depends on a node named 'ordrs' which was not found; did you mean 'orders'?"),
            QStringLiteral("TRL0110 3:28 model 'model.gaps.report' depends on a node named 'retired' which is disabled"),
            QStringLiteral("TRL0110 4:28 model 'model.gaps.report' depends on version 3 of 'orders', which has no versions"),
            QStringLiteral("TRL0111 2:28 model 'model.gaps.report' depends on a source named 'app.payments' which was not found; did you mean 'app.payment'?")}));
        QVERIFY(node(manifest, "model.gaps.report").dependsOnNodes.isEmpty());
    }

    void readsLegacyAndOutsidePaths()
    {
        const Manifest legacy = ManifestBuilder::build(fixture("legacy_paths"));
        QVERIFY(legacy.find(QStringLiteral("model.legacy.legacy_model")));
        QCOMPARE(legacy.find(QStringLiteral("model.legacy.legacy_model"))->materialized(), QStringLiteral("table"));

        const Manifest outside = ManifestBuilder::build(fixture("outside_root"));
        const Node &shared = node(outside, "model.outside.shared_model");
        QCOMPARE(shared.originalFilePath, QStringLiteral("../shared/models/shared_model.sql"));
        QCOMPARE(node(outside, "model.outside.local_model").dependsOnNodes,
                 QStringList{QStringLiteral("model.outside.shared_model")});
    }
};

QTEST_GUILESS_MAIN(TestManifestBuilder)
#include "tst_manifestbuilder.moc"
