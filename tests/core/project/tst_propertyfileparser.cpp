#include "core/project/propertyfileparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Trellis::Core::ColumnDeclaration;
using Trellis::Core::Error;
using Trellis::Core::NodeDeclaration;
using Trellis::Core::PropertyFile;
using Trellis::Core::PropertyFileParser;
using Trellis::Core::SourceLocation;
using Trellis::Core::TestDeclaration;
using Trellis::Core::VersionDeclaration;
using Trellis::Core::YamlDocument;

namespace {

const QString kFixtures = QStringLiteral(TRELLIS_TEST_DATA_DIR "/properties");

// The parsed structure as JSON, leaving out what is empty, so that a fixture's expected.json
// states exactly what the YAML declares and nothing else.
class Serializer
{
public:
    static QJsonObject file(const PropertyFile &file)
    {
        QJsonObject json;
        if (file.version != 0)
            json.insert(QStringLiteral("version"), file.version);
        put(json, "models", list(file.models, node));
        put(json, "seeds", list(file.seeds, node));
        put(json, "snapshots", list(file.snapshots, node));
        put(json, "analyses", list(file.analyses, node));
        put(json, "sources", list(file.sources, source));
        put(json, "macros", list(file.macros, macro));
        put(json, "groups", list(file.groups, group));
        put(json, "exposures", list(file.exposures, exposure));
        put(json, "semanticModels", file.semanticModels);
        put(json, "metrics", file.metrics);
        put(json, "savedQueries", file.savedQueries);
        put(json, "unitTests", file.unitTests);
        put(json, "singularTests", file.singularTests);
        put(json, "warnings", diagnostics(file.warnings));
        put(json, "errors", diagnostics(file.errors));
        return json;
    }

    static QString position(const Error &error)
    {
        return QStringLiteral("%1:%2: %3").arg(error.line).arg(error.column).arg(error.message);
    }

private:
    template<typename T, typename F> static QJsonArray list(const std::vector<T> &items, F convert)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(convert(item));
        return array;
    }

    static void put(QJsonObject &json, const char *key, const QJsonValue &value)
    {
        const bool empty = value.isUndefined() || (value.isString() && value.toString().isEmpty())
            || (value.isArray() && value.toArray().isEmpty())
            || (value.isObject() && value.toObject().isEmpty())
            || (value.isBool() && !value.toBool());
        if (!empty)
            json.insert(QLatin1String(key), value);
    }

    static void put(QJsonObject &json, const char *key, const QStringList &value)
    {
        put(json, key, QJsonArray::fromStringList(value));
    }

    static QString at(const SourceLocation &location)
    {
        return QStringLiteral("%1:%2").arg(location.line).arg(location.column);
    }

    static QJsonArray diagnostics(const std::vector<Error> &errors)
    {
        QJsonArray array;
        for (const Error &error : errors)
            array.append(position(error));
        return array;
    }

    static QJsonObject test(const TestDeclaration &test)
    {
        QJsonObject json;
        put(json, "name", test.name);
        put(json, "column", test.columnName);
        put(json, "arguments", test.arguments);
        put(json, "config", test.config);
        put(json, "customName", test.customName);
        put(json, "description", test.description);
        put(json, "legacy", test.fromLegacyTestsKey);
        put(json, "at", at(test.location));
        return json;
    }

    static QJsonObject column(const ColumnDeclaration &column)
    {
        QJsonObject json;
        put(json, "name", column.name);
        put(json, "description", column.description);
        put(json, "dataType", column.dataType);
        if (column.quote)
            json.insert(QStringLiteral("quote"), *column.quote);
        put(json, "constraints", column.constraints);
        put(json, "meta", column.meta);
        put(json, "tags", column.tags);
        put(json, "config", column.config);
        put(json, "docs", column.docs);
        put(json, "granularity", column.granularity);
        put(json, "policyTags", column.policyTags);
        put(json, "tests", list(column.tests, test));
        put(json, "at", at(column.location));
        return json;
    }

    static QJsonObject version(const VersionDeclaration &version)
    {
        QJsonObject json;
        put(json, "v", version.version);
        put(json, "definedIn", version.definedIn);
        put(json, "description", version.description);
        put(json, "config", version.config);
        put(json, "topLevel", version.topLevel);
        put(json, "constraints", version.constraints);
        put(json, "deprecationDate", version.deprecationDate);
        put(json, "include", version.includeColumns);
        put(json, "exclude", version.excludeColumns);
        put(json, "columns", list(version.columns, column));
        put(json, "tests", list(version.tests, test));
        put(json, "testsDeclared", version.testsDeclared);
        put(json, "at", at(version.location));
        return json;
    }

    static QJsonObject node(const NodeDeclaration &node)
    {
        QJsonObject json;
        put(json, "name", node.name);
        put(json, "description", node.description);
        put(json, "config", node.config);
        put(json, "topLevel", node.topLevel);
        put(json, "columns", list(node.columns, column));
        put(json, "tests", list(node.tests, test));
        put(json, "constraints", node.constraints);
        put(json, "versions", list(node.versions, version));
        put(json, "latestVersion", node.latestVersion);
        put(json, "deprecationDate", node.deprecationDate);
        put(json, "at", at(node.location));
        return json;
    }

    static QJsonObject table(const Trellis::Core::SourceTableDeclaration &table)
    {
        QJsonObject json;
        put(json, "name", table.name);
        put(json, "identifier", table.identifier);
        put(json, "description", table.description);
        put(json, "loadedAtField", table.loadedAtField);
        put(json, "loadedAtFieldNull", table.loadedAtFieldNull);
        put(json, "loadedAtQuery", table.loadedAtQuery);
        put(json, "freshness", table.freshness);
        put(json, "freshnessNull", table.freshnessNull);
        put(json, "quoting", table.quoting);
        put(json, "external", table.external);
        put(json, "meta", table.meta);
        put(json, "tags", table.tags);
        put(json, "config", table.config);
        put(json, "docs", table.docs);
        put(json, "columns", list(table.columns, column));
        put(json, "tests", list(table.tests, test));
        put(json, "at", at(table.location));
        return json;
    }

    static QJsonObject source(const Trellis::Core::SourceDeclaration &source)
    {
        QJsonObject json;
        put(json, "name", source.name);
        put(json, "description", source.description);
        put(json, "database", source.database);
        put(json, "schema", source.schema);
        put(json, "loader", source.loader);
        put(json, "loadedAtField", source.loadedAtField);
        put(json, "loadedAtQuery", source.loadedAtQuery);
        put(json, "freshness", source.freshness);
        put(json, "freshnessNull", source.freshnessNull);
        put(json, "quoting", source.quoting);
        put(json, "meta", source.meta);
        put(json, "tags", source.tags);
        put(json, "config", source.config);
        put(json, "overrides", source.overrides);
        put(json, "tables", list(source.tables, table));
        put(json, "at", at(source.location));
        return json;
    }

    static QJsonObject macro(const Trellis::Core::MacroDeclaration &macro)
    {
        QJsonObject json;
        put(json, "name", macro.name);
        put(json, "description", macro.description);
        put(json, "arguments", macro.arguments);
        put(json, "docs", macro.docs);
        put(json, "meta", macro.meta);
        put(json, "config", macro.config);
        put(json, "at", at(macro.location));
        return json;
    }

    static QJsonObject group(const Trellis::Core::GroupDeclaration &group)
    {
        QJsonObject json;
        put(json, "name", group.name);
        put(json, "ownerName", group.ownerName);
        put(json, "ownerEmail", group.ownerEmail);
        put(json, "owner", group.owner);
        put(json, "description", group.description);
        put(json, "config", group.config);
        put(json, "at", at(group.location));
        return json;
    }

    static QJsonObject exposure(const Trellis::Core::ExposureDeclaration &exposure)
    {
        QJsonObject json;
        put(json, "name", exposure.name);
        put(json, "label", exposure.label);
        put(json, "type", exposure.type);
        put(json, "maturity", exposure.maturity);
        put(json, "url", exposure.url);
        put(json, "description", exposure.description);
        put(json, "owner", exposure.owner);
        put(json, "dependsOn", exposure.dependsOn);
        put(json, "meta", exposure.meta);
        put(json, "tags", exposure.tags);
        put(json, "config", exposure.config);
        put(json, "at", at(exposure.location));
        return json;
    }
};

// The first place two JSON values differ, as a path, so a failing fixture says where to look.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.type() != actual.type())
        return path;
    if (expected.isObject()) {
        const QJsonObject a = expected.toObject();
        const QJsonObject b = actual.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QString where
                = firstDifference(a.value(key), b.value(key), path + QLatin1Char('.') + key);
            if (!where.isEmpty())
                return where;
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray a = expected.toArray();
        const QJsonArray b = actual.toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QString where = firstDifference(
                a.at(i), b.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!where.isEmpty())
                return where;
        }
        return {};
    }
    return expected == actual ? QString() : path;
}

QByteArray pretty(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QStringList sandboxPropertyFiles()
{
    QStringList files;
    const QDir sandbox(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"));
    for (const QString &project :
         sandbox.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const char *folder : { "models", "seeds" }) {
            QDirIterator it(sandbox.filePath(project + QLatin1Char('/') + QLatin1String(folder)),
                            { QStringLiteral("*.yml"), QStringLiteral("*.yaml") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
    }
    files.sort();
    return files;
}

} // namespace

class TestPropertyFileParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each folder under tests/data/properties holds properties.yml and expected.json: the parsed
    // structure (empty values left out) with "warnings" and "errors" as "line:col: message", or
    // {"failure": "line:col: message"} when the file cannot be read at all.
    void parsesFixture_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(kFixtures);
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 20);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void parsesFixture()
    {
        QFETCH(QString, folder);
        QFile expectedFile(folder + QStringLiteral("/expected.json"));
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QJsonParseError jsonError;
        const QJsonObject expected
            = QJsonDocument::fromJson(expectedFile.readAll(), &jsonError).object();
        QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));

        const auto parsed = PropertyFileParser::load(folder + QStringLiteral("/properties.yml"));
        QJsonObject actual;
        if (parsed)
            actual = Serializer::file(*parsed);
        else
            actual.insert(QStringLiteral("failure"), Serializer::position(parsed.error()));

        const QString where = firstDifference(expected, actual, QStringLiteral("$"));
        if (!where.isEmpty()) {
            qWarning().noquote() << "actual:" << pretty(actual);
            QFAIL(qPrintable(QStringLiteral("differs at %1").arg(where)));
        }
    }

    // The diagnostics carry the file's path, so the problems panel can open it.
    void diagnosticsNameTheFile()
    {
        const auto document = YamlDocument::parse("models:\n  - name: a\n    acess: public\n",
                                                  QStringLiteral("models/schema.yml"));
        QVERIFY(document.ok());
        const auto parsed = PropertyFileParser::parse(*document);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->path, QStringLiteral("models/schema.yml"));
        QCOMPARE(parsed->warnings.size(), size_t(1));
        QCOMPARE(parsed->warnings.front().toString(),
                 QStringLiteral("models/schema.yml:3:5: unknown key 'acess' in model 'a'; did you "
                                "mean 'access'?"));
    }

    void missingFileFails()
    {
        const auto parsed
            = PropertyFileParser::load(kFixtures + QStringLiteral("/does-not-exist.yml"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().file, kFixtures + QStringLiteral("/does-not-exist.yml"));
    }

    // Whatever the bytes, the parser returns (a value or an error) without crashing.
    void survivesHostileInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QByteArray deep;
        for (int i = 0; i < 1500; ++i)
            deep += "- ";
        deep += "x\n";
        QByteArray deepMap = "models:\n  - name: a\n    meta: ";
        for (int i = 0; i < 1000; ++i)
            deepMap += "{a: ";
        deepMap += "1";
        for (int i = 0; i < 1000; ++i)
            deepMap += "}";
        deepMap += "\n";
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary += char((i * 7919) % 256);
        QTest::newRow("deep list") << deep;
        QTest::newRow("deep meta") << deepMap;
        QTest::newRow("binary") << binary;
        QTest::newRow("models scalar") << QByteArray("models: 3\n");
        QTest::newRow("tests everywhere wrong") << QByteArray(
            "models:\n  - name: a\n    data_tests: {unique: 1}\n    columns:\n      - name: b\n"
            "        data_tests: [[1], {}, ~, {a: 1, b: 2, c: 3}, {x: [1]}, {test_name: [1]}]\n");
        QTest::newRow("merge of a scalar") << QByteArray("models:\n  - <<: 1\n    name: a\n");
        QTest::newRow("merge of itself") << QByteArray("x: &x\n  <<: *x\n  a: 1\nmodels: [*x]\n");
        QTest::newRow("complex keys") << QByteArray("models:\n  - ? [a]\n    : 1\n    name: b\n");
        QTest::newRow("tags") << QByteArray("models:\n  - name: !!python/object:os.system a\n");
    }

    void survivesHostileInput()
    {
        QFETCH(QByteArray, yaml);
        const auto document = YamlDocument::parse(yaml, QStringLiteral("hostile.yml"));
        if (!document)
            return; // yaml-cpp refused it; nothing for the parser to do
        const auto parsed = PropertyFileParser::parse(*document);
        if (parsed)
            QVERIFY(parsed->errors.size() + parsed->warnings.size() < 100);
    }

    // Aliases can refer to themselves, and nested aliases can expand exponentially; neither may
    // hang or overflow the stack.
    void survivesAliasCyclesAndBombs()
    {
        const QByteArray cycle = "base: &b [1, *b]\nmodels:\n  - name: a\n    meta: {x: *b}\n";
        auto document = YamlDocument::parse(cycle, QStringLiteral("cycle.yml"));
        QVERIFY(document.ok());
        auto parsed = PropertyFileParser::parse(*document);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->models.size(), size_t(1));
        QVERIFY(!parsed->errors.empty());

        QByteArray bomb = "anchors:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 12; ++i) {
            bomb += QStringLiteral("  - &a%1 [").arg(i).toUtf8();
            for (int j = 0; j < 10; ++j)
                bomb += QStringLiteral("*a%1, ").arg(i - 1).toUtf8();
            bomb += "]\n";
        }
        bomb += "models:\n  - name: a\n    meta: {x: *a11}\n";
        document = YamlDocument::parse(bomb, QStringLiteral("bomb.yml"));
        QVERIFY(document.ok());
        parsed = PropertyFileParser::parse(*document);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->models.size(), size_t(1));
        QCOMPARE(parsed->errors.size(), size_t(1));
        QCOMPARE(parsed->warnings.size(), size_t(0));
        QCOMPARE(Serializer::position(parsed->errors.front()),
                 QStringLiteral("16:11: aliases make this file expand without bound; the rest of "
                                "the file is not read"));
    }

    // A big generated file (a source with thousands of tables, as loaders generate them).
    void readsLargeGeneratedFiles()
    {
        QByteArray yaml = "sources:\n  - name: warehouse\n    tables:\n";
        const int tables = 3000;
        for (int i = 0; i < tables; ++i) {
            yaml += "      - name: table_" + QByteArray::number(i)
                + "\n        columns:\n          - name: id\n"
                  "            data_tests: [unique, not_null]\n";
        }
        const auto document = YamlDocument::parse(yaml, QStringLiteral("generated.yml"));
        QVERIFY(document.ok());
        const auto parsed = PropertyFileParser::parse(*document);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->errors.empty());
        QCOMPARE(parsed->sources.front().tables.size(), size_t(tables));
        QCOMPARE(parsed->sources.front().tables.back().columns.front().tests.size(), size_t(2));
    }

    // The alias guard must not mistake heavy but bounded reuse of an anchor for an alias bomb:
    // here one 5,000-key meta block is read by 1,000 models, ten million values in all.
    void readsHeavilyReusedAnchors()
    {
        QByteArray yaml = "anchors:\n  - &shared_meta\n";
        for (int key = 0; key < 5000; ++key)
            yaml += "    key_" + QByteArray::number(key) + ": value\n";
        yaml += "models:\n";
        const int models = 1000;
        for (int i = 0; i < models; ++i)
            yaml += "  - name: model_" + QByteArray::number(i) + "\n    meta: *shared_meta\n";
        const auto document = YamlDocument::parse(yaml, QStringLiteral("anchors.yml"));
        QVERIFY(document.ok());
        const auto parsed = PropertyFileParser::parse(*document);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->errors.empty());
        QCOMPARE(parsed->models.size(), size_t(models));
        QCOMPARE(parsed->models.back().topLevel.value(QStringLiteral("meta")).toObject().size(),
                 5000);
    }

    // Merge keys of merge keys: PyYAML flattens each mapping once, so this is small for dbt
    // (ten keys) however deep the nesting, and must be for Trellis too.
    void resolvesNestedMergesOnce()
    {
        QByteArray yaml = "anchors:\n  - &m0 {k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: "
                          "7, k8: 8, k9: 9}\n";
        for (int level = 1; level < 15; ++level) {
            yaml += "  - &m" + QByteArray::number(level) + " {<<: [";
            for (int i = 0; i < 10; ++i)
                yaml += "*m" + QByteArray::number(level - 1) + ", ";
            yaml += "]}\n";
        }
        yaml += "models:\n  - name: a\n    config: {<<: *m14, k0: own}\n";
        const auto document = YamlDocument::parse(yaml, QStringLiteral("merges.yml"));
        QVERIFY(document.ok());
        const auto parsed = PropertyFileParser::parse(*document);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->errors.empty());
        const QJsonObject config = parsed->models.front().config;
        QCOMPARE(config.size(), 10);
        QCOMPARE(config.value(QStringLiteral("k0")).toString(), QStringLiteral("own"));
        QCOMPARE(config.value(QStringLiteral("k9")).toInt(), 9);
    }

    // The real files of the sandbox mesh are valid dbt: not a single finding.
    void readsTheSandboxCleanly_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = sandboxPropertyFiles();
        QVERIFY(files.size() >= 20);
        for (const QString &path : files) {
            QTest::newRow(
                qPrintable(QDir(QStringLiteral(TRELLIS_SOURCE_DIR)).relativeFilePath(path)))
                << path;
        }
    }

    void readsTheSandboxCleanly()
    {
        QFETCH(QString, path);
        const auto parsed = PropertyFileParser::load(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QStringList findings;
        for (const Error &error : parsed->errors)
            findings.append(error.toString());
        for (const Error &warning : parsed->warnings)
            findings.append(warning.toString());
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
        QCOMPARE(parsed->version, 2);
        const size_t declarations = parsed->models.size() + parsed->seeds.size()
            + parsed->sources.size() + parsed->groups.size() + parsed->exposures.size()
            + parsed->macros.size();
        QVERIFY(declarations > 0);
    }

    // Spot checks on the sandbox's richest files, against what dbt makes of them.
    void readsSandboxVersionsAndSources()
    {
        const QString platform
            = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox/platform/models");
        const auto core
            = PropertyFileParser::load(platform + QStringLiteral("/marts/core/_core__models.yml"));
        QVERIFY(core.ok());
        const NodeDeclaration &members = core->models.front();
        QCOMPARE(members.name, QStringLiteral("dim_members"));
        QCOMPARE(members.latestVersion, QStringLiteral("2"));
        QCOMPARE(members.versions.size(), size_t(2));
        QCOMPARE(members.versions[0].version, QStringLiteral("1"));
        QCOMPARE(members.versions[0].deprecationDate, QStringLiteral("2027-06-30"));
        QCOMPARE(members.versions[0].includeColumns, QJsonValue(QStringLiteral("*")));
        QCOMPARE(members.versions[0].excludeColumns.size(), 6);
        QCOMPARE(members.versions[0].columns.size(), size_t(1));
        QCOMPARE(members.versions[0].columns[0].name, QStringLiteral("full_name"));
        QVERIFY(members.versions[1].includeColumns.isUndefined());
        QCOMPARE(members.config.value(QStringLiteral("access")).toString(),
                 QStringLiteral("public"));

        const auto sources = PropertyFileParser::load(
            platform + QStringLiteral("/staging/bikeshare_app/_bikeshare_app__sources.yml"));
        QVERIFY(sources.ok());
        const auto &tables = sources->sources.front().tables;
        QCOMPARE(tables.size(), size_t(4));
        QCOMPARE(tables[3].name, QStringLiteral("plans"));
        QVERIFY(tables[3].freshnessNull);
        QVERIFY(!tables[2].freshnessNull);
        QCOMPARE(tables[2]
                     .freshness.value(QStringLiteral("warn_after"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 12);
    }
};

QTEST_GUILESS_MAIN(TestPropertyFileParser)
#include "tst_propertyfileparser.moc"
