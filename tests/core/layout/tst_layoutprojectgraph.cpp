#include "core/layout/graphvizlayout.h"
#include "core/layout/projectgraph.h"

#include <QTest>

using namespace Trellis::Core;

namespace {

LayoutNode model(const QString &project, const QString &name)
{
    LayoutNode node;
    node.id = QStringLiteral("model.%1.%2").arg(project, name);
    node.label = name;
    node.project = project;
    return node;
}

LayoutEdge edge(const LayoutNode &from, const LayoutNode &to)
{
    return {from.id, to.id, 1, {}};
}

} // namespace

class TestLayoutProjectGraph : public QObject
{
    Q_OBJECT

    std::vector<LayoutNode> m_nodes;
    std::vector<LayoutEdge> m_edges;

private Q_SLOTS:
    void init()
    {
        const LayoutNode orders = model(QStringLiteral("platform"), QStringLiteral("orders"));
        const LayoutNode customers = model(QStringLiteral("platform"), QStringLiteral("customers"));
        const LayoutNode staging = model(QStringLiteral("platform"), QStringLiteral("stg_orders"));
        const LayoutNode revenue = model(QStringLiteral("finance"), QStringLiteral("revenue"));
        const LayoutNode costs = model(QStringLiteral("finance"), QStringLiteral("costs"));
        const LayoutNode campaigns
            = model(QStringLiteral("marketing"), QStringLiteral("campaigns"));
        LayoutNode loose = model(QString(), QStringLiteral("loose"));
        m_nodes = {revenue, orders, customers, staging, costs, campaigns, loose};
        m_edges = {
            edge(staging, orders), // inside platform: not a crossing
            edge(orders, revenue), // platform -> finance
            edge(orders, costs), // platform -> finance, same public model again
            edge(customers, revenue), // platform -> finance
            edge(revenue, campaigns), // finance -> marketing
            edge(loose, campaigns), // from a node without a project: left out
            {orders.id, QStringLiteral("model.gone.x"), 1, {}}, // unknown node: left out
        };
    }

    void collapsesProjects()
    {
        const ProjectGraph graph = ProjectGraph::build(m_nodes, m_edges);

        QCOMPARE(graph.request.nodes.size(), 3u);
        QCOMPARE(graph.request.nodes[0].id, QStringLiteral("finance"));
        QCOMPARE(graph.request.nodes[1].id, QStringLiteral("marketing"));
        QCOMPARE(graph.request.nodes[2].id, QStringLiteral("platform"));
        QCOMPARE(graph.projects[2].nodeCount, 3);
        QCOMPARE(graph.projects[1].nodeCount, 1);
        QVERIFY(graph.request.nodes[2].label.contains(QLatin1String("3 nodes")));
        for (const LayoutNode &node : graph.request.nodes)
            QVERIFY(node.project.isEmpty());
        QVERIFY(!graph.request.options.projectClusters);

        QCOMPARE(graph.request.edges.size(), 2u);
        QCOMPARE(graph.links.size(), 2u);
        const ProjectGraph::Link &financeToMarketing = graph.links[0];
        QCOMPARE(financeToMarketing.fromProject, QStringLiteral("finance"));
        QCOMPARE(financeToMarketing.toProject, QStringLiteral("marketing"));
        QCOMPARE(financeToMarketing.edgeCount, 1);

        const ProjectGraph::Link &platformToFinance = graph.links[1];
        QCOMPARE(platformToFinance.fromProject, QStringLiteral("platform"));
        QCOMPARE(platformToFinance.toProject, QStringLiteral("finance"));
        QCOMPARE(platformToFinance.edgeCount, 3);
        QCOMPARE(platformToFinance.crossingModels,
                 QStringList({QStringLiteral("model.platform.customers"),
                              QStringLiteral("model.platform.orders")}));

        const LayoutEdge &weighted = graph.request.edges[1];
        QCOMPARE(weighted.from, QStringLiteral("platform"));
        QCOMPARE(weighted.to, QStringLiteral("finance"));
        QCOMPARE(weighted.weight, 3);
        QCOMPARE(weighted.label, QStringLiteral("3 refs\ncustomers, orders"));
        QCOMPARE(graph.request.edges[0].label, QStringLiteral("1 ref\nrevenue"));
    }

    void shortensLongModelLists()
    {
        const ProjectGraph graph = ProjectGraph::build(m_nodes, m_edges, 1);
        QCOMPARE(graph.request.edges[1].label, QStringLiteral("3 refs\ncustomers\nand 1 more"));
        QCOMPARE(graph.links[1].crossingModels.size(), 2);
    }

    void handlesEmptyInput()
    {
        const ProjectGraph graph = ProjectGraph::build({}, {});
        QVERIFY(graph.request.nodes.empty());
        QVERIFY(graph.request.edges.empty());
    }

    void laysOut()
    {
        const ProjectGraph graph = ProjectGraph::build(m_nodes, m_edges);
        const LayoutResult result = computeLayout(graph.request);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->nodes.size(), 3u);
        QVERIFY(result->clusters.empty());
        for (const EdgeGeometry &edge : result->edges)
            QVERIFY(edge.labelPosition.has_value());
        // Upstream left of downstream.
        QVERIFY(result->findNode(QStringLiteral("platform"))->center.x()
                < result->findNode(QStringLiteral("finance"))->center.x());
    }

    void scalesToAMesh()
    {
        // 20 projects x 500 models; each model refs two models of the previous project.
        std::vector<LayoutNode> nodes;
        std::vector<LayoutEdge> edges;
        for (int p = 0; p < 20; ++p) {
            for (int m = 0; m < 500; ++m)
                nodes.push_back(model(QStringLiteral("p%1").arg(p), QStringLiteral("m%1").arg(m)));
        }
        for (int p = 1; p < 20; ++p) {
            for (int m = 0; m < 500; ++m) {
                const LayoutNode &to = nodes[std::size_t(p * 500 + m)];
                edges.push_back(edge(nodes[std::size_t((p - 1) * 500 + m % 10)], to));
                edges.push_back(edge(nodes[std::size_t((p - 1) * 500 + (m + 1) % 500)], to));
            }
        }
        const ProjectGraph graph = ProjectGraph::build(nodes, edges);
        QCOMPARE(graph.request.nodes.size(), 20u);
        QCOMPARE(graph.links.size(), 19u);
        for (const ProjectGraph::Link &link : graph.links) {
            QCOMPARE(link.edgeCount, 1000);
            QCOMPARE(link.crossingModels.size(), 500);
        }
        QVERIFY(computeLayout(graph.request).ok());
    }
};

QTEST_GUILESS_MAIN(TestLayoutProjectGraph)
#include "tst_layoutprojectgraph.moc"
