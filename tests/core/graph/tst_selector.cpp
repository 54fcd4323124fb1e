#include "core/graph/manifestbuilder.h"
#include "core/graph/selector.h"
#include "core/graph/selectorpattern.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Trellis::Core;

Q_DECLARE_METATYPE(IndirectSelection)

namespace {

// Expectations name tests without the hash that ends their unique id
// ("test.platform.unique_dim_plans_plan_code"): the names follow from the YAML, the hashes do not.
QString withoutHash(const QString &id)
{
    static const QRegularExpression hash(QStringLiteral("^(test\\..*)\\.[0-9a-f]{10}$"));
    const QRegularExpressionMatch match = hash.match(id);
    return match.hasMatch() ? match.captured(1) : id;
}

QStringList sortedWithoutHashes(const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids)
        result.append(withoutHash(id));
    result.sort();
    return result;
}

QList<ResourceType> typesFrom(const QString &names)
{
    QList<ResourceType> types;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<ResourceType> type = resourceTypeFromName(name);
        if (!type)
            qFatal("unknown resource type %s in a test row", qPrintable(name));
        types.append(*type);
    }
    return types;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QLatin1String(item));
    return result;
}

// A hand-made node for fixture graphs.
Node makeNode(ResourceType type, const QString &package, const QString &name,
              const QStringList &parents = {}, const QStringList &folders = {})
{
    Node node;
    node.type = type;
    node.packageName = package;
    node.name = name;
    node.uniqueId = resourceTypeName(type) + QLatin1Char('.') + package + QLatin1Char('.') + name;
    node.fqn = QStringList{package} + folders + QStringList{name};
    const QString folder
        = type == ResourceType::Test ? QStringLiteral("tests") : QStringLiteral("models");
    node.originalFilePath
        = (QStringList{folder} + folders + QStringList{name + QStringLiteral(".sql")})
              .join(QLatin1Char('/'));
    node.path = (folders + QStringList{name + QStringLiteral(".sql")}).join(QLatin1Char('/'));
    node.dependsOnNodes = parents;
    node.config.insert(QStringLiteral("enabled"), true);
    return node;
}

Node makeTest(const QString &name, const QStringList &parents,
              const QString &testName = QStringLiteral("relationships"))
{
    Node node = makeNode(ResourceType::Test, QStringLiteral("shop"), name, parents);
    node.test.name = testName;
    node.test.attachedNode = parents.value(0);
    return node;
}

// a → b → c → d → e, and x; t_c tests c, r_cx tests c against x; p ⇄ q is a cycle and s
// depends on itself.
Manifest chainManifest()
{
    const auto id = [](const char *name) {
        return QStringLiteral("model.shop.") + QLatin1String(name);
    };
    Manifest manifest;
    DbtProject shop;
    shop.name = QStringLiteral("shop");
    shop.rootPath = QStringLiteral("/workspace/shop");
    manifest.projects.push_back(shop);
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("a")));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("b"), {id("a")}));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("c"), {id("b")}));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("d"), {id("c")}));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("e"), {id("d")}));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("x")));
    manifest.nodes.push_back(makeTest(QStringLiteral("t_c"), {id("c")}, QStringLiteral("unique")));
    manifest.nodes.push_back(makeTest(QStringLiteral("r_cx"), {id("c"), id("x")}));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("p"), {id("q")}));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("q"), {id("p")}));
    manifest.nodes.push_back(
        makeNode(ResourceType::Model, QStringLiteral("shop"), QStringLiteral("s"), {id("s")}));
    manifest.index();
    return manifest;
}

// Names, folders, tags, configs, versions and a disabled twin, for the methods' own rules.
Manifest methodsManifest()
{
    Manifest manifest;
    DbtProject shop;
    shop.name = QStringLiteral("shop");
    shop.rootPath = QStringLiteral("/workspace/shop");
    manifest.projects.push_back(shop);
    DbtProject utils;
    utils.name = QStringLiteral("shop_utils");
    utils.rootPath = QStringLiteral("/workspace/shop/dbt_packages/shop_utils");
    manifest.packages.push_back(utils);

    const QString shopName = QStringLiteral("shop");
    Node orders = makeNode(ResourceType::Model, shopName, QStringLiteral("orders_2024"));
    orders.tags = QStringList{QStringLiteral("nightly"), QStringLiteral("finance")};
    orders.config.insert(QStringLiteral("materialized"), QStringLiteral("table"));
    orders.config.insert(QStringLiteral("meta"),
                         QJsonObject{{QStringLiteral("owner"), QStringLiteral("ana")},
                                     {QStringLiteral("priority"), 1}});
    orders.config.insert(QStringLiteral("tags"),
                         QJsonArray{QStringLiteral("nightly"), QStringLiteral("finance")});
    orders.config.insert(QStringLiteral("persist_docs"),
                         QJsonObject{{QStringLiteral("relation"), true}});
    manifest.nodes.push_back(orders);

    Node staged = makeNode(ResourceType::Model, shopName, QStringLiteral("orders_staged"), {},
                           {QStringLiteral("staging")});
    staged.tags = QStringList{QStringLiteral("hourly")};
    staged.config.insert(QStringLiteral("materialized"), QStringLiteral("view"));
    staged.config.insert(QStringLiteral("access"), QStringLiteral("private"));
    manifest.nodes.push_back(staged);

    for (const char *v : {"1", "2", "3"}) {
        Node version = makeNode(ResourceType::Model, shopName, QStringLiteral("customers"), {},
                                {QStringLiteral("marts")});
        version.version = QLatin1String(v);
        version.latestVersion = QStringLiteral("2");
        version.uniqueId += QStringLiteral(".v") + version.version;
        version.fqn.append(QStringLiteral("v") + version.version);
        version.originalFilePath
            = QStringLiteral("models/marts/customers_v%1.sql").arg(version.version);
        version.config.insert(QStringLiteral("access"), QStringLiteral("public"));
        manifest.nodes.push_back(version);
    }

    Node helper
        = makeNode(ResourceType::Model, QStringLiteral("shop_utils"), QStringLiteral("calendar"));
    manifest.nodes.push_back(helper);

    Node seed = makeNode(ResourceType::Seed, shopName, QStringLiteral("countries"));
    seed.originalFilePath = QStringLiteral("seeds/countries.csv");
    manifest.nodes.push_back(seed);

    Node source = makeNode(ResourceType::Source, shopName, QStringLiteral("raw_orders"));
    source.uniqueId = QStringLiteral("source.shop.erp.raw_orders");
    source.sourceName = QStringLiteral("erp");
    source.fqn = QStringList{shopName, QStringLiteral("erp"), QStringLiteral("raw_orders")};
    source.originalFilePath = QStringLiteral("models/staging/_sources.yml");
    source.tags = QStringList{QStringLiteral("nightly")};
    manifest.nodes.push_back(source);

    Node test = makeTest(QStringLiteral("not_null_orders_2024_id"),
                         {QStringLiteral("model.shop.orders_2024")}, QStringLiteral("not_null"));
    test.originalFilePath = QStringLiteral("models/_models.yml");
    test.config.insert(QStringLiteral("severity"), QStringLiteral("warn"));
    manifest.nodes.push_back(test);

    Node group = makeNode(ResourceType::Group, shopName, QStringLiteral("finance"));
    manifest.nodes.push_back(group);

    // Disabled: in `disabled` as ManifestBuilder keeps them, and one left among the nodes.
    Node old = makeNode(ResourceType::Model, shopName, QStringLiteral("orders_old"));
    old.config.insert(QStringLiteral("enabled"), false);
    manifest.disabled.push_back(old);
    Node off = makeNode(ResourceType::Model, shopName, QStringLiteral("orders_off"));
    off.config.insert(QStringLiteral("enabled"), false);
    manifest.nodes.push_back(off);

    manifest.index();
    return manifest;
}

} // namespace

class TestSelector : public QObject
{
    Q_OBJECT

private:
    Manifest m_sandbox;

    // Every sandbox graph member of the given types except the listed ids.
    QStringList everythingBut(const QString &types, const QStringList &exceptions) const
    {
        const QList<ResourceType> wanted = typesFrom(types);
        QStringList ids;
        for (const Node &node : m_sandbox.nodes) {
            if (wanted.contains(node.type) && !exceptions.contains(node.uniqueId))
                ids.append(node.uniqueId);
        }
        return ids;
    }

    void compareSelection(const Manifest &manifest, const QStringList &select,
                          const QStringList &exclude, const QString &types, IndirectSelection mode,
                          const QStringList &expected)
    {
        const Result<QStringList> selected
            = selectNodes(manifest, select, exclude, typesFrom(types), mode);
        QVERIFY2(selected.ok(),
                 qPrintable(selected.ok() ? QString() : selected.error().toString()));
        QCOMPARE(sortedWithoutHashes(*selected), sortedWithoutHashes(expected));

        // Manifest order, whatever the expression's order.
        qsizetype previous = -1;
        for (const QString &id : *selected) {
            const Node *node = manifest.find(id);
            QVERIFY(node);
            const qsizetype position = node - manifest.nodes.data();
            QVERIFY2(position > previous, qPrintable(id));
            previous = position;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = ManifestBuilder::build(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"));
        QVERIFY(m_sandbox.find(QStringLiteral("model.platform.dim_members.v2")));
    }

    void sandbox_data()
    {
        QTest::addColumn<QStringList>("select");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QString>("types"); // resource types kept, comma-separated; empty: all
        QTest::addColumn<IndirectSelection>("mode");
        QTest::addColumn<QStringList>("expected");
        const IndirectSelection eager = IndirectSelection::Eager;
        const QStringList none;

        // Graph operators across project boundaries.
        QTest::newRow("+fct_member_acquisition")
            << list({"+fct_member_acquisition"}) << none << "model,seed,source" << eager
            << list({"model.marketing.fct_member_acquisition",
                     "model.marketing.int_member_first_touch",
                     "model.marketing.stg_ads__touchpoints",
                     "model.marketing.dim_campaigns",
                     "model.marketing.stg_ads__campaigns",
                     "seed.marketing.channel_groups",
                     "source.marketing.ads.touchpoints",
                     "source.marketing.ads.campaigns",
                     "model.finance.fct_member_revenue_monthly",
                     "model.finance.fct_invoices",
                     "model.finance.stg_billing__invoices",
                     "model.finance.int_invoice_settlements",
                     "model.finance.stg_billing__payments",
                     "model.finance.stg_billing__refunds",
                     "model.finance.int_member_monthly_usage",
                     "source.finance.billing.invoices",
                     "source.finance.billing.payments",
                     "source.finance.billing.refunds",
                     "model.platform.dim_members.v2",
                     "model.platform.stg_bikeshare_app__members",
                     "model.platform.stg_reference__cities",
                     "model.platform.int_member_ride_stats",
                     "model.platform.stg_bikeshare_app__rides",
                     "model.platform.fct_rides",
                     "model.platform.int_rides_enriched",
                     "model.platform.stg_bikeshare_app__stations",
                     "model.platform.dim_stations",
                     "model.platform.dim_cities",
                     "seed.platform.cities",
                     "source.platform.bikeshare_app.members",
                     "source.platform.bikeshare_app.rides",
                     "source.platform.bikeshare_app.stations"});
        QTest::newRow("dim_members+1 (both versions)")
            << list({"dim_members+1"}) << none << "model,exposure" << eager
            << list({"model.platform.dim_members.v1", "model.platform.dim_members.v2",
                     "model.finance.fct_invoices", "model.marketing.int_member_first_touch",
                     "model.marketing.fct_member_acquisition", "model.marketing.fct_signup_cohorts",
                     "exposure.marketing.member_app_referral_banner"});
        QTest::newRow("2+fct_member_revenue_monthly")
            << list({"2+fct_member_revenue_monthly"}) << none << "model" << eager
            << list({"model.finance.fct_member_revenue_monthly", "model.finance.fct_invoices",
                     "model.finance.int_member_monthly_usage",
                     "model.finance.stg_billing__invoices", "model.finance.int_invoice_settlements",
                     "model.platform.dim_members.v2", "model.platform.fct_rides"});
        // @: every descendant (tests and exposures included), then all their ancestors: the
        // relationships test fct_rides → dim_members pulls in fct_rides' lineage, the exposure
        // monthly_close_pack pulls in dim_plans'. The fleet usage marts and treasury stay out.
        QTest::newRow("@stg_bikeshare_app__members")
            << list({"@stg_bikeshare_app__members"}) << none << "model,seed,source,exposure"
            << eager
            << everythingBut(
                   QStringLiteral("model,seed,source,exposure"),
                   list({"model.platform.int_station_daily_flows",
                         "model.platform.fct_station_daily_usage",
                         "model.finance.int_payments_pivoted",
                         "model.finance.fct_payments_by_method", "seed.platform.members",
                         "seed.platform.plans", "seed.platform.rides", "seed.platform.stations",
                         "seed.finance.invoices", "seed.finance.payments", "seed.finance.refunds",
                         "seed.marketing.ad_spend", "seed.marketing.campaigns",
                         "seed.marketing.touchpoints",
                         "exposure.platform.fleet_rebalancing_board"}));
        QTest::newRow("source:bikeshare_app+")
            << list({"source:bikeshare_app+"}) << none << "model,seed,source,exposure" << eager
            << everythingBut(QStringLiteral("model,seed,source,exposure"),
                             list({"model.platform.stg_reference__cities",
                                   "model.finance.stg_billing__invoices",
                                   "model.finance.stg_billing__payments",
                                   "model.finance.stg_billing__refunds",
                                   "model.finance.int_invoice_settlements",
                                   "model.finance.int_payments_pivoted",
                                   "model.finance.fct_payments_by_method",
                                   "model.marketing.stg_ads__ad_spend",
                                   "model.marketing.stg_ads__campaigns",
                                   "model.marketing.stg_ads__touchpoints",
                                   "model.marketing.int_campaign_spend_rollup",
                                   "model.marketing.dim_campaigns",
                                   "source.finance.billing.invoices",
                                   "source.finance.billing.payments",
                                   "source.finance.billing.refunds",
                                   "source.marketing.ads.ad_spend",
                                   "source.marketing.ads.campaigns",
                                   "source.marketing.ads.touchpoints",
                                   "seed.platform.cities",
                                   "seed.platform.members",
                                   "seed.platform.plans",
                                   "seed.platform.rides",
                                   "seed.platform.stations",
                                   "seed.finance.invoices",
                                   "seed.finance.payments",
                                   "seed.finance.refunds",
                                   "seed.marketing.ad_spend",
                                   "seed.marketing.campaigns",
                                   "seed.marketing.channel_groups",
                                   "seed.marketing.touchpoints"}));
        QTest::newRow("+dim_plans+ with its tests")
            << list({"+dim_plans+"}) << none << "" << eager
            << list(
                   {"model.platform.dim_plans", "model.platform.stg_bikeshare_app__plans",
                    "source.platform.bikeshare_app.plans", "exposure.finance.monthly_close_pack",
                    "test.platform.unique_dim_plans_plan_code",
                    "test.platform.non_negative_dim_plans_monthly_fee_cents",
                    "test.platform.unique_stg_bikeshare_app__plans_plan_code",
                    "test.platform.not_null_stg_bikeshare_app__plans_plan_code",
                    "test.platform.accepted_values_stg_bikeshare__fcf9e6fe79cab725c01c422e5ca8ffbf",
                    "test.platform.source_unique_bikeshare_app_plans_plan_code",
                    "test.platform.source_not_null_bikeshare_app_plans_plan_code",
                    // members.plan_code → stg_bikeshare_app__plans: one parent selected is enough
                    "test.platform.relationships_stg_bikeshare_ap_"
                    "a4af84fc8fc4439c18d8f4b8708d0e1e"});

        // Set operators.
        QTest::newRow("tag:staging,package:finance (with tests)")
            << list({"tag:staging,package:finance"}) << none << "" << eager
            << list({"model.finance.stg_billing__invoices",
                     "model.finance.stg_billing__payments",
                     "model.finance.stg_billing__refunds",
                     "test.finance.unique_stg_billing__invoices_invoice_id",
                     "test.finance.not_null_stg_billing__invoices_invoice_id",
                     "test.finance.unique_stg_billing__invoices_invoice_number",
                     "test.finance.not_null_stg_billing__invoices_member_id",
                     "test.finance.relationships_stg_billing__inv_3678df950e6ac5e911fd9e43d0842012",
                     "test.finance.accepted_values_stg_billing__i_f33fc7b8a079951e2437dc50ba0a3ae4",
                     "test.finance.unique_stg_billing__payments_payment_id",
                     "test.finance.not_null_stg_billing__payments_payment_id",
                     "test.finance.not_null_stg_billing__payments_invoice_id",
                     "test.finance.relationships_stg_billing__pay_421c25606fd9960d5d773fc0bf97b776",
                     "test.finance.accepted_values_stg_billing__p_0f8255423f65e5a9ed7f4f20af8d12f0",
                     "test.finance.accepted_values_stg_billing__p_bd9b187d990140be2dfdfca3f5da4986",
                     "test.finance.value_between_stg_billing__payments_processor_fee_eur__25__0",
                     "test.finance.unique_stg_billing__refunds_refund_id",
                     "test.finance.not_null_stg_billing__refunds_refund_id",
                     "test.finance.relationships_stg_billing__ref_cc8e5eaef95bd64b66a06757d526ff57",
                     "test.finance.accepted_values_stg_billing__r_"
                     "645c709795d68922ad020d16ebc8dbff"});
        QTest::newRow("union") << list({"dim_plans dim_cities"}) << none << "model" << eager
                               << list({"model.platform.dim_plans", "model.platform.dim_cities"});
        QTest::newRow("several --select arguments")
            << list({"dim_plans", "tag:intermediate,package:marketing"}) << none << "model" << eager
            << list({"model.platform.dim_plans", "model.marketing.int_campaign_spend_rollup",
                     "model.marketing.int_member_first_touch"});
        QTest::newRow("tag:marts,group:treasury")
            << list({"tag:marts,group:treasury"}) << none << "model" << eager
            << list(
                   {"model.finance.fct_payments_by_method", "model.finance.fct_receivables_aging"});
        QTest::newRow("package:finance --exclude tag:staging")
            << list({"package:finance"}) << list({"tag:staging"}) << "model" << eager
            << list({"model.finance.int_invoice_settlements",
                     "model.finance.int_member_monthly_usage", "model.finance.int_payments_pivoted",
                     "model.finance.fct_invoices", "model.finance.fct_member_revenue_monthly",
                     "model.finance.fct_monthly_revenue", "model.finance.fct_payments_by_method",
                     "model.finance.fct_receivables_aging"});
        // A bare project name is fqn:, which never matches sources: platform's sources stay.
        QTest::newRow("+fct_invoices --exclude platform")
            << list({"+fct_invoices"}) << list({"platform"}) << "model,seed,source" << eager
            << list({"model.finance.fct_invoices", "model.finance.stg_billing__invoices",
                     "model.finance.int_invoice_settlements", "model.finance.stg_billing__payments",
                     "model.finance.stg_billing__refunds", "source.finance.billing.invoices",
                     "source.finance.billing.payments", "source.finance.billing.refunds",
                     "source.platform.bikeshare_app.members",
                     "source.platform.bikeshare_app.rides"});
        QTest::newRow("dim_plans --exclude test_name:unique")
            << list({"dim_plans"}) << list({"test_name:unique"}) << "" << eager
            << list({"model.platform.dim_plans",
                     "test.platform.non_negative_dim_plans_monthly_fee_cents"});
        // Excluding a model excludes the tests that came with it.
        QTest::newRow("+dim_plans --exclude dim_plans")
            << list({"+dim_plans"}) << list({"dim_plans"}) << "" << eager
            << list(
                   {"model.platform.stg_bikeshare_app__plans",
                    "source.platform.bikeshare_app.plans",
                    "test.platform.unique_stg_bikeshare_app__plans_plan_code",
                    "test.platform.not_null_stg_bikeshare_app__plans_plan_code",
                    "test.platform.accepted_values_stg_bikeshare__fcf9e6fe79cab725c01c422e5ca8ffbf",
                    "test.platform.source_unique_bikeshare_app_plans_plan_code",
                    "test.platform.source_not_null_bikeshare_app_plans_plan_code",
                    "test.platform.relationships_stg_bikeshare_ap_"
                    "a4af84fc8fc4439c18d8f4b8708d0e1e"});
        QTest::newRow("everything by default")
            << none << none << "model,seed,source,exposure,test" << eager
            << everythingBut(QStringLiteral("model,seed,source,exposure,test,snapshot,analysis"),
                             {});
        QTest::newRow("everything but tests")
            << none << list({"resource_type:test"}) << "" << eager
            << everythingBut(QStringLiteral("model,seed,source,exposure,snapshot,analysis"), {});

        // Methods.
        QTest::newRow("access:public")
            << list({"access:public"}) << none << "model" << eager
            << list({"model.platform.dim_cities", "model.platform.dim_members.v1",
                     "model.platform.dim_members.v2", "model.platform.dim_plans",
                     "model.platform.dim_stations", "model.platform.fct_rides",
                     "model.finance.fct_member_revenue_monthly",
                     "model.finance.fct_monthly_revenue", "model.marketing.fct_channel_roi"});
        QTest::newRow("access:private")
            << list({"access:private"}) << none << "" << IndirectSelection::Empty
            << list({"model.platform.int_member_ride_stats", "model.platform.int_rides_enriched",
                     "model.platform.int_station_daily_flows",
                     "model.finance.int_invoice_settlements",
                     "model.finance.int_member_monthly_usage", "model.finance.int_payments_pivoted",
                     "model.marketing.int_campaign_spend_rollup",
                     "model.marketing.int_member_first_touch"});
        QTest::newRow("group:core_entities")
            << list({"group:core_entities"}) << none << "model" << eager
            << list({"model.platform.int_member_ride_stats", "model.platform.dim_cities",
                     "model.platform.dim_members.v1", "model.platform.dim_members.v2",
                     "model.platform.dim_plans"});
        QTest::newRow("group:*_marketing")
            << list({"group:*_marketing"}) << none << "model" << eager
            << list({"model.marketing.int_campaign_spend_rollup",
                     "model.marketing.int_member_first_touch", "model.marketing.dim_campaigns",
                     "model.marketing.fct_campaign_performance", "model.marketing.fct_channel_roi",
                     "model.marketing.fct_member_acquisition"});
        QTest::newRow("config.materialized:incremental (with tests)")
            << list({"config.materialized:incremental"}) << none << "" << eager
            << list({"model.platform.fct_rides", "test.platform.unique_fct_rides_ride_id",
                     "test.platform.not_null_fct_rides_ride_id",
                     "test.platform.relationships_fct_rides_member_id__member_id__ref_dim_members_",
                     "test.platform.accepted_values_fct_rides_bike_type__classic__electric__cargo",
                     "test.platform.relationships_fct_rides_1ca0ee17fc7ded60e17f73c524a5f9d2",
                     "test.platform.non_negative_fct_rides_fare_cents",
                     "test.platform.assert_rides_end_after_they_start"});
        QTest::newRow("config.materialized:ephemeral")
            << list({"config.materialized:ephemeral"}) << none << "model" << eager
            << list({"model.platform.int_rides_enriched", "model.finance.int_payments_pivoted"});
        QTest::newRow("config.contract.enforced:true")
            << list({"config.contract.enforced:true"}) << none << "model" << eager
            << list({"model.platform.dim_cities", "model.platform.dim_members.v1",
                     "model.platform.dim_members.v2", "model.platform.dim_plans",
                     "model.platform.dim_stations", "model.platform.fct_rides",
                     "model.finance.fct_member_revenue_monthly",
                     "model.finance.fct_monthly_revenue", "model.marketing.fct_channel_roi"});
        QTest::newRow("config.tags:raw (list)")
            << list({"config.tags:raw"}) << none << "" << eager
            << everythingBut(QStringLiteral("seed"), {})
                + list(
                    {"test.platform.unique_cities_city_code",
                     "test.platform.not_null_cities_city_code",
                     "test.marketing.unique_channel_groups_channel",
                     "test.marketing.not_null_channel_groups_channel",
                     "test.marketing.accepted_values_channel_groups_"
                     "aa00deb63cf8dbee395c0d21d5a32beb",
                     // stg_ads__campaigns.channel → channel_groups: one selected parent is enough
                     "test.marketing.relationships_stg_ads__campaig_"
                     "c43228c11027bb1a8d433fb139c8ab0f"});
        QTest::newRow("version:latest") << list({"version:latest"}) << none << "model" << eager
                                        << list({"model.platform.dim_members.v2"});
        QTest::newRow("version:old") << list({"version:old"}) << none << "model" << eager
                                     << list({"model.platform.dim_members.v1"});
        QTest::newRow("version:prerelease")
            << list({"version:prerelease"}) << none << "" << eager << none;
        QTest::newRow("version:none")
            << list({"version:none"}) << none << "model" << eager
            << everythingBut(
                   QStringLiteral("model"),
                   list({"model.platform.dim_members.v1", "model.platform.dim_members.v2"}));
        QTest::newRow("dim_members.v2") << list({"dim_members.v2"}) << none << "model" << eager
                                        << list({"model.platform.dim_members.v2"});
        QTest::newRow("dim_members_v1") << list({"dim_members_v1"}) << none << "model" << eager
                                        << list({"model.platform.dim_members.v1"});
        QTest::newRow("fqn:platform.marts.core.dim_members")
            << list({"fqn:platform.marts.core.dim_members"}) << none << "model" << eager
            << list({"model.platform.dim_members.v1", "model.platform.dim_members.v2"});
        QTest::newRow("marts.core (fqn without package)")
            << list({"marts.core"}) << none << "model" << eager
            << list({"model.platform.dim_cities", "model.platform.dim_members.v1",
                     "model.platform.dim_members.v2", "model.platform.dim_plans"});
        QTest::newRow("finance.marts.treasury")
            << list({"finance.marts.treasury"}) << none << "model" << eager
            << list(
                   {"model.finance.fct_payments_by_method", "model.finance.fct_receivables_aging"});
        QTest::newRow("bare project name skips sources")
            << list({"platform"}) << none << "source" << eager << none;
        QTest::newRow("package:platform")
            << list({"package:platform"}) << none << "source" << eager
            << list({"source.platform.bikeshare_app.members",
                     "source.platform.bikeshare_app.stations",
                     "source.platform.bikeshare_app.rides", "source.platform.bikeshare_app.plans"});
        QTest::newRow("package:this = every workspace project")
            << list({"package:this"}) << none << "model" << eager
            << everythingBut(QStringLiteral("model"), {});
        QTest::newRow("package:fin*")
            << list({"package:fin*"}) << none << "exposure,source" << eager
            << list({"exposure.finance.monthly_close_pack", "source.finance.billing.invoices",
                     "source.finance.billing.payments", "source.finance.billing.refunds"});
        QTest::newRow("source:billing")
            << list({"source:billing"}) << none << "source" << eager
            << list({"source.finance.billing.invoices", "source.finance.billing.payments",
                     "source.finance.billing.refunds"});
        QTest::newRow("source:app.table with tests")
            << list({"source:bikeshare_app.rides"}) << none << "" << eager
            << list({"source.platform.bikeshare_app.rides",
                     "test.platform.source_unique_bikeshare_app_rides_ride_id",
                     "test.platform.source_not_null_bikeshare_app_rides_ride_id"});
        QTest::newRow("source:project.app.table")
            << list({"source:platform.bikeshare_app.st*"}) << none << "source" << eager
            << list({"source.platform.bikeshare_app.stations"});
        QTest::newRow("source:wrong project")
            << list({"source:finance.bikeshare_app.rides"}) << none << "" << eager << none;
        QTest::newRow("path:models/staging")
            << list({"path:models/staging"}) << none << "model,source" << eager
            << everythingBut(QStringLiteral("source"), {})
                + list({"model.platform.stg_bikeshare_app__members",
                        "model.platform.stg_bikeshare_app__plans",
                        "model.platform.stg_bikeshare_app__rides",
                        "model.platform.stg_bikeshare_app__stations",
                        "model.platform.stg_reference__cities",
                        "model.finance.stg_billing__invoices",
                        "model.finance.stg_billing__payments", "model.finance.stg_billing__refunds",
                        "model.marketing.stg_ads__ad_spend", "model.marketing.stg_ads__campaigns",
                        "model.marketing.stg_ads__touchpoints"});
        QTest::newRow("models/staging/billing/ (implied path)")
            << list({"models/staging/billing/"}) << none << "model,source" << eager
            << list({"model.finance.stg_billing__invoices", "model.finance.stg_billing__payments",
                     "model.finance.stg_billing__refunds", "source.finance.billing.invoices",
                     "source.finance.billing.payments", "source.finance.billing.refunds"});
        // A property file selects what it describes (stg_reference__cities is described there too).
        QTest::newRow("path to a property file")
            << list({"path:models/staging/bikeshare_app/_bikeshare_app__models.yml"}) << none
            << "model" << eager
            << list({"model.platform.stg_bikeshare_app__members",
                     "model.platform.stg_bikeshare_app__plans",
                     "model.platform.stg_bikeshare_app__rides",
                     "model.platform.stg_bikeshare_app__stations",
                     "model.platform.stg_reference__cities"});
        QTest::newRow("path:models/*/core")
            << list({"path:models/*/core"}) << none << "model" << eager
            << list({"model.platform.int_member_ride_stats", "model.platform.dim_cities",
                     "model.platform.dim_members.v1", "model.platform.dim_members.v2",
                     "model.platform.dim_plans"});
        QTest::newRow("path:tests")
            << list({"path:tests"}) << none << "" << IndirectSelection::Empty
            << list({"test.finance.assert_settlements_do_not_exceed_invoice_total",
                     "test.marketing.assert_campaign_spend_within_budget",
                     "test.platform.assert_members_sign_up_after_city_launch",
                     "test.platform.assert_rides_end_after_they_start"});
        QTest::newRow("file:dim_members_v1.sql")
            << list({"file:dim_members_v1.sql"}) << none << "model" << eager
            << list({"model.platform.dim_members.v1"});
        QTest::newRow("dim_members_v2.sql (implied file)")
            << list({"dim_members_v2.sql"}) << none << "model" << eager
            << list({"model.platform.dim_members.v2"});
        QTest::newRow("file:stem") << list({"file:fct_rides"}) << none << "model" << eager
                                   << list({"model.platform.fct_rides"});
        QTest::newRow("file:stg_ads__*")
            << list({"file:stg_ads__*"}) << none << "model" << eager
            << list({"model.marketing.stg_ads__ad_spend", "model.marketing.stg_ads__campaigns",
                     "model.marketing.stg_ads__touchpoints"});
        QTest::newRow("file:exposures.yml") << list({"file:exposures.yml"}) << none << "" << eager
                                            << everythingBut(QStringLiteral("exposure"), {});
        QTest::newRow("test_type:singular")
            << list({"test_type:singular"}) << none << "" << eager
            << list({"test.finance.assert_settlements_do_not_exceed_invoice_total",
                     "test.marketing.assert_campaign_spend_within_budget",
                     "test.platform.assert_members_sign_up_after_city_launch",
                     "test.platform.assert_rides_end_after_they_start"});
        QTest::newRow("test_type:generic,package:finance,fct_invoices")
            << list({"test_type:generic,package:finance,fct_invoices"}) << none << "" << eager
            << list({"test.finance.unique_fct_invoices_invoice_id",
                     "test.finance.not_null_fct_invoices_invoice_id",
                     "test.finance.value_between_fct_invoices_days_to_pay__60__0",
                     "test.finance.accepted_values_fct_invoices_3df6b2f31babc642192b29c437cb6bab",
                     "test.finance.relationships_fct_receivables__"
                     "a88f319f6e86ac05338bed6c9f7fb575"});
        QTest::newRow("test_name:non_negative")
            << list({"test_name:non_negative"}) << none << "" << eager
            << list({"test.platform.non_negative_dim_members_v2_lifetime_rides",
                     "test.platform.non_negative_int_member_ride_stats_lifetime_rides",
                     "test.platform.non_negative_dim_plans_monthly_fee_cents",
                     "test.platform.non_negative_fct_rides_fare_cents",
                     "test.platform.non_negative_fct_station_daily_usage_departures",
                     "test.platform.non_negative_stg_bikeshare_app__stations_dock_count"});
        QTest::newRow("resource_type:exposure")
            << list({"resource_type:exposure"}) << none << "" << eager
            << everythingBut(QStringLiteral("exposure"), {});
        QTest::newRow("exposure:*dashboard")
            << list({"exposure:*dashboard"}) << none << "" << eager
            << list({"exposure.marketing.growth_weekly_dashboard"});
        QTest::newRow("+exposure:platform.*")
            << list({"+exposure:platform.*"}) << none << "model,exposure" << eager
            << list({"exposure.platform.fleet_rebalancing_board",
                     "model.platform.fct_station_daily_usage",
                     "model.platform.int_station_daily_flows", "model.platform.int_rides_enriched",
                     "model.platform.stg_bikeshare_app__rides",
                     "model.platform.stg_bikeshare_app__stations", "model.platform.dim_stations",
                     "model.platform.dim_cities", "model.platform.stg_reference__cities"});
        QTest::newRow("tag:mar*") << list({"tag:mar*"}) << none << "model" << eager
                                  << everythingBut(QStringLiteral("model"), {})
                                         .filter(
                                             QRegularExpression(QStringLiteral("\\.(dim|fct)_")));
        QTest::newRow("*.stg_* (fqn wildcard)")
            << list({"*.stg_*"}) << none << "model" << eager
            << everythingBut(QStringLiteral("model"), {}).filter(QStringLiteral(".stg_"));
        // fnmatch runs over the whole dotted fqn, so a name pattern needs its folders.
        QTest::newRow("stg_* (fqn wildcard, no folders)")
            << list({"stg_*"}) << none << "" << eager << none;
        QTest::newRow("resource_type:group (not a graph member)")
            << list({"resource_type:group"}) << none << "" << eager << none;
        QTest::newRow("semantic_model:, metric:, unit_test:, saved_query:")
            << list({"semantic_model:x metric:* unit_test:* saved_query:*", "test_type:unit"})
            << none << "" << eager << none;

        // Indirect selection modes: fct_rides' tests include two relationships tests with a
        // second parent (dim_members.v2, not upstream of fct_rides; dim_stations, upstream).
        const QStringList fctRidesOwnTests = list(
            {"test.platform.unique_fct_rides_ride_id", "test.platform.not_null_fct_rides_ride_id",
             "test.platform.accepted_values_fct_rides_bike_type__classic__electric__cargo",
             "test.platform.non_negative_fct_rides_fare_cents",
             "test.platform.assert_rides_end_after_they_start"});
        const QString toMembers = QStringLiteral(
            "test.platform.relationships_fct_rides_member_id__member_id__ref_dim_members_");
        const QString toStations = QStringLiteral(
            "test.platform.relationships_fct_rides_1ca0ee17fc7ded60e17f73c524a5f9d2");
        QTest::newRow("fct_rides eager") << list({"fct_rides"}) << none << "test" << eager
                                         << fctRidesOwnTests + QStringList{toMembers, toStations};
        QTest::newRow("fct_rides cautious") << list({"fct_rides"}) << none << "test"
                                            << IndirectSelection::Cautious << fctRidesOwnTests;
        QTest::newRow("fct_rides buildable")
            << list({"fct_rides"}) << none << "test" << IndirectSelection::Buildable
            << fctRidesOwnTests + QStringList{toStations};
        QTest::newRow("fct_rides empty")
            << list({"fct_rides"}) << none << "" << IndirectSelection::Empty
            << list({"model.platform.fct_rides"});
        // A later union supplies the missing parent: the waiting test comes in.
        QTest::newRow("fct_rides dim_members cautious")
            << list({"fct_rides dim_members"}) << none << "test" << IndirectSelection::Cautious
            << fctRidesOwnTests + QStringList{toMembers}
                + list({"test.platform.unique_dim_members_v1_member_id",
                        "test.platform.not_null_dim_members_v1_member_id",
                        "test.platform.accepted_values_dim_members_v1_"
                        "7f1b78cfa1ee74bedc639679a33e8ca5",
                        "test.platform.unique_dim_members_v2_member_id",
                        "test.platform.not_null_dim_members_v2_member_id",
                        "test.platform.accepted_values_dim_members_v2_"
                        "68b64a75241786cea41fd4eb345465e1",
                        "test.platform.non_negative_dim_members_v2_lifetime_rides"});
    }

    void sandbox()
    {
        QFETCH(QStringList, select);
        QFETCH(QStringList, exclude);
        QFETCH(QString, types);
        QFETCH(IndirectSelection, mode);
        QFETCH(QStringList, expected);
        compareSelection(m_sandbox, select, exclude, types, mode, expected);
    }

    void fixtures_data()
    {
        QTest::addColumn<int>("fixture"); // 0: chain and cycles, 1: methods
        QTest::addColumn<QString>("select");
        QTest::addColumn<IndirectSelection>("mode");
        QTest::addColumn<QStringList>("expected");
        const IndirectSelection eager = IndirectSelection::Eager;
        const auto m
            = [](std::initializer_list<const char *> names, const char *prefix = "model.shop.") {
                  QStringList ids;
                  for (const char *name : names)
                      ids.append(QLatin1String(prefix) + QLatin1String(name));
                  return ids;
              };
        const QStringList tc = m({"t_c"}, "test.shop.");
        const QStringList rcx = m({"r_cx"}, "test.shop.");

        QTest::newRow("+c") << 0 << "+c" << eager << m({"a", "b", "c"}) + tc + rcx;
        QTest::newRow("1+c") << 0 << "1+c" << eager << m({"b", "c"}) + tc + rcx;
        QTest::newRow("2+e") << 0 << "2+e" << eager << m({"c", "d", "e"}) + tc + rcx;
        QTest::newRow("a+2") << 0 << "a+2" << eager << m({"a", "b", "c"}) + tc + rcx;
        QTest::newRow("a+1") << 0 << "a+1" << eager << m({"a", "b"});
        QTest::newRow("a+0") << 0 << "a+0" << eager << m({"a"});
        QTest::newRow("1+c+1") << 0 << "1+c+1" << eager << m({"b", "c", "d"}) + tc + rcx;
        QTest::newRow("d+") << 0 << "d+" << eager << m({"d", "e"});
        QTest::newRow("+c cautious")
            << 0 << "+c" << IndirectSelection::Cautious << m({"a", "b", "c"}) + tc;
        QTest::newRow("+c empty") << 0 << "+c" << IndirectSelection::Empty << m({"a", "b", "c"});
        // @x: x's descendants (the test r_cx), then their ancestors (c and upstream).
        QTest::newRow("@x") << 0 << "@x" << eager << m({"a", "b", "c", "x"}) + tc + rcx;
        QTest::newRow("@x empty") << 0 << "@x" << IndirectSelection::Empty
                                  << m({"a", "b", "c", "x"}) + rcx;
        QTest::newRow("@b") << 0 << "@b" << eager << m({"a", "b", "c", "d", "e", "x"}) + tc + rcx;
        QTest::newRow("x+ (test descendant)") << 0 << "x+" << eager << m({"x"}) + rcx;
        QTest::newRow("c,x eager: only the test on both") << 0 << "c,x" << eager << rcx;
        QTest::newRow("c,x cautious") << 0 << "c,x" << IndirectSelection::Cautious << QStringList();
        QTest::newRow("c x cautious")
            << 0 << "c x" << IndirectSelection::Cautious << m({"c", "x"}) + tc + rcx;
        QTest::newRow("c buildable") << 0 << "c" << IndirectSelection::Buildable << m({"c"}) + tc;
        QTest::newRow("+c,c+ (intersection of lineages)")
            << 0 << "+c,c+" << eager << m({"c"}) + tc + rcx;
        QTest::newRow("cycle +p") << 0 << "+p" << eager << m({"p", "q"});
        QTest::newRow("cycle p+") << 0 << "p+" << eager << m({"p", "q"});
        QTest::newRow("cycle @q") << 0 << "@q" << eager << m({"p", "q"});
        QTest::newRow("cycle 5+p+5") << 0 << "5+p+5" << eager << m({"p", "q"});
        QTest::newRow("self loop") << 0 << "+s+" << eager << m({"s"});
        QTest::newRow("test_name:unique") << 0 << "test_name:unique" << eager << tc;
        QTest::newRow("test_name:rel*") << 0 << "test_name:rel*" << eager << rcx;

        // Names, fqn and wildcards.
        const QStringList customers = m({"customers.v1", "customers.v2", "customers.v3"});
        QTest::newRow("orders_* (root folder only)")
            << 1 << "orders_*" << IndirectSelection::Empty << m({"orders_2024"});
        QTest::newRow("*orders*") << 1 << "*orders*" << IndirectSelection::Empty
                                  << m({"orders_2024", "orders_staged"})
                + m({"not_null_orders_2024_id"}, "test.shop.");
        QTest::newRow("staging.orders_?tage[a-e]")
            << 1 << "staging.orders_?tage[a-e]" << eager << m({"orders_staged"});
        // After the literal parts, the pattern must cover the rest of the fqn, folders included.
        QTest::newRow("shop.orders_[!0-9]* (folders count)")
            << 1 << "shop.orders_[!0-9]*" << eager << QStringList();
        QTest::newRow("shop.*.orders_[!0-9]*")
            << 1 << "shop.*.orders_[!0-9]*" << eager << m({"orders_staged"});
        QTest::newRow("customers: every version") << 1 << "customers" << eager << customers;
        QTest::newRow("customers.v3") << 1 << "customers.v3" << eager << m({"customers.v3"});
        QTest::newRow("customers_v1") << 1 << "customers_v1" << eager << m({"customers.v1"});
        QTest::newRow("shop.marts.customers.v2")
            << 1 << "shop.marts.customers.v2" << eager << m({"customers.v2"});
        QTest::newRow("marts.*") << 1 << "marts.*" << eager << customers;
        QTest::newRow("version:latest") << 1 << "version:latest" << eager << m({"customers.v2"});
        QTest::newRow("version:prerelease")
            << 1 << "version:prerelease" << eager << m({"customers.v3"});
        QTest::newRow("version:old") << 1 << "version:old" << eager << m({"customers.v1"});
        QTest::newRow("version:none") << 1 << "version:none" << IndirectSelection::Empty
                                      << m({"orders_2024", "orders_staged"})
                + QStringList{QStringLiteral("model.shop_utils.calendar")};
        QTest::newRow("tag:nightly (models and sources)")
            << 1 << "tag:nightly" << IndirectSelection::Empty
            << m({"orders_2024"}) + QStringList{QStringLiteral("source.shop.erp.raw_orders")};
        QTest::newRow("tag:*ly") << 1 << "tag:*ly" << IndirectSelection::Empty
                                 << m({"orders_2024", "orders_staged"})
                + QStringList{QStringLiteral("source.shop.erp.raw_orders")};
        QTest::newRow("config.meta.owner:ana")
            << 1 << "config.meta.owner:ana" << IndirectSelection::Empty << m({"orders_2024"});
        QTest::newRow("config.meta.priority:1 (numbers never match)")
            << 1 << "config.meta.priority:1" << eager << QStringList();
        QTest::newRow("config.persist_docs.relation:True")
            << 1 << "config.persist_docs.relation:True" << IndirectSelection::Empty
            << m({"orders_2024"});
        QTest::newRow("config.tags:finance")
            << 1 << "config.tags:finance" << IndirectSelection::Empty << m({"orders_2024"});
        QTest::newRow("config.materialized:t* (no wildcards)")
            << 1 << "config.materialized:t*" << eager << QStringList();
        QTest::newRow("config.severity:WARN (case-insensitive)")
            << 1 << "config.severity:WARN" << eager << m({"not_null_orders_2024_id"}, "test.shop.");
        QTest::newRow("config.access:protected (dbt's default)")
            << 1 << "config.access:protected" << IndirectSelection::Empty
            << m({"orders_2024"}) + QStringList{QStringLiteral("model.shop_utils.calendar")};
        QTest::newRow("access:private") << 1 << "access:private" << eager << m({"orders_staged"});
        QTest::newRow("package:shop_*") << 1 << "package:shop_*" << eager
                                        << QStringList{QStringLiteral("model.shop_utils.calendar")};
        // Each side of the comma brings the model's test along, so the intersection keeps it.
        QTest::newRow("package:this (workspace projects, not packages)")
            << 1 << "package:this,resource_type:model" << eager
            << m({"orders_2024", "orders_staged"}) + customers
                + m({"not_null_orders_2024_id"}, "test.shop.");
        QTest::newRow("resource_type:seed") << 1 << "resource_type:seed" << eager
                                            << QStringList{QStringLiteral("seed.shop.countries")};
        QTest::newRow("countries.csv")
            << 1 << "countries.csv" << eager << QStringList{QStringLiteral("seed.shop.countries")};
        QTest::newRow("path:models/staging")
            << 1 << "path:models/staging" << IndirectSelection::Empty
            << m({"orders_staged"}) + QStringList{QStringLiteral("source.shop.erp.raw_orders")};
        QTest::newRow("absolute path") << 1 << "/workspace/shop/models/marts" << eager << customers;
        QTest::newRow("absolute path into a package")
            << 1 << "/workspace/shop/dbt_packages/shop_utils/models" << eager
            << QStringList{QStringLiteral("model.shop_utils.calendar")};
        QTest::newRow("absolute path elsewhere")
            << 1 << "/elsewhere/models" << eager << QStringList();
        QTest::newRow("path:models/**/customers_v?.sql")
            << 1 << "path:models/**/customers_v?.sql" << eager << customers;
        QTest::newRow("path:./models/marts/") << 1 << "path:./models/marts/" << eager << customers;
        QTest::newRow("path:. (the project root)")
            << 1 << "path:.,resource_type:seed" << eager
            << QStringList{QStringLiteral("seed.shop.countries")};
        QTest::newRow("test_type:generic")
            << 1 << "test_type:generic" << eager << m({"not_null_orders_2024_id"}, "test.shop.");
        QTest::newRow("test_type:data")
            << 1 << "test_type:data" << eager << m({"not_null_orders_2024_id"}, "test.shop.");
        QTest::newRow("disabled nodes are never selected")
            << 1 << "orders_old orders_off fqn:*orders_o*" << eager << QStringList();
        QTest::newRow("groups are not graph members") << 1 << "finance" << eager << QStringList();
    }

    void fixtures()
    {
        QFETCH(int, fixture);
        QFETCH(QString, select);
        QFETCH(IndirectSelection, mode);
        QFETCH(QStringList, expected);
        const Manifest manifest = fixture == 0 ? chainManifest() : methodsManifest();
        const Result<Selector> selector = Selector::parse(select);
        QVERIFY2(selector.ok(),
                 qPrintable(selector.ok() ? QString() : selector.error().toString()));
        QCOMPARE(sortedWithoutHashes(selector->select(manifest, mode)),
                 sortedWithoutHashes(expected));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown method")
            << "tg:nightly" << 1 << "unknown selector method 'tg' (did you mean 'tag'?)";
        QTest::newRow("unknown method, later word")
            << "2+dim_plans,tag:x ab:c" << 19 << "unknown selector method 'ab'";
        QTest::newRow("not a dbt method")
            << "project:finance" << 1
            << "unknown selector method 'project' (did you mean 'package'?)";
        QTest::newRow("method case")
            << "TAG:x" << 1 << "unknown selector method 'TAG' (did you mean 'tag'?)";
        QTest::newRow("empty") << "" << 1 << "empty selector";
        QTest::newRow("blank") << "   " << 1 << "empty selector";
        QTest::newRow("bad depth before") << "+-1model" << 2 << "bad depth '-1'";
        QTest::newRow("negative depth") << "-2+model" << 1 << "bad depth '-2'";
        QTest::newRow("bad depth after") << "model+-1" << 7 << "bad depth '-1'";
        QTest::newRow("depth too large")
            << "99999999999+model" << 1 << "depth 99999999999 is too large";
        QTest::newRow("dangling comma") << "tag:a," << 6 << "dangling ','";
        QTest::newRow("leading comma") << ",tag:a" << 1 << "',' with nothing before it";
        QTest::newRow("double comma") << "a,,b" << 3 << "empty selector between two commas";
        QTest::newRow("plus inside") << "mod+el" << 4 << "'+' inside 'mod+el'";
        QTest::newRow("at misplaced") << "+@model" << 2 << "'@' must come first";
        QTest::newRow("at with trailing plus")
            << "@model+" << 7 << "'@' cannot be combined with a trailing '+'";
        QTest::newRow("operator alone") << "+" << 1 << "graph operator without a selector";
        QTest::newRow("missing value") << "tag:" << 5 << "'tag:' needs a value";
        QTest::newRow("config without key") << "config:table" << 1 << "config needs a key";
        QTest::newRow("argument on another method")
            << "tag.x:y" << 4 << "method 'tag' takes no '.x'";
        QTest::newRow("state") << "state:modified+" << 1
                               << "state: needs --state (baseline), not supported yet";
        QTest::newRow("result") << "result:error" << 1 << "result: needs --state";
        QTest::newRow("source_status")
            << "source_status:fresher+" << 1 << "source_status: needs --state";
        QTest::newRow("resource type")
            << "resource_type:modle" << 15 << "unknown resource type 'modle'";
        QTest::newRow("test type") << "test_type:unique" << 11 << "unknown test type 'unique'";
        QTest::newRow("version") << "version:newest" << 9 << "unknown version selector 'newest'";
        QTest::newRow("access") << "access:publc" << 8 << "unknown access level 'publc'";
        QTest::newRow("source parts")
            << "source:a.b.c.d" << 8 << "invalid source selector 'a.b.c.d'";
        QTest::newRow("exposure parts")
            << "exposure:a.b.c" << 10 << "invalid exposure selector 'a.b.c'";
    }

    void parseErrors()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Selector> selector = Selector::parse(expression);
        QVERIFY(!selector.ok());
        QCOMPARE(selector.error().line, 1);
        QCOMPARE(selector.error().column, column);
        QVERIFY2(selector.error().message.startsWith(message),
                 qPrintable(selector.error().message));
    }

    void selectNodesNamesTheArgument()
    {
        const Manifest manifest = chainManifest();
        const Result<QStringList> selected = selectNodes(
            manifest, {QStringLiteral("a")}, {QStringLiteral("b"), QStringLiteral("c+,")});
        QVERIFY(!selected.ok());
        QCOMPARE(selected.error().toString(),
                 QStringLiteral("--exclude:2:3: dangling ',': each side of a comma "
                                "needs a selector"));
    }

    void acceptedSyntax_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("operators"); // @, parents depth, children depth

        QTest::newRow("name") << "my_model"
                              << "fqn"
                              << "my_model"
                              << "-|-|-";
        QTest::newRow("digits in a name") << "2024_orders"
                                          << "fqn"
                                          << "2024_orders"
                                          << "-|-|-";
        QTest::newRow("both sides") << "3+tag:nightly+4"
                                    << "tag"
                                    << "nightly"
                                    << "-|3|4";
        QTest::newRow("unbounded") << "+my_model+"
                                   << "fqn"
                                   << "my_model"
                                   << "-|all|all";
        QTest::newRow("at") << "@source:app"
                            << "source"
                            << "app"
                            << "@|-|-";
        QTest::newRow("at and parents") << "@2+x"
                                        << "fqn"
                                        << "x"
                                        << "@|2|-";
        QTest::newRow("path") << "models/staging"
                              << "path"
                              << "models/staging"
                              << "-|-|-";
        QTest::newRow("file") << "orders.SQL"
                              << "file"
                              << "orders.SQL"
                              << "-|-|-";
        QTest::newRow("python file") << "orders.py+"
                                     << "file"
                                     << "orders.py"
                                     << "-|-|all";
        QTest::newRow("colon in value") << "config.meta.at:12:00"
                                        << "config"
                                        << "12:00"
                                        << "-|-|-";
        QTest::newRow("semantic model") << "semantic_model:revenue"
                                        << "semantic_model"
                                        << "revenue"
                                        << "-|-|-";
    }

    void acceptedSyntax()
    {
        QFETCH(QString, expression);
        QFETCH(QString, method);
        QFETCH(QString, value);
        QFETCH(QString, operators);
        const Result<SelectionExpression> parsed = SelectorParser::parse(expression);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->alternatives.size(), size_t(1));
        QCOMPARE(parsed->alternatives.front().size(), size_t(1));
        const SelectionCriterion &criterion = parsed->alternatives.front().front();
        QCOMPARE(SelectorParser::methodName(criterion.method), method);
        QCOMPARE(criterion.value, value);
        const auto depth = [](bool on, std::optional<int> d) {
            return !on ? QStringLiteral("-") : d ? QString::number(*d) : QStringLiteral("all");
        };
        QCOMPARE(
            QStringList({criterion.childrensParents ? QStringLiteral("@") : QStringLiteral("-"),
                         depth(criterion.parents, criterion.parentsDepth),
                         depth(criterion.children, criterion.childrenDepth)})
                .join(QLatin1Char('|')),
            operators);
    }

    void setOperatorsParse()
    {
        const Result<SelectionExpression> parsed
            = SelectorParser::parse(QStringLiteral("  a b,c\td  "));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->alternatives.size(), size_t(3));
        QCOMPARE(parsed->alternatives[1].size(), size_t(2));
        QCOMPARE(parsed->alternatives[1][1].value, QStringLiteral("c"));
        QCOMPARE(parsed->alternatives[1][1].column, 7);
        QCOMPARE(parsed->alternatives[2][0].column, 9);
    }

    void wildcards_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");

        QTest::newRow("star") << "stg_*"
                              << "stg_orders" << true;
        QTest::newRow("star crosses dots") << "*.stg_*"
                                           << "shop.staging.stg_orders" << true;
        QTest::newRow("star empty") << "stg_*"
                                    << "stg_" << true;
        QTest::newRow("question") << "v?"
                                  << "v2" << true;
        QTest::newRow("question needs one") << "v?"
                                            << "v" << false;
        QTest::newRow("set") << "[abc]x"
                             << "bx" << true;
        QTest::newRow("range") << "[a-c]x"
                               << "dx" << false;
        QTest::newRow("negated") << "[!a-c]x"
                                 << "dx" << true;
        QTest::newRow("bracket first is literal") << "[]]"
                                                  << "]" << true;
        QTest::newRow("unclosed bracket is literal") << "a[b"
                                                     << "a[b" << true;
        QTest::newRow("reversed range matches nothing") << "[z-a]"
                                                        << "m" << false;
        QTest::newRow("whole text") << "orders"
                                    << "orders_2024" << false;
        QTest::newRow("case-sensitive") << "Orders"
                                        << "orders" << false;
        QTest::newRow("backtracking") << "*a*b*c"
                                      << "xxaxxbxxbxxc" << true;
        QTest::newRow("no backslash escape") << "a\\*"
                                             << "a\\bc" << true;
    }

    void wildcards()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(SelectorPattern(pattern).matches(text), matches);
    }

    void selectIsDeterministic()
    {
        const Result<Selector> forwards
            = Selector::parse(QStringLiteral("dim_cities dim_plans+ tag:raw"));
        const Result<Selector> backwards
            = Selector::parse(QStringLiteral("tag:raw dim_plans+ dim_cities"));
        QVERIFY(forwards.ok() && backwards.ok());
        const QStringList first = forwards->select(m_sandbox);
        QCOMPARE(backwards->select(m_sandbox), first);
        QCOMPARE(forwards->select(m_sandbox), first);
        QVERIFY(!first.isEmpty());
        // A graph built once gives the same answers as one built per selection.
        const SelectorGraph graph(m_sandbox);
        QCOMPARE(forwards->select(graph), first);
    }
};

QTEST_GUILESS_MAIN(TestSelector)

#include "tst_selector.moc"
