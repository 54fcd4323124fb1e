#include "core/project/configresolver.h"
#include "core/project/yamldocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Trellis::Core::ConfigMerger;
using Trellis::Core::ProjectConfigTree;

namespace {

QJsonObject yamlObject(const QByteArray &yaml)
{
    const auto document = Trellis::Core::YamlDocument::parse(yaml, QStringLiteral("t.yml"));
    if (!document)
        qFatal("bad YAML in test");
    return Trellis::Core::YamlDocument::toJson(document->root()).toObject();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray kTree = R"(
+materialized: view
+tags: [everything]
shop:
  +meta: {owner: data}
  staging:
    +materialized: view
    +tags: [staging]
    schema: staging_schema
  marts:
    +materialized: table
    +contract: {enforced: true}
    finance:
      +group: finance
      +meta: {tier: gold}
      orders:
        +materialized: incremental
other_package:
  +enabled: false
)";

} // namespace

class TestConfigResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesProjectTreeLevels_data()
    {
        QTest::addColumn<QStringList>("fqn");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("root only") << QStringList{QStringLiteral("unknown"), QStringLiteral("m")}
                                   << QByteArray(R"({"materialized":"view","tags":["everything"]})");
        QTest::newRow("staging, non-+ scalar is a config")
            << QStringList{QStringLiteral("shop"), QStringLiteral("staging"), QStringLiteral("stg")}
            << QByteArray(R"({"materialized":"view","meta":{"owner":"data"},"schema":"staging_schema","tags":["everything","staging"]})");
        QTest::newRow("marts, meta updates key by key")
            << QStringList{QStringLiteral("shop"), QStringLiteral("marts"), QStringLiteral("finance"), QStringLiteral("revenue")}
            << QByteArray(R"({"contract":{"enforced":true},"group":"finance","materialized":"table","meta":{"owner":"data","tier":"gold"},"tags":["everything"]})");
        QTest::newRow("a model configured by name")
            << QStringList{QStringLiteral("shop"), QStringLiteral("marts"), QStringLiteral("finance"), QStringLiteral("orders")}
            << QByteArray(R"({"contract":{"enforced":true},"group":"finance","materialized":"incremental","meta":{"owner":"data","tier":"gold"},"tags":["everything"]})");
        QTest::newRow("another package")
            << QStringList{QStringLiteral("other_package"), QStringLiteral("x")}
            << QByteArray(R"({"enabled":false,"materialized":"view","tags":["everything"]})");
    }

    void resolvesProjectTreeLevels()
    {
        QFETCH(QStringList, fqn);
        QFETCH(QByteArray, expected);
        const ProjectConfigTree tree(yamlObject(kTree));
        QCOMPARE(compact(tree.configFor(fqn)), expected);
    }

    void mergesLikeDbt_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("overlay");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("clobber") << QByteArray("materialized: view\nschema: a")
                                 << QByteArray("materialized: table")
                                 << QByteArray(R"({"materialized":"table","schema":"a"})");
        QTest::newRow("tags append, no duplicates")
            << QByteArray("tags: [a, b]") << QByteArray("tags: b\n")
            << QByteArray(R"({"tags":["a","b"]})");
        QTest::newRow("hooks append across spellings")
            << QByteArray("pre-hook: [\"grant 1\"]") << QByteArray("pre_hook: \"grant 2\"")
            << QByteArray(R"({"pre-hook":["grant 1","grant 2"]})");
        QTest::newRow("contract updates")
            << QByteArray("contract: {enforced: true}") << QByteArray("contract: {alias_types: false}")
            << QByteArray(R"({"contract":{"alias_types":false,"enforced":true}})");
        QTest::newRow("grants replace unless +")
            << QByteArray("grants: {select: [a], insert: [x]}") << QByteArray("grants: {+select: [b], insert: y}")
            << QByteArray(R"({"grants":{"insert":["y"],"select":["a","b"]}})");
        QTest::newRow("plus prefix dropped") << QByteArray("{}") << QByteArray("+access: public")
                                             << QByteArray(R"({"access":"public"})");
    }

    void mergesLikeDbt()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, overlay);
        QFETCH(QByteArray, expected);
        QJsonObject merged = yamlObject(base);
        ConfigMerger::merge(merged, yamlObject(overlay));
        QCOMPARE(compact(merged), expected);
    }

    void findsUnusedPaths()
    {
        const ProjectConfigTree tree(yamlObject(kTree));
        const QList<QStringList> unused = tree.unusedPaths(
            {{QStringLiteral("shop"), QStringLiteral("staging"), QStringLiteral("stg")}});
        // Keys come in QJsonObject's (alphabetical) order.
        QCOMPARE(unused, (QList<QStringList>{{QStringLiteral("other_package")},
                                              {QStringLiteral("shop"), QStringLiteral("marts")}}));
    }
};

QTEST_GUILESS_MAIN(TestConfigResolver)
#include "tst_configresolver.moc"
