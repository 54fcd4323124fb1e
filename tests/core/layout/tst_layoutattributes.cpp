#include "core/layout/layoutattributes.h"

#include <QTest>

using Trellis::Core::EdgeSpline;
using Trellis::Core::LayoutAttributes;

// The pure conversion from Graphviz's attribute strings to view geometry: no Graphviz here.
class TestLayoutAttributes : public QObject
{
    Q_OBJECT

    // Strings as Graphviz 2.42 wrote them for a two-node LR graph with a project cluster, a
    // labelled edge and a self-loop.
    static LayoutAttributes smallLayout()
    {
        LayoutAttributes attributes;
        attributes.boundingBox = "0,0,220.1,93";
        attributes.nodes = {
            {QStringLiteral("model.a.x"), "43,34", "0.75", "0.5"},
            {QStringLiteral("model.b.y"), "170.44,34", "1.3795", "0.5"},
        };
        attributes.edges = {
            {0, QStringLiteral("model.a.x"), QStringLiteral("model.b.y"),
             "e,120.78,35.947 70.052,35.38 75.952,35.638 82.19,35.868 88,36 95.291,36.166 "
             "102.95,36.183 110.53,36.106",
             ""},
            {1, QStringLiteral("model.a.x"), QStringLiteral("model.b.y"),
             "e,137.81,20.253 70.435,20.684 76.096,18.411 82.14,16.399 88,15.2 101.01,12.537 "
             "115.13,14.181 127.9,17.393",
             "95.391,23.4"},
            {2, QStringLiteral("model.b.y"), QStringLiteral("model.b.y"),
             "e,183.65,51.41 157.23,51.41 154.77,61.088 159.17,70 170.44,70 177.49,70 "
             "181.85,66.519 "
             "183.53,61.545",
             ""},
        };
        attributes.clusters = {
            {QStringLiteral("a"), {}, QStringLiteral("a"), "8,8,78,85", "43,72.6"},
        };
        return attributes;
    }

private Q_SLOTS:
    void convertsAndFlips()
    {
        const auto geometry = smallLayout().toGeometry();
        QVERIFY2(geometry.ok(), qPrintable(geometry.ok() ? QString() : geometry.error().message));
        QCOMPARE(geometry->bounds, QRectF(0, 0, 220.1, 93));

        QCOMPARE(geometry->nodes.size(), 2u);
        const auto &a = geometry->nodes[0];
        QCOMPARE(a.id, QStringLiteral("model.a.x"));
        QCOMPARE(a.center, QPointF(43, 93 - 34));
        QCOMPARE(a.size, QSizeF(54, 36));
        QCOMPARE(a.box(), QRectF(16, 41, 54, 36));
        // Doubles all the way: 1.3795 in = 99.324 pt, not 99.
        QCOMPARE(geometry->nodes[1].size.width(), 1.3795 * 72);

        QCOMPARE(geometry->edges.size(), 3u);
        const auto &first = geometry->edges[0];
        QCOMPARE(first.index, 0);
        QCOMPARE(first.from, QStringLiteral("model.a.x"));
        QCOMPARE(first.splines.size(), 1u);
        QCOMPARE(first.splines[0].points.size(), 7u);
        QCOMPARE(first.splines[0].points.front(), QPointF(70.052, 93 - 35.38));
        QCOMPARE(first.splines[0].points.back(), QPointF(110.53, 93 - 36.106));
        QCOMPARE(*first.splines[0].arrowEnd, QPointF(120.78, 93 - 35.947));
        QVERIFY(!first.splines[0].arrowStart);
        QVERIFY(!first.labelPosition);
        QCOMPARE(*geometry->edges[1].labelPosition, QPointF(95.391, 93 - 23.4));
        QCOMPARE(geometry->edges[2].from, geometry->edges[2].to);

        QCOMPARE(geometry->clusters.size(), 1u);
        const auto &cluster = geometry->clusters[0];
        // Graphviz's (8,8)-(78,85) with y up is (8, 93-85) = (8,8) with y down, 70 x 77.
        QCOMPARE(cluster.box, QRectF(8, 8, 70, 77));
        QCOMPARE(*cluster.labelPosition, QPointF(43, 93 - 72.6));
        QVERIFY(cluster.box.contains(a.box()));
        QVERIFY(geometry->findCluster(QStringLiteral("a")));
        QVERIFY(geometry->findNode(QStringLiteral("model.b.y")));
        QVERIFY(!geometry->findNode(QStringLiteral("model.c.z")));
    }

    void translatesAnOffsetBoundingBox()
    {
        // neato can leave the lower left away from the origin; the result always starts at 0,0.
        LayoutAttributes attributes;
        attributes.boundingBox = "-10,20,90,70";
        attributes.nodes = {{QStringLiteral("n"), "-10,70", "1", "1"}};
        const auto geometry = attributes.toGeometry();
        QVERIFY(geometry.ok());
        QCOMPARE(geometry->bounds, QRectF(0, 0, 100, 50));
        QCOMPARE(geometry->nodes[0].center, QPointF(0, 0));
    }

    void parsesSplines_data()
    {
        QTest::addColumn<QByteArray>("pos");
        QTest::addColumn<QList<int>>("pointCounts");
        QTest::addColumn<bool>("hasStart");
        QTest::addColumn<bool>("hasEnd");

        QTest::newRow("plain") << QByteArray("1,2 3,4 5,6 7,8") << QList<int>{4} << false << false;
        QTest::newRow("end arrow")
            << QByteArray("e,9,9 1,2 3,4 5,6 7,8") << QList<int>{4} << false << true;
        QTest::newRow("both arrows, Graphviz order")
            << QByteArray("e,9,9 s,0,0 1,2 3,4 5,6 7,8") << QList<int>{4} << true << true;
        QTest::newRow("start before end")
            << QByteArray("s,0,0 e,9,9 1,2 3,4 5,6 7,8") << QList<int>{4} << true << true;
        QTest::newRow("two segments")
            << QByteArray("1,2 3,4 5,6 7,8 9,10 11,12 13,14") << QList<int>{7} << false << false;
        QTest::newRow("several splines")
            << QByteArray("e,9,9 1,2 3,4 5,6 7,8;s,0,0 1,2 3,4 5,6 7,8 9,10 11,12 13,14")
            << QList<int>{4, 7} << false << true;
        QTest::newRow("spaces around ;") << QByteArray(" 1,2 3,4 5,6 7,8 ; 1,2 3,4 5,6 7,8 ")
                                         << QList<int>{4, 4} << false << false;
        QTest::newRow("trailing ;")
            << QByteArray("1,2 3,4 5,6 7,8;") << QList<int>{4} << false << false;
        QTest::newRow("negative and exponent")
            << QByteArray("-1.5,2e+02 3,-4 .5,6 7E1,8") << QList<int>{4} << false << false;
        QTest::newRow("wrapped line")
            << QByteArray("1,2 3,4\\\n5,6\n7,8") << QList<int>{4} << false << false;
        QTest::newRow("3-D points")
            << QByteArray("1,2,0 3,4,0 5,6,0 7,8,0") << QList<int>{4} << false << false;
        QTest::newRow("empty") << QByteArray("") << QList<int>{} << false << false;
        QTest::newRow("blank") << QByteArray("  \n") << QList<int>{} << false << false;
    }

    void parsesSplines()
    {
        QFETCH(QByteArray, pos);
        QFETCH(QList<int>, pointCounts);
        QFETCH(bool, hasStart);
        QFETCH(bool, hasEnd);
        const auto splines = LayoutAttributes::parseSplines(pos.toStdString());
        QVERIFY2(splines.ok(), qPrintable(splines.ok() ? QString() : splines.error().message));
        QCOMPARE(qsizetype(splines->size()), pointCounts.size());
        for (qsizetype i = 0; i < pointCounts.size(); ++i) {
            QCOMPARE(int((*splines)[i].points.size()), pointCounts[i]);
            QCOMPARE((*splines)[i].points.size() % 3, 1u);
        }
        if (!splines->empty()) {
            QCOMPARE(splines->front().arrowStart.has_value(), hasStart);
            QCOMPARE(splines->front().arrowEnd.has_value(), hasEnd);
        }
    }

    void keepsArrowPointsApartFromCurve()
    {
        const auto splines = LayoutAttributes::parseSplines("e,9,10 s,0,1 1,2 3,4 5,6 7,8");
        QVERIFY(splines.ok());
        const EdgeSpline &spline = splines->front();
        QCOMPARE(*spline.arrowEnd, QPointF(9, 10));
        QCOMPARE(*spline.arrowStart, QPointF(0, 1));
        QCOMPARE(spline.points.front(), QPointF(1, 2));
        QCOMPARE(spline.points.back(), QPointF(7, 8));
    }

    void rejectsMalformedSplines_data()
    {
        QTest::addColumn<QByteArray>("pos");
        QTest::addColumn<QString>("message");

        QTest::newRow("too few points") << QByteArray("1,2 3,4 5,6") << QStringLiteral("3k + 1");
        QTest::newRow("not 3k+1") << QByteArray("1,2 3,4 5,6 7,8 9,10") << QStringLiteral("3k + 1");
        QTest::newRow("only arrows") << QByteArray("e,1,2 s,3,4") << QStringLiteral("3k + 1");
        QTest::newRow("missing y") << QByteArray("1,2 3 5,6 7,8") << QStringLiteral("','");
        QTest::newRow("letters") << QByteArray("1,2 3,x 5,6 7,8") << QStringLiteral("number");
        QTest::newRow("junk after number")
            << QByteArray("1,2 3,4px 5,6 7,8") << QStringLiteral("unexpected");
        QTest::newRow("two end arrows")
            << QByteArray("e,1,2 e,1,2 1,2 3,4 5,6 7,8") << QStringLiteral("second");
        QTest::newRow("arrow without comma")
            << QByteArray("e 1,2 1,2 3,4 5,6 7,8") << QStringLiteral("after 'e'");
        QTest::newRow("empty spline between ;")
            << QByteArray("1,2 3,4 5,6 7,8;;1,2 3,4 5,6 7,8") << QStringLiteral("3k + 1");
        QTest::newRow("infinity") << QByteArray("inf,2 3,4 5,6 7,8") << QStringLiteral("finite");
        QTest::newRow("nan") << QByteArray("1,nan 3,4 5,6 7,8") << QStringLiteral("finite");
        QTest::newRow("truncated") << QByteArray("1,2 3,4 5,6 7,") << QStringLiteral("number");
        QTest::newRow("lone comma") << QByteArray(",") << QStringLiteral("number");
        QTest::newRow("binary") << QByteArray("1,2\0 3,4 5,6 7,8", 17)
                                << QStringLiteral("unexpected");
    }

    void rejectsMalformedSplines()
    {
        QFETCH(QByteArray, pos);
        QFETCH(QString, message);
        const auto splines
            = LayoutAttributes::parseSplines(std::string_view(pos.constData(), pos.size()));
        QVERIFY(!splines.ok());
        QVERIFY2(splines.error().message.contains(message), qPrintable(splines.error().message));
        QVERIFY(splines.error().column >= 0);
    }

    void parsesPointsAndRects()
    {
        QCOMPARE(*LayoutAttributes::parsePoint("12.5,-3"), QPointF(12.5, -3));
        QCOMPARE(*LayoutAttributes::parsePoint("1,2!"), QPointF(1, 2));
        QVERIFY(!LayoutAttributes::parsePoint("1,2 3").ok());
        QVERIFY(!LayoutAttributes::parsePoint("").ok());
        QCOMPARE(*LayoutAttributes::parseRect("0,0,220.1,93"), QRectF(0, 0, 220.1, 93));
        QVERIFY(!LayoutAttributes::parseRect("0,0,220.1").ok());
        QVERIFY(!LayoutAttributes::parseRect("10,10,0,0").ok());
        QCOMPARE(*LayoutAttributes::parseNumber("1.3795"), 1.3795);
        QVERIFY(!LayoutAttributes::parseNumber("1.3795in").ok());
    }

    void reportsWhichAttributeIsBad_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("graph bb") << 0 << QStringLiteral("the graph: cannot read bb");
        QTest::newRow("node pos") << 1 << QStringLiteral("node model.a.x: cannot read pos");
        QTest::newRow("node width") << 2 << QStringLiteral("node model.a.x: cannot read width");
        QTest::newRow("edge pos") << 3 << QStringLiteral("edge 1 (model.a.x → model.b.y)");
        QTest::newRow("edge lp") << 4 << QStringLiteral("cannot read lp");
        QTest::newRow("cluster bb") << 5 << QStringLiteral("cluster a: cannot read bb");
    }

    void reportsWhichAttributeIsBad()
    {
        QFETCH(int, what);
        QFETCH(QString, message);
        LayoutAttributes attributes = smallLayout();
        switch (what) {
        case 0:
            attributes.boundingBox = "";
            break;
        case 1:
            attributes.nodes[0].position = "43;34";
            break;
        case 2:
            attributes.nodes[0].width = "wide";
            break;
        case 3:
            attributes.edges[1].position = "e,1,2 3,4";
            break;
        case 4:
            attributes.edges[1].labelPosition = "95.391";
            break;
        case 5:
            attributes.clusters[0].boundingBox = "8,8,78";
            break;
        }
        const auto geometry = attributes.toGeometry();
        QVERIFY(!geometry.ok());
        QVERIFY2(geometry.error().message.contains(message), qPrintable(geometry.error().message));
    }

    void toleratesWhatEnginesLeaveOut()
    {
        LayoutAttributes attributes = smallLayout();
        attributes.edges[0].position.clear(); // an edge Graphviz could not route
        attributes.clusters[0].boundingBox.clear(); // sfdp ignores clusters
        attributes.clusters[0].labelPosition.clear();
        const auto geometry = attributes.toGeometry();
        QVERIFY(geometry.ok());
        QVERIFY(geometry->edges[0].splines.empty());
        QVERIFY(geometry->clusters.empty());
    }
};

QTEST_GUILESS_MAIN(TestLayoutAttributes)
#include "tst_layoutattributes.moc"
