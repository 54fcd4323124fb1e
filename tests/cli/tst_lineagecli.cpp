#include "trellisprocess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Trellis::Tests::Run;

Run lineage(const QStringList &arguments)
{
    return Trellis::Tests::runTrellis(QStringList{QStringLiteral("lineage")} + arguments);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
const QString kFocus = QStringLiteral("2+dim_members.v2+2");

} // namespace

class TestLineageCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesDot()
    {
        const Run run = lineage({kSandbox, QStringLiteral("--select"), kFocus,
                                 QStringLiteral("--format"), QStringLiteral("dot"),
                                 QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("digraph lineage {")));
        QVERIFY(run.out.contains(QLatin1String("subgraph \"cluster_finance\"")));
        QVERIFY(run.out.contains(QLatin1String("subgraph \"cluster_marketing\"")));
        QVERIFY(run.out.contains(QLatin1String("\"model.platform.dim_members.v2\" ->")));
        QVERIFY(!run.out.contains(QLatin1String("\"test.")));
    }

    void writesJsonWithGeometry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lineage.json"));
        const Run run = lineage({kSandbox, QStringLiteral("-s"), kFocus, QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(json.value(QStringLiteral("view")).toString(), QStringLiteral("resources"));
        const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
        QJsonObject members;
        for (const QJsonValue &node : nodes) {
            if (node[QStringLiteral("id")].toString() == QLatin1String("model.platform.dim_members.v2"))
                members = node.toObject();
        }
        QCOMPARE(members.value(QStringLiteral("access")).toString(), QStringLiteral("public"));
        QCOMPARE(members.value(QStringLiteral("version_count")).toInt(), 2);
        QVERIFY(members.value(QStringLiteral("contract_enforced")).toBool());
        QCOMPARE(members.value(QStringLiteral("box")).toArray().size(), 4);
        const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
        QVERIFY(!edges.isEmpty());
        // Every spline is a cubic Bézier chain: 3k + 1 points.
        for (const QJsonValue &edge : edges) {
            for (const QJsonValue &spline : edge[QStringLiteral("splines")].toArray()) {
                const qsizetype points = spline[QStringLiteral("points")].toArray().size();
                QVERIFY(points >= 4 && (points - 1) % 3 == 0);
            }
        }
        QCOMPARE(json.value(QStringLiteral("clusters")).toArray().size(), 3);
    }

    void drawsSvgAndPngWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("lineage.svg"));
        const Run svgRun = lineage({kSandbox, QStringLiteral("--select"), kFocus,
                                    QStringLiteral("-o"), svg});
        QVERIFY2(svgRun.exitCode == 0, qPrintable(svgRun.err));
        const QByteArray content = readAll(svg);
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains(">dim_members<"));
        QVERIFY(content.contains(">fct_invoices<"));
        QVERIFY(content.contains(">marketing<"));

        const QString png = dir.filePath(QStringLiteral("lineage.png"));
        const Run pngRun = lineage({kSandbox, QStringLiteral("--select"), kFocus,
                                    QStringLiteral("--format"), QStringLiteral("png"),
                                    QStringLiteral("-o"), png});
        QVERIFY2(pngRun.exitCode == 0, qPrintable(pngRun.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > image.height()); // left to right
    }

    void collapsesToProjects()
    {
        const Run run = lineage({kSandbox, QStringLiteral("--max-nodes"), QStringLiteral("5"),
                                 QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QLatin1String("--max-nodes 5")));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("view")).toString(), QStringLiteral("projects"));
        QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 3);
        for (const QJsonValue &edge : json.value(QStringLiteral("edges")).toArray())
            QVERIFY(edge[QStringLiteral("ref_count")].toInt(1) >= 1);
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList{kSandbox} << QStringLiteral("-o FILE");
        QTest::newRow("format") << QStringList{kSandbox, QStringLiteral("-o"), QStringLiteral("x.bmp")}
                                << QStringLiteral("unknown format 'bmp'");
        QTest::newRow("svg to stdout")
            << QStringList{kSandbox, QStringLiteral("-f"), QStringLiteral("svg"), QStringLiteral("-o"),
                           QStringLiteral("-")}
            << QStringLiteral("needs a file");
        QTest::newRow("selector")
            << QStringList{kSandbox, QStringLiteral("-s"), QStringLiteral("tg:x"), QStringLiteral("-o"),
                           QStringLiteral("-"), QStringLiteral("-f"), QStringLiteral("dot")}
            << QStringLiteral("tg");
        QTest::newRow("folder") << QStringList{QStringLiteral("/nonexistent"), QStringLiteral("-o"),
                                               QStringLiteral("-"), QStringLiteral("-f"),
                                               QStringLiteral("dot")}
                                << QStringLiteral("is not a folder");
    }

    void rejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = lineage(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestLineageCli)
#include "tst_lineagecli.moc"
