#include "core/layout/graphvizcontext.h"
#include "core/layout/graphvizlayout.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <clocale>

using namespace Trellis::Core;

namespace {

// Graphviz's bounding box is computed from nodes, clusters and spline control points, rounded
// to two decimals when written.
constexpr double kTolerance = 0.5;

QString fixtureDir()
{
    return QStringLiteral(TRELLIS_TEST_DATA_DIR "/layout");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

NodeShape shapeFromName(const QString &name)
{
    if (name == QLatin1String("cylinder"))
        return NodeShape::Cylinder;
    if (name == QLatin1String("ellipse"))
        return NodeShape::Ellipse;
    return NodeShape::Box;
}

LayoutRequest requestFromJson(const QJsonObject &json)
{
    LayoutRequest request;
    const QJsonObject options = json.value(QLatin1String("options")).toObject();
    const QString direction = options.value(QLatin1String("rankDirection")).toString();
    request.options.rankDirection = direction == QLatin1String("TB") ? RankDirection::TopToBottom
                                                                     : RankDirection::LeftToRight;
    request.options.groupClusters = options.value(QLatin1String("groupClusters")).toBool();
    const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        request.nodes.push_back({node.value(QLatin1String("id")).toString(),
                                 node.value(QLatin1String("label")).toString(),
                                 node.value(QLatin1String("project")).toString(),
                                 node.value(QLatin1String("group")).toString(),
                                 node.value(QLatin1String("width")).toDouble(),
                                 node.value(QLatin1String("height")).toDouble(),
                                 shapeFromName(node.value(QLatin1String("shape")).toString())});
    }
    const QJsonArray edges = json.value(QLatin1String("edges")).toArray();
    for (const QJsonValue &value : edges) {
        const QJsonObject edge = value.toObject();
        request.edges.push_back({edge.value(QLatin1String("from")).toString(),
                                 edge.value(QLatin1String("to")).toString(),
                                 edge.value(QLatin1String("weight")).toInt(1),
                                 edge.value(QLatin1String("label")).toString()});
    }
    return request;
}

bool within(const QRectF &outer, const QPointF &point)
{
    return outer.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(point);
}

bool within(const QRectF &outer, const QRectF &inner)
{
    return outer.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(inner);
}

QString describe(const LayoutResult &result)
{
    return result.ok() ? QString() : result.error().message;
}

LayoutEdge link(const QString &from, const QString &to)
{
    LayoutEdge edge;
    edge.from = from;
    edge.to = to;
    return edge;
}

LayoutNode node(const QString &id, const QString &project = QStringLiteral("p"))
{
    LayoutNode n;
    n.id = id;
    n.project = project;
    return n;
}

// Checks what holds for any layout: every node, spline and cluster inside the bounds, 3k + 1
// points per spline, arrowheads at the edge's target, nodes inside their clusters.
void checkInvariants(const LayoutRequest &request, const LayoutGeometry &geometry)
{
    QCOMPARE(geometry.nodes.size(), request.nodes.size());
    QCOMPARE(geometry.edges.size(), request.edges.size());
    QCOMPARE(geometry.bounds.topLeft(), QPointF(0, 0));
    for (std::size_t i = 0; i < request.nodes.size(); ++i) {
        const NodeGeometry &node = geometry.nodes[i];
        QCOMPARE(node.id, request.nodes[i].id);
        QVERIFY2(within(geometry.bounds, node.box()), qPrintable(node.id));
        QVERIFY(node.size.width() > 0 && node.size.height() > 0);
        const LayoutNode &input = request.nodes[i];
        if (request.options.projectClusters && !input.project.isEmpty()) {
            const ClusterGeometry *project = geometry.findCluster(input.project);
            QVERIFY2(project, qPrintable(input.project));
            QVERIFY2(within(project->box, node.box()), qPrintable(node.id));
            QVERIFY(within(geometry.bounds, project->box));
        }
        if (request.options.groupClusters && !input.group.isEmpty()) {
            const ClusterGeometry *group = geometry.findCluster(input.project, input.group);
            QVERIFY2(group, qPrintable(input.group));
            QVERIFY2(within(group->box, node.box()), qPrintable(node.id));
            QVERIFY(within(geometry.findCluster(input.project)->box, group->box));
        }
    }
    for (std::size_t i = 0; i < request.edges.size(); ++i) {
        const EdgeGeometry &edge = geometry.edges[i];
        QCOMPARE(edge.index, qsizetype(i));
        QCOMPARE(edge.from, request.edges[i].from);
        QCOMPARE(edge.to, request.edges[i].to);
        QVERIFY(!edge.splines.empty());
        for (const EdgeSpline &spline : edge.splines) {
            QVERIFY(spline.points.size() >= 4);
            QCOMPARE(spline.points.size() % 3, 1u);
            for (const QPointF &point : spline.points)
                QVERIFY(within(geometry.bounds, point));
        }
        // dot draws the arrowhead up to the target's outline.
        const EdgeSpline &last = edge.splines.back();
        QVERIFY(last.arrowEnd.has_value());
        const QRectF target = geometry.findNode(edge.to)->box();
        QVERIFY2(within(target.adjusted(-2, -2, 2, 2), *last.arrowEnd),
                 qPrintable(QStringLiteral("edge %1").arg(i)));
        QCOMPARE(edge.labelPosition.has_value(), !request.edges[i].label.isEmpty());
        if (edge.labelPosition)
            QVERIFY(within(geometry.bounds, *edge.labelPosition));
    }
    for (const ClusterGeometry &cluster : geometry.clusters) {
        QVERIFY(cluster.labelPosition.has_value());
        QVERIFY(within(cluster.box, *cluster.labelPosition));
    }
}

} // namespace

class TestGraphvizLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(fixtureDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!cases.isEmpty());
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << QDir(fixtureDir()).filePath(name);
    }

    void fixtures()
    {
        QFETCH(QString, dir);
        const LayoutRequest request
            = requestFromJson(readJson(QDir(dir).filePath(QStringLiteral("request.json"))));
        const QJsonObject expected = readJson(QDir(dir).filePath(QStringLiteral("expected.json")));

        const LayoutResult result = computeLayout(request);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        checkInvariants(request, *result);
        if (QTest::currentTestFailed())
            return;

        const QJsonArray clusters = expected.value(QLatin1String("clusters")).toArray();
        QCOMPARE(result->clusters.size(), std::size_t(clusters.size()));
        for (const QJsonValue &value : clusters) {
            const QJsonArray key = value.toArray();
            QVERIFY2(result->findCluster(key[0].toString(), key[1].toString()),
                     qPrintable(key[0].toString() + QLatin1Char('/') + key[1].toString()));
        }
        // y is flipped: with TB, upstream nodes have the smaller Qt y.
        const auto pairs = [&](const char *name, auto &&check) {
            const QJsonArray list = expected.value(QLatin1String(name)).toArray();
            for (const QJsonValue &value : list) {
                const QJsonArray pair = value.toArray();
                const NodeGeometry *a = result->findNode(pair[0].toString());
                const NodeGeometry *b = result->findNode(pair[1].toString());
                QVERIFY(a && b);
                QVERIFY2(check(*a, *b), qPrintable(a->id + QLatin1String(" / ") + b->id));
            }
        };
        pairs("leftOf", [](const NodeGeometry &a, const NodeGeometry &b) {
            return a.box().right() < b.box().left();
        });
        pairs("above", [](const NodeGeometry &a, const NodeGeometry &b) {
            return a.box().bottom() < b.box().top();
        });
        const QJsonArray sizes = expected.value(QLatin1String("sizes")).toArray();
        for (const QJsonValue &value : sizes) {
            const QJsonArray size = value.toArray();
            const NodeGeometry *node = result->findNode(size[0].toString());
            QVERIFY(node);
            QCOMPARE(node->size, QSizeF(size[1].toDouble(), size[2].toDouble()));
        }
    }

    void sizesNodesFromLabels()
    {
        LayoutRequest request;
        request.nodes = {node(QStringLiteral("model.p.a")), node(QStringLiteral("model.p.b"))};
        request.nodes[0].label = QStringLiteral("a");
        request.nodes[1].label = QStringLiteral("a_much_longer_model_name_than_the_other");
        const LayoutResult result = computeLayout(request);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        // Graphviz's minimum is 0.75 x 0.5 in; a long label widens the box.
        QCOMPARE(result->nodes[0].size, QSizeF(54, 36));
        QVERIFY(result->nodes[1].size.width() > 200);
    }

    void keepsParallelEdgesApart()
    {
        LayoutRequest request;
        request.nodes = {node(QStringLiteral("a")), node(QStringLiteral("b"))};
        request.edges = {link(QStringLiteral("a"), QStringLiteral("b")),
                         link(QStringLiteral("a"), QStringLiteral("b"))};
        const LayoutResult result = computeLayout(request);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->edges[0].index, 0);
        QCOMPARE(result->edges[1].index, 1);
        QVERIFY(result->edges[0].splines[0].points != result->edges[1].splines[0].points);
    }

    void laysOutWithoutClusters()
    {
        LayoutRequest request;
        request.options.projectClusters = false;
        request.nodes = {node(QStringLiteral("a")), node(QStringLiteral("b"), QStringLiteral("q"))};
        request.edges = {link(QStringLiteral("a"), QStringLiteral("b"))};
        const LayoutResult result = computeLayout(request);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result->clusters.empty());
        QVERIFY(result->nodes[0].center.x() < result->nodes[1].center.x());
    }

    void laysOutNothing()
    {
        const LayoutResult result = computeLayout(LayoutRequest{});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result->nodes.empty());
    }

    void otherEngines_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("neato") << int(LayoutEngine::Neato);
        QTest::newRow("sfdp") << int(LayoutEngine::Sfdp);
    }

    void otherEngines()
    {
        QFETCH(int, engine);
        LayoutRequest request;
        request.options.engine = LayoutEngine(engine);
        request.options.projectClusters = false;
        for (int i = 0; i < 6; ++i)
            request.nodes.push_back(node(QStringLiteral("n%1").arg(i)));
        for (int i = 0; i < 6; ++i) {
            request.edges.push_back(
                link(QStringLiteral("n%1").arg(i), QStringLiteral("n%1").arg((i + 1) % 6)));
        }
        const LayoutResult result = computeLayout(request);
        if (!result.ok() && result.error().kind == LayoutError::Kind::EngineUnavailable)
            QSKIP(qPrintable(result.error().message));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->nodes.size(), 6u);
        for (const EdgeGeometry &edge : result->edges) {
            QVERIFY(!edge.splines.empty());
            QCOMPARE(edge.splines[0].points.size() % 3, 1u);
        }
        // overlap=false: no two boxes overlap.
        for (std::size_t i = 0; i < result->nodes.size(); ++i) {
            for (std::size_t j = i + 1; j < result->nodes.size(); ++j) {
                QVERIFY(!result->nodes[i].box().intersects(
                    result->nodes[j].box().adjusted(1, 1, -1, -1)));
            }
        }
    }

    // With curved edges, Graphviz 2.42's neato aborts the process on this graph (assertion in
    // multispline.c: self-loops and parallel edges); found by fuzzing.
    void otherEnginesSurviveLoopsAndParallelEdges_data() { otherEngines_data(); }

    void otherEnginesSurviveLoopsAndParallelEdges()
    {
        QFETCH(int, engine);
        LayoutRequest request;
        request.options.engine = LayoutEngine(engine);
        request.options.projectClusters = false;
        const NodeShape shapes[] = {NodeShape::Hexagon,  NodeShape::Box,     NodeShape::Cylinder,
                                    NodeShape::Cylinder, NodeShape::Hexagon, NodeShape::RoundedBox};
        for (int i = 0; i < 6; ++i) {
            request.nodes.push_back(node(QStringLiteral("n%1").arg(i)));
            request.nodes.back().shape = shapes[i];
        }
        request.nodes[1].label = QStringLiteral("multi\nline \\ label 1");
        request.nodes[3].label = QStringLiteral("multi\nline \\ label 3");
        request.nodes[2].width = 56;
        request.nodes[2].height = 6;
        const int edges[][3] = {{2, 2, 3}, {1, 2, 3}, {1, 0, 2}, {3, 4, 1}, {4, 5, 3}, {3, 3, 2},
                                {5, 3, 3}, {0, 0, 2}, {5, 3, 2}, {0, 3, 1}, {0, 5, 3}, {2, 4, 3},
                                {1, 5, 2}, {1, 5, 1}, {2, 5, 2}, {0, 4, 2}, {0, 4, 2}};
        for (const auto &edge : edges) {
            request.edges.push_back(
                link(QStringLiteral("n%1").arg(edge[0]), QStringLiteral("n%1").arg(edge[1])));
            request.edges.back().weight = edge[2];
        }
        const LayoutResult result = computeLayout(request);
        if (!result.ok() && result.error().kind == LayoutError::Kind::EngineUnavailable)
            QSKIP(qPrintable(result.error().message));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        for (const EdgeGeometry &edge : result->edges)
            QVERIFY(!edge.splines.empty());
    }

    void refusesTooManyNodes()
    {
        LayoutRequest request;
        for (int i = 0; i < LayoutOptions::kDefaultMaxNodes + 1; ++i)
            request.nodes.push_back(node(QStringLiteral("model.p.m%1").arg(i)));
        const LayoutResult result = computeLayout(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, LayoutError::Kind::TooManyNodes);
        QCOMPARE(result.error().nodeCount, 401);
        QCOMPARE(result.error().nodeLimit, 400);
        QVERIFY(result.error().message.contains(QLatin1String("401")));

        request.nodes.resize(4);
        request.options.maxNodes = 3;
        QCOMPARE(computeLayout(request).error().kind, LayoutError::Kind::TooManyNodes);
        request.options.maxNodes = 4;
        QVERIFY(computeLayout(request).ok());
    }

    void rejectsInvalidRequests_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate id") << 0 << QStringLiteral("twice");
        QTest::newRow("unknown edge end") << 1 << QStringLiteral("not among the nodes");
        QTest::newRow("empty id") << 2 << QStringLiteral("no id");
        QTest::newRow("negative size") << 3 << QStringLiteral("invalid size");
        QTest::newRow("zero weight") << 4 << QStringLiteral("weight");
        QTest::newRow("negative separation") << 5 << QStringLiteral("separation");
        QTest::newRow("zero node limit") << 6 << QStringLiteral("limit");
    }

    void rejectsInvalidRequests()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        LayoutRequest request;
        request.nodes = {node(QStringLiteral("a")), node(QStringLiteral("b"))};
        request.edges = {link(QStringLiteral("a"), QStringLiteral("b"))};
        switch (which) {
        case 0:
            request.nodes.push_back(node(QStringLiteral("a")));
            break;
        case 1:
            request.edges.push_back(link(QStringLiteral("a"), QStringLiteral("c")));
            break;
        case 2:
            request.nodes.push_back(node(QString()));
            break;
        case 3:
            request.nodes[0].width = -1;
            break;
        case 4:
            request.edges[0].weight = 0;
            break;
        case 5:
            request.options.rankSeparation = -2;
            break;
        case 6:
            request.options.maxNodes = 0;
            break;
        }
        const LayoutResult result = computeLayout(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, LayoutError::Kind::InvalidRequest);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void reportsMissingPlugins()
    {
        std::lock_guard lock(graphvizMutex());
        auto context = GraphvizContext::create({QStringLiteral("/nonexistent/graphviz")});
        QVERIFY(context.ok());
        const auto dot = (*context)->checkEngine(QStringLiteral("dot"));
        QVERIFY(!dot.ok());
        QCOMPARE(dot.error().kind, LayoutError::Kind::EngineUnavailable);
        QVERIFY2(dot.error().message.contains(QLatin1String("libgvplugin_dot_layout")),
                 qPrintable(dot.error().message));
        QVERIFY(dot.error().message.contains(QLatin1String("/nonexistent/graphviz")));
    }

    void findsInstalledPlugins()
    {
        std::lock_guard lock(graphvizMutex());
        auto context = GraphvizContext::create();
        QVERIFY(context.ok());
        QVERIFY2((*context)->checkEngine(QStringLiteral("dot")).ok(),
                 qPrintable(GraphvizContext::defaultPluginFolders().join(QLatin1String(", "))));
        QVERIFY((*context)->engines().contains(QLatin1String("dot")));
    }

    // A GUI that adopted a locale with a decimal comma must get the same layout.
    void ignoresTheNumericLocale()
    {
        LayoutRequest request;
        request.nodes = {node(QStringLiteral("a")), node(QStringLiteral("b"))};
        request.nodes[0].width = 100.5;
        request.nodes[0].height = 20.25;
        request.edges = {link(QStringLiteral("a"), QStringLiteral("b"))};
        const LayoutResult inC = computeLayout(request);
        QVERIFY(inC.ok());

        const char *german[] = {"de_DE.UTF-8", "de_DE.utf8", "de_DE"};
        const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
        bool switched = false;
        for (const char *name : german)
            switched = switched || std::setlocale(LC_NUMERIC, name) != nullptr;
        if (!switched)
            QSKIP("no German locale installed (LOCPATH or locales-all would provide one)");
        const LayoutResult inGerman = computeLayout(request);
        std::setlocale(LC_NUMERIC, previous.constData());
        QVERIFY2(inGerman.ok(), qPrintable(describe(inGerman)));
        QCOMPARE(inGerman->nodes[0].size, QSizeF(100.5, 20.25));
        QCOMPARE(inGerman->nodes[1].center, inC->nodes[1].center);
        QCOMPARE(inGerman->edges[0].splines[0].points, inC->edges[0].splines[0].points);
    }
};

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
