#include "core/project/yamldocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Trellis::Core::YamlDocument;

class TestYamlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Plain scalars resolve as PyYAML's safe loader resolves them (dbt reads YAML with PyYAML).
    void resolvesScalarsLikePyYaml_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
        QTest::newRow("yes") << QByteArray("yes") << QJsonValue(true);
        QTest::newRow("Off") << QByteArray("Off") << QJsonValue(false);
        QTest::newRow("quoted yes") << QByteArray("'yes'") << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("y is a string") << QByteArray("y") << QJsonValue(QStringLiteral("y"));
        QTest::newRow("int") << QByteArray("42") << QJsonValue(42);
        QTest::newRow("negative") << QByteArray("-7") << QJsonValue(-7);
        QTest::newRow("underscores") << QByteArray("1_000") << QJsonValue(1000);
        QTest::newRow("hex") << QByteArray("0x1F") << QJsonValue(31);
        QTest::newRow("octal") << QByteArray("010") << QJsonValue(8);
        QTest::newRow("sexagesimal") << QByteArray("1:30") << QJsonValue(90);
        QTest::newRow("float") << QByteArray("1.5") << QJsonValue(1.5);
        QTest::newRow("exponent") << QByteArray("1.0e+3") << QJsonValue(1000.0);
        QTest::newRow("1e3 is a string") << QByteArray("1e3") << QJsonValue(QStringLiteral("1e3"));
        QTest::newRow("version text") << QByteArray("1.0.0") << QJsonValue(QStringLiteral("1.0.0"));
        QTest::newRow("tilde") << QByteArray("~") << QJsonValue(QJsonValue::Null);
        QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("date stays text") << QByteArray("2027-06-30")
                                         << QJsonValue(QStringLiteral("2027-06-30"));
        QTest::newRow("jinja") << QByteArray("\"{{ env_var('X') }}\"")
                               << QJsonValue(QStringLiteral("{{ env_var('X') }}"));
    }

    void resolvesScalarsLikePyYaml()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QJsonValue, expected);
        const auto document = YamlDocument::parse("key: " + yaml + "\n", QStringLiteral("t.yml"));
        QVERIFY(document.ok());
        QCOMPARE(YamlDocument::toJson(document->root()[std::string("key")]), expected);
    }

    void convertsStructures()
    {
        const auto document = YamlDocument::parse(
            "models:\n  - name: orders\n    config: {materialized: table, tags: [a, b]}\n",
            QStringLiteral("t.yml"));
        QVERIFY(document.ok());
        const QJsonObject json = YamlDocument::toJson(document->root()).toObject();
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"models":[{"config":{"materialized":"table","tags":["a","b"]},"name":"orders"}]})"));
    }

    void locatesNodes()
    {
        const auto document = YamlDocument::parse("version: 2\nmodels:\n  - name: orders\n",
                                                  QStringLiteral("schema.yml"));
        QVERIFY(document.ok());
        const YAML::Node name = document->root()["models"][0]["name"];
        const auto where = document->location(name);
        QCOMPARE(where.file, QStringLiteral("schema.yml"));
        QCOMPARE(where.line, 3);
        QCOMPARE(where.column, 11);
    }

    void survivesRecursiveAliases()
    {
        const auto document = YamlDocument::parse("a: &x [1, *x]\n", QStringLiteral("loop.yml"));
        QVERIFY(document.ok());
        const QJsonValue json = YamlDocument::toJson(document->root());
        QCOMPARE(json.toObject().value(QStringLiteral("a")).toArray().first().toInt(), 1);
    }

    void reportsSyntaxErrorsWithTheirLine()
    {
        const auto document = YamlDocument::parse("models:\n  - name: a\n   bad: [\n",
                                                  QStringLiteral("broken.yml"));
        QVERIFY(!document.ok());
        QCOMPARE(document.error().file, QStringLiteral("broken.yml"));
        QVERIFY(document.error().line >= 2);
        QVERIFY(document.error().message.startsWith(QStringLiteral("invalid YAML")));
    }
};

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
