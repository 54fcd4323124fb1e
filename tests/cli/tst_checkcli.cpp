#include "trellisprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using Trellis::Tests::Run;

Run trellis(const QStringList &arguments)
{
    return Trellis::Tests::runTrellis(arguments);
}

Run check(const QStringList &arguments)
{
    return trellis(QStringList{QStringLiteral("check")} + arguments);
}

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");

QString mesh(const char *name)
{
    return QStringLiteral(TRELLIS_TEST_DATA_DIR "/mesh/") + QLatin1String(name);
}

QStringList codesOf(const QJsonArray &findings)
{
    QStringList codes;
    for (const QJsonValue &finding : findings)
        codes.append(finding.toObject().value(QLatin1String("code")).toString());
    return codes;
}

} // namespace

class TestCheckCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxIsClean()
    {
        const Run run = check({kSandbox});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, QStringLiteral("No findings.\n"));
        QCOMPARE(run.exitCode, 0);
    }

    void textListsFindingsWithRelatedLocationsAndASummary()
    {
        const QString root = mesh("access_private");
        const Run run = check({root});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(
            lines.contains(
                root
                + QStringLiteral(
                    "/shop/models/fct_returns.sql:2:9: error TRL0201: Node model.shop.fct_returns "
                    "attempted to reference node model.shop.int_orders, which is not allowed "
                    "because "
                    "the referenced node is private to the 'sales' group. Reference a public model "
                    "instead, or make 'int_orders' public or part of the 'support' group.")),
            qPrintable(run.out));
        QVERIFY(
            lines.contains(QStringLiteral("    ") + root
                           + QStringLiteral("/shop/models/_models.yml:2:11: note: 'int_orders' is "
                                            "declared private here")));
        QCOMPARE(lines.last(), QStringLiteral("2 errors, 1 warnings and 0 infos in 2 files."));
    }

    void jsonHasEveryField()
    {
        const Run run
            = check({mesh("access_private"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(codesOf(findings),
                 (QStringList{QStringLiteral("TRL0203"), QStringLiteral("TRL0201"),
                              QStringLiteral("TRL0201")}));
        const QJsonObject last = findings.last().toObject();
        QCOMPARE(last.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(last.value(QLatin1String("node")).toString(),
                 QStringLiteral("model.shop.fct_returns"));
        QCOMPARE(last.value(QLatin1String("line")).toInt(), 2);
        QCOMPARE(last.value(QLatin1String("end_column")).toInt(),
                 9 + int(qstrlen("ref('int_orders')")));
        QCOMPARE(last.value(QLatin1String("related")).toArray().size(), 1);
    }

    void sarifAndJunitPlugIntoCi()
    {
        const Run sarif
            = check({mesh("ambiguous_ref"), QStringLiteral("--format"), QStringLiteral("sarif")});
        QCOMPARE(sarif.exitCode, 0);
        const QJsonObject log = QJsonDocument::fromJson(sarif.out.toUtf8()).object();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject result = log.value(QLatin1String("runs"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QLatin1String("results"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(result.value(QLatin1String("ruleId")).toString(), QStringLiteral("TRL0213"));
        QCOMPARE(result.value(QLatin1String("level")).toString(), QStringLiteral("warning"));

        const Run junit
            = check({mesh("access_private"), QStringLiteral("--format"), QStringLiteral("junit")});
        QCOMPARE(junit.exitCode, 1);
        QXmlStreamReader xml(junit.out);
        int cases = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("testcase"))
                ++cases;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(cases, 3);
    }

    void warnErrorFailsOnWarnings()
    {
        QCOMPARE(check({mesh("ambiguous_ref")}).exitCode, 0);
        QCOMPARE(check({mesh("ambiguous_ref"), QStringLiteral("--warn-error")}).exitCode, 1);
    }

    void selectNarrowsTheFindings()
    {
        const Run run = check({mesh("access_private"), QStringLiteral("--select"),
                               QStringLiteral("fct_returns"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().toObject().value(QLatin1String("node")).toString(),
                 QStringLiteral("model.shop.fct_returns"));
    }

    void rulesFileTurnsCodesOff()
    {
        QTemporaryDir dir;
        const QString rules = dir.filePath(QStringLiteral("rules.yml"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rules:\n  TRL0213: off\n  TRL0401: off\n");
        file.close();
        const Run run = check({mesh("ambiguous_ref"), QStringLiteral("--rules"), rules});
        QCOMPARE(run.out, QStringLiteral("No findings.\n"));
    }

    void stateFindsBreakingChanges()
    {
        // A manifest written by Trellis itself is a baseline with nothing broken.
        QTemporaryDir dir;
        const Run written = trellis({QStringLiteral("manifest"), kSandbox, QStringLiteral("-o"),
                                     dir.filePath(QStringLiteral("manifest.json"))});
        QCOMPARE(written.exitCode, 0);
        const Run same = check({kSandbox, QStringLiteral("--state"), dir.path()});
        QCOMPARE(same.out, QStringLiteral("No findings.\n"));

        const Run changed
            = check({mesh("breaking_changes"), QStringLiteral("--state"),
                     mesh("breaking_changes") + QStringLiteral("/state/manifest.json"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY(codesOf(QJsonDocument::fromJson(changed.out.toUtf8()).array())
                    .contains(QStringLiteral("TRL0321")));
    }

    void scorecardScoresPublicModelsAndProjects()
    {
        const Run run = trellis({QStringLiteral("scorecard"), kSandbox});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral(
            "model.platform.dim_members.v2 6/8: missing understandable (a description for every "
            "column), secure (grants)")));
        QVERIFY(
            lines.contains(QStringLiteral("project marketing: average 5.0/8 (public models: 1)")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no path") << QStringList() << QStringLiteral("missing PATH");
        QTest::newRow("not a folder")
            << QStringList{QStringLiteral("/no/such/folder")} << QStringLiteral("is not a folder");
        QTest::newRow("format") << QStringList{kSandbox, QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("unknown format 'xml'");
        QTest::newRow("rules file")
            << QStringList{kSandbox, QStringLiteral("--rules"), QStringLiteral("/no/such.yml")}
            << QStringLiteral("/no/such.yml");
        QTest::newRow("state") << QStringList{kSandbox, QStringLiteral("--state"),
                                              QStringLiteral("/no/such/state")}
                               << QStringLiteral("/no/such/state");
        QTest::newRow("selector") << QStringList{kSandbox, QStringLiteral("--select"),
                                                 QStringLiteral("tg:x")}
                                  << QStringLiteral("unknown selector method");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = check(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
