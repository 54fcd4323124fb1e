#include "core/ide/dbtpropertyschema.h"
#include "core/ide/yamlcursoranalyzer.h"
#include "core/ide/yamlscanner.h"

#include <QTest>

using namespace Trellis::Core::Ide;

Q_DECLARE_METATYPE(YamlCursorContext::Kind)

class TestYamlAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsThePath_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<int>("cursor"); // which '@' of `marked` is the cursor
        QTest::addColumn<QString>("path");
        QTest::addColumn<YamlCursorContext::Kind>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("entry");
        using K = YamlCursorContext::Kind;
        const QString models = QStringLiteral("version: 2\n"
                                              "models:\n"
                                              "  - name: orders\n"
                                              "    config:\n"
                                              "      materialized: ta@\n"
                                              "    columns:\n"
                                              "      - name: id\n"
                                              "        data_type: @\n"
                                              "      - name: total\n"
                                              "        @\n");
        QTest::newRow("config value")
            << models << 0 << "models/config" << K::Value << "materialized"
            << "ta"
            << "";
        QTest::newRow("column value") << models << 1 << "models/columns" << K::Value << "data_type"
                                      << ""
                                      << "id";
        QTest::newRow("column key") << models << 2 << "models/columns" << K::Key << ""
                                    << ""
                                    << "total";
        QTest::newRow("top level") << "version: 2\nmo@" << 0 << "" << K::Key << ""
                                   << "mo"
                                   << "";
        QTest::newRow("list at parent column")
            << "sources:\n- name: app\n  tables:\n  - name: rides\n    de@" << 0 << "sources/tables"
            << K::Key << ""
            << "de"
            << "rides";
        QTest::newRow("model entry") << "models:\n  - name: or@ders\n"
                                     << 0 << "models" << K::Value << "name"
                                     << "or"
                                     << "orders";
    }

    void findsThePath()
    {
        QFETCH(QString, marked);
        QFETCH(QString, path);
        QFETCH(YamlCursorContext::Kind, kind);
        QFETCH(QString, key);
        QFETCH(QString, prefix);
        QFETCH(QString, entry);
        QFETCH(int, cursor);
        qsizetype offset = -1;
        for (int i = 0; i <= cursor; ++i)
            offset = marked.indexOf(QLatin1Char('@'), offset + 1);
        QString text = marked;
        text.remove(QLatin1Char('@'));
        offset -= cursor; // the markers before it are gone
        const YamlCursorContext context = YamlCursorAnalyzer::analyze(text, offset);
        QCOMPARE(context.path.join(QLatin1Char('/')), path);
        QCOMPARE(context.kind, kind);
        QCOMPARE(context.key, key);
        QCOMPARE(context.prefix, prefix);
        QCOMPARE(context.entryName, entry);
    }

    void knowsDbtSchema()
    {
        QVERIFY(DbtPropertySchema::keysAt({QStringLiteral("models")})
                    .contains(QStringLiteral("latest_version")));
        QVERIFY(DbtPropertySchema::keysAt({QStringLiteral("sources"), QStringLiteral("tables"),
                                           QStringLiteral("columns")})
                    .contains(QStringLiteral("data_type")));
        QCOMPARE(DbtPropertySchema::valuesOf({QStringLiteral("models")}, QStringLiteral("access")),
                 (QStringList{QStringLiteral("public"), QStringLiteral("protected"),
                              QStringLiteral("private")}));
        QVERIFY(DbtPropertySchema::valuesOf({QStringLiteral("models"), QStringLiteral("config")},
                                            QStringLiteral("materialized"))
                    .contains(QStringLiteral("incremental")));
        QVERIFY(DbtPropertySchema::isKnownKey("data_tests"));
        QVERIFY(!DbtPropertySchema::isKnownKey("colour"));
    }

    void scansYaml()
    {
        const QByteArray text
            = "models:\n  - name: x # c\n    description: |\n      free text: here\n"
              "    colour: \"{{ doc('d') }}\"\n    enabled: true\n";
        const YamlScanResult result = YamlScanner::scan(text.constData(), text.size());
        const auto kindOf = [&](const char *word) {
            const qsizetype at = text.indexOf(word);
            for (const YamlToken &token : result.tokens) {
                if (at >= token.start && at < token.start + token.length)
                    return token.kind;
            }
            qFatal("no token for %s", word);
        };
        QCOMPARE(kindOf("models"), YamlTokenKind::DbtKey);
        QCOMPARE(kindOf("colour"), YamlTokenKind::Key);
        QCOMPARE(kindOf("# c"), YamlTokenKind::Comment);
        QCOMPARE(kindOf("free text"), YamlTokenKind::BlockText);
        QCOMPARE(kindOf("{{ doc"), YamlTokenKind::Jinja);
        QCOMPARE(kindOf("true"), YamlTokenKind::Constant);
        QCOMPARE(kindOf("x #"), YamlTokenKind::Value);
    }
};

QTEST_GUILESS_MAIN(TestYamlAnalysis)
#include "tst_yamlanalysis.moc"
