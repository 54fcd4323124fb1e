#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "trellis/version.h"
#include "trellisprocess.h"

namespace {

using Trellis::Tests::Platform;
using Trellis::Tests::Run;

Run trellis(const QStringList &arguments, Platform platform = Platform::None)
{
    return Trellis::Tests::runTrellis(arguments, platform);
}

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsVersionWithoutADisplay_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }

    void printsVersionWithoutADisplay()
    {
        QFETCH(QString, flag);
        const Run run = trellis({flag});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("trellis %1\n").arg(QLatin1String(Trellis::Core::kVersion)));
        QVERIFY(run.err.isEmpty());
    }

    void printsHelp()
    {
        const Run run = trellis({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: trellis")));
        QVERIFY(run.out.contains(QStringLiteral("--screenshot")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")}
                                      << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")}
                                      << QStringLiteral("'frobnicate' is neither a verb nor a folder");
        QTest::newRow("two folders") << QStringList{QStringLiteral("/"), QStringLiteral("/tmp")}
                                     << QStringLiteral("only one workspace folder");
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = trellis(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("trellis --help")));
        QVERIFY(run.out.isEmpty());
    }

    void parsesTheSandbox()
    {
        const Run run = trellis({QStringLiteral("parse"), kSandbox});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Parsed 3 projects, 0 packages and 234 nodes")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("0 errors, 0 warnings")));
        QVERIFY(run.err.isEmpty());
    }

    // `ls --output json` lists exactly the sandbox's models and their edges.
    void listsTheSandboxModelsAsJson()
    {
        const Run run = trellis({QStringLiteral("ls"), kSandbox, QStringLiteral("--output"), QStringLiteral("json"),
                                 QStringLiteral("--resource-type"), QStringLiteral("model")});
        QCOMPARE(run.exitCode, 0);
        QHash<QString, QJsonObject> models;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(object.value(QStringLiteral("resource_type")).toString(), QStringLiteral("model"));
            models.insert(object.value(QStringLiteral("unique_id")).toString(), object);
        }
        QCOMPARE(models.size(), 36);
        const auto parents = [&](const char *id) {
            QStringList list;
            for (const QJsonValue &v : models.value(QLatin1String(id)).value(QStringLiteral("depends_on"))
                                           .toObject().value(QStringLiteral("nodes")).toArray())
                list.append(v.toString());
            return list;
        };
        QCOMPARE(parents("model.finance.fct_invoices"),
                 QStringList({QStringLiteral("model.finance.stg_billing__invoices"),
                              QStringLiteral("model.finance.int_invoice_settlements"),
                              QStringLiteral("model.platform.dim_members.v2")}));
        QCOMPARE(parents("model.platform.stg_reference__cities"), QStringList{QStringLiteral("seed.platform.cities")});
        const QJsonObject v1 = models.value(QStringLiteral("model.platform.dim_members.v1"));
        QCOMPARE(v1.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(v1.value(QStringLiteral("latest_version")).toInt(), 2);
        QCOMPARE(v1.value(QStringLiteral("access")).toString(), QStringLiteral("public"));
        QCOMPARE(v1.value(QStringLiteral("config")).toObject().value(QStringLiteral("contract"))
                     .toObject().value(QStringLiteral("enforced")).toBool(), true);
        QCOMPARE(models.value(QStringLiteral("model.platform.int_rides_enriched")).value(QStringLiteral("config"))
                     .toObject().value(QStringLiteral("materialized")).toString(), QStringLiteral("ephemeral"));
    }

    void listsASelection()
    {
        const Run run = trellis({QStringLiteral("ls"), kSandbox, QStringLiteral("--select"),
                                 QStringLiteral("+fct_member_acquisition,package:platform"),
                                 QStringLiteral("--resource-type"), QStringLiteral("model"),
                                 QStringLiteral("--exclude"), QStringLiteral("tag:staging")});
        QCOMPARE(run.exitCode, 0);
        // Ancestors reach platform directly (dim_members) and through finance's revenue models
        // (fct_member_revenue_monthly -> int_member_monthly_usage -> fct_rides); sorted by id.
        QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("platform.marts.core.dim_cities"),
                              QStringLiteral("platform.marts.core.dim_members.v2"),
                              QStringLiteral("platform.marts.fleet.dim_stations"),
                              QStringLiteral("platform.marts.fleet.fct_rides"),
                              QStringLiteral("platform.intermediate.core.int_member_ride_stats"),
                              QStringLiteral("platform.intermediate.fleet.int_rides_enriched")}));
        const Run none = trellis({QStringLiteral("ls"), kSandbox, QStringLiteral("--select"), QStringLiteral("nothing_like_this")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.contains(QStringLiteral("does not match any enabled node")), qPrintable(none.err));
        const Run bad = trellis({QStringLiteral("ls"), kSandbox, QStringLiteral("--select"), QStringLiteral("tg:x")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("did you mean 'tag'")), qPrintable(bad.err));
    }

    void writesAManifestJson()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("manifest.json"));
        const Run run = trellis({QStringLiteral("manifest"), kSandbox, QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 0);
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("dbt_schema_version")).toString(),
                 QStringLiteral("https://schemas.getdbt.com/dbt/manifest/v12.json"));
        QCOMPARE(manifest.value(QStringLiteral("sources")).toObject().size(), 10);
        QCOMPARE(manifest.value(QStringLiteral("exposures")).toObject().size(), 4);
        QCOMPARE(manifest.value(QStringLiteral("groups")).toObject().size(), 6);
        const QJsonObject dim = manifest.value(QStringLiteral("nodes")).toObject()
                                    .value(QStringLiteral("model.platform.dim_members.v2")).toObject();
        QCOMPARE(dim.value(QStringLiteral("relation_name")).toString(), QStringLiteral("\"main\".\"dim_members_v2\""));
        QVERIFY(manifest.value(QStringLiteral("child_map")).toObject().value(QStringLiteral("model.platform.dim_members.v2"))
                    .toArray().contains(QStringLiteral("model.finance.fct_invoices")));
    }

    void rejectsBadVerbArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("ls without path") << QStringList{QStringLiteral("ls")};
        QTest::newRow("ls bad format") << QStringList{QStringLiteral("ls"), kSandbox, QStringLiteral("--output"), QStringLiteral("xml")};
        QTest::newRow("ls bad type") << QStringList{QStringLiteral("ls"), kSandbox, QStringLiteral("--resource-type"), QStringLiteral("modle")};
        QTest::newRow("parse missing folder") << QStringList{QStringLiteral("parse"), QStringLiteral("/no/such/folder")};
        QTest::newRow("manifest without -o") << QStringList{QStringLiteral("manifest"), kSandbox};
    }

    void rejectsBadVerbArguments()
    {
        QFETCH(QStringList, arguments);
        const Run run = trellis(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("trellis ")));
    }

    void rendersATemplate()
    {
        QTemporaryDir dir;
        const auto write = [&](const char *name, const QByteArray &bytes) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write("model.sql", "select\n{%- for c in columns %}\n    {{ c }}{{ ',' if not loop.last }}\n{%- endfor %}\nfrom {{ table }}\n");
        write("context.json", R"({"columns": ["id", "name"], "table": "users"})");
        const Run run = trellis({QStringLiteral("render"), dir.filePath(QStringLiteral("model.sql")),
                                 QStringLiteral("--context"), dir.filePath(QStringLiteral("context.json"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("select\n    id,\n    name\nfrom users"));

        write("broken.sql", "{% if x %}\nselect 1\n{% endfor %}\n");
        const Run broken = trellis({QStringLiteral("render"), dir.filePath(QStringLiteral("broken.sql"))});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.startsWith(dir.filePath(QStringLiteral("broken.sql")) + QStringLiteral(":3:")),
                 qPrintable(broken.err));
        QVERIFY(broken.out.isEmpty());
    }

    void takesAScreenshotOffscreen()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("window.png"));
        const Run run = trellis({QStringLiteral("--screenshot"), png,
                                 QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/discovery")},
                                Platform::Offscreen);
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    void refusesToOpenAMissingFile()
    {
        // Said at once, not after a dialog nobody answers (a screenshot run used to time out).
        const Run run = trellis({QStringLiteral("--open"), QStringLiteral("/no/such/model.sql"),
                                 QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/discovery")},
                                Platform::Offscreen);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no such file: /no/such/model.sql")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
