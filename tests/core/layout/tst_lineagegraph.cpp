#include "core/graph/manifestbuilder.h"
#include "core/layout/dotwriter.h"
#include "core/layout/graphvizlayout.h"
#include "core/layout/lineagegraph.h"
#include "core/layout/lineagepreparation.h"
#include "core/layout/lineageselection.h"

#include <QTest>

using namespace Trellis::Core;

namespace {

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
const QString kMembersV2 = QStringLiteral("model.platform.dim_members.v2");

QStringList projectsOf(const LineageGraph &graph)
{
    QStringList projects;
    for (const LineageNodeFacts &facts : graph.nodes()) {
        if (!projects.contains(facts.project))
            projects.append(facts.project);
    }
    projects.sort();
    return projects;
}

QStringList badgeTexts(const LineageNodeFacts &facts, const QDate &today)
{
    QStringList texts;
    for (const LineageNodeFacts::Badge &badge : facts.badges(today))
        texts.append(badge.struckThrough ? QStringLiteral("~%1~").arg(badge.text) : badge.text);
    return texts;
}

} // namespace

class TestLineageGraph : public QObject
{
    Q_OBJECT

    Manifest m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        m_manifest = ManifestBuilder::build(kSandbox);
        QVERIFY(m_manifest.find(kMembersV2));
    }

    void parsesFocusSelectors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("isFocus");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("upstream"); // -1: none
        QTest::addColumn<int>("downstream");
        QTest::newRow("both") << "2+dim_members+2" << true << "dim_members" << 2 << 2;
        QTest::newRow("upstream only") << "3+fct_rides" << true << "fct_rides" << 3 << -1;
        QTest::newRow("bare") << "dim_members.v2" << true << "dim_members.v2" << -1 << -1;
        QTest::newRow("method") << "1+source:app.rides+1" << true << "source:app.rides" << 1 << 1;
        QTest::newRow("unbounded") << "+dim_members" << false << "" << -1 << -1;
        QTest::newRow("union") << "2+a+2 b" << false << "" << -1 << -1;
        QTest::newRow("intersection") << "tag:x,access:public" << false << "" << -1 << -1;
        QTest::newRow("at") << "@dim_members" << false << "" << -1 << -1;
    }

    void parsesFocusSelectors()
    {
        QFETCH(QString, expression);
        QFETCH(bool, isFocus);
        const std::optional<FocusSelector> focus = FocusSelector::parse(expression);
        QCOMPARE(focus.has_value(), isFocus);
        if (!focus)
            return;
        QFETCH(QString, pattern);
        QFETCH(int, upstream);
        QFETCH(int, downstream);
        QCOMPARE(focus->pattern, pattern);
        QCOMPARE(focus->upstream.value_or(-1), upstream);
        QCOMPARE(focus->downstream.value_or(-1), downstream);
        QCOMPARE(focus->toString(), expression.trimmed());
    }

    void focusesAPublicModelAcrossThreeProjects()
    {
        const SelectorGraph graph(m_manifest);
        const Result<LineageSelection> selection
            = LineageSelection::select(graph, QStringLiteral("2+dim_members.v2+2"), {}, 400, false);
        QVERIFY(selection.ok());
        QVERIFY(!selection->projectLevel);
        QVERIFY(selection->ids.contains(kMembersV2));
        // Tests come along in dbt's eager mode; a lineage never draws them.
        for (const QString &id : selection->ids)
            QVERIFY2(!id.startsWith(QLatin1String("test.")), qPrintable(id));
        const LineageGraph lineage = selection->graph(m_manifest);
        QCOMPARE(projectsOf(lineage),
                 QStringList({QStringLiteral("finance"), QStringLiteral("marketing"),
                              QStringLiteral("platform")}));
        QCOMPARE(lineage.request().nodes.size(), lineage.nodes().size());
        // Every edge joins two drawn nodes, upstream to downstream.
        for (const LayoutEdge &edge : lineage.request().edges) {
            QVERIFY(lineage.find(edge.from));
            QVERIFY(m_manifest.parents(edge.to).contains(edge.from));
        }
        QVERIFY(std::any_of(lineage.request().edges.begin(), lineage.request().edges.end(),
                            [](const LayoutEdge &edge) {
                                return edge.from == kMembersV2
                                       && edge.to.startsWith(QLatin1String("model.finance."));
                            }));
    }

    // What a view prepares off the GUI thread is what it would have selected itself.
    void preparesTheSelectionOfANewManifest()
    {
        auto manifest = std::make_shared<const Manifest>(m_manifest);
        LineagePreparation::Request request{manifest, QStringLiteral("2+dim_members.v2+2"), {}, 400,
                                            false, true};
        const LineagePreparation prepared = LineagePreparation::prepare(request);
        QVERIFY(prepared.selectorGraph);
        QVERIFY(prepared.selection && prepared.selection->ok());
        const SelectorGraph graph(m_manifest);
        const Result<LineageSelection> direct = LineageSelection::select(
            graph, QStringLiteral("2+dim_members.v2+2"), {}, 400, false);
        QCOMPARE((*prepared.selection)->ids, direct->ids);
        QCOMPARE(prepared.graph.nodes().size(), direct->graph(m_manifest).nodes().size());
        QVERIFY(prepared.request.selectsLike(request));
        request.selector = QStringLiteral("dim_members");
        QVERIFY(!prepared.request.selectsLike(request));

        // A view that selects for itself (the overview) gets the selector graph only.
        request.select = false;
        const LineagePreparation graphOnly = LineagePreparation::prepare(request);
        QVERIFY(graphOnly.selectorGraph);
        QVERIFY(!graphOnly.selection);
        QVERIFY(graphOnly.graph.nodes().empty());
    }

    void deeperSelectionsShowMore()
    {
        const SelectorGraph graph(m_manifest);
        const auto one = LineageSelection::select(graph, QStringLiteral("1+dim_members.v2+1"), {},
                                                  400, false);
        const auto three = LineageSelection::select(graph, QStringLiteral("3+dim_members.v2+3"),
                                                    {}, 400, false);
        QVERIFY(one.ok() && three.ok());
        QVERIFY(three->ids.size() > one->ids.size());
        for (const QString &id : one->ids)
            QVERIFY(three->ids.contains(id));
    }

    void expandedNodesJoinTheSelection()
    {
        const SelectorGraph graph(m_manifest);
        const QStringList parents = m_manifest.parents(kMembersV2);
        QVERIFY(!parents.isEmpty());
        const auto plain = LineageSelection::select(graph, QStringLiteral("dim_members.v2"), {},
                                                    400, false);
        const auto expanded = LineageSelection::select(graph, QStringLiteral("dim_members.v2"),
                                                       parents, 400, false);
        QCOMPARE(plain->ids, QStringList{kMembersV2});
        for (const QString &parent : parents)
            QVERIFY(expanded->ids.contains(parent));
    }

    void collapsesToProjectsBeyondTheCap()
    {
        const SelectorGraph graph(m_manifest);
        const auto selection = LineageSelection::select(graph, {}, {}, 10, false);
        QVERIFY(selection.ok());
        QVERIFY(selection->overCap);
        QVERIFY(selection->projectLevel);
        const LineageGraph lineage = selection->graph(m_manifest);
        QVERIFY(lineage.isProjectLevel());
        QCOMPARE(lineage.nodes().size(), std::size_t(3));
        QVERIFY(lineage.find(QStringLiteral("platform"))->isProject);
        // Finance and marketing both read platform's public models.
        QStringList links;
        for (const ProjectGraph::Link &link : lineage.links())
            links.append(link.fromProject + QStringLiteral("->") + link.toProject);
        QVERIFY(links.contains(QStringLiteral("platform->finance")));
        QVERIFY(links.contains(QStringLiteral("platform->marketing")));
    }

    void reportsSelectorErrors()
    {
        const SelectorGraph graph(m_manifest);
        const auto selection = LineageSelection::select(graph, QStringLiteral("tg:nightly"), {},
                                                        400, false);
        QVERIFY(!selection.ok());
        QVERIFY(selection.error().message.contains(QLatin1String("tg")));
    }

    void badgesTellGovernanceFacts()
    {
        const std::vector<LineageNodeFacts> facts = LineageNodeFacts::collect(
            m_manifest, {kMembersV2, QStringLiteral("model.platform.dim_members.v1")});
        QCOMPARE(facts.size(), std::size_t(2));
        const QDate before(2027, 1, 1);
        const QDate after(2027, 7, 1);
        QCOMPARE(facts[0].versionCount, 2);
        QVERIFY(facts[0].latestVersion);
        QVERIFY(badgeTexts(facts[0], before).contains(QStringLiteral("v2 of 2 · latest")));
        QVERIFY(badgeTexts(facts[0], before).contains(QStringLiteral("public")));
        QVERIFY(badgeTexts(facts[0], before).contains(QStringLiteral("contract")));
        QVERIFY(!facts[1].latestVersion);
        QVERIFY(badgeTexts(facts[1], before).contains(QStringLiteral("v1 of 2")));
        QVERIFY(badgeTexts(facts[1], before).contains(QStringLiteral("2027-06-30")));
        QVERIFY(badgeTexts(facts[1], after).contains(QStringLiteral("~2027-06-30~")));
        QCOMPARE(facts[0].layer, QStringLiteral("marts"));
    }

    void nodeSizesLeaveRoomForNameAndBadges()
    {
        LineageNodeFacts plain;
        plain.name = QStringLiteral("x");
        LineageNodeFacts badged = plain;
        badged.access = QStringLiteral("public");
        badged.materialized = QStringLiteral("table");
        LineageNodeFacts longName = plain;
        longName.name = QString(30, QLatin1Char('n'));
        const QDate today(2026, 1, 1);
        QCOMPARE(LineageMetrics::nodeSize(plain, today).width(), LineageMetrics::kMinWidth);
        QVERIFY(LineageMetrics::nodeSize(badged, today).height()
                > LineageMetrics::nodeSize(plain, today).height());
        QVERIFY(LineageMetrics::nodeSize(longName, today).width()
                >= 30 * LineageMetrics::kNameCharWidth);
    }

    void laysOutTheFocusedLineage()
    {
        const SelectorGraph graph(m_manifest);
        const auto selection = LineageSelection::select(graph, QStringLiteral("2+dim_members.v2+2"),
                                                        {}, 400, false);
        const LineageGraph lineage = selection->graph(m_manifest);
        const LayoutResult layout = computeLayout(lineage.request());
        QVERIFY2(layout.ok(), layout.ok() ? "" : qPrintable(layout.error().message));
        QCOMPARE(layout->nodes.size(), lineage.nodes().size());
        // One cluster per project, each holding its nodes.
        for (const NodeGeometry &node : layout->nodes) {
            const ClusterGeometry *cluster = layout->findCluster(lineage.find(node.id)->project);
            QVERIFY(cluster);
            QVERIFY(cluster->box.contains(node.box()));
        }
    }

    void countsDataTestsPerNode()
    {
        const std::vector<LineageNodeFacts> facts = LineageNodeFacts::collect(m_manifest, {kMembersV2});
        QCOMPARE(facts.size(), std::size_t(1));
        int tests = 0;
        for (const QString &child : m_manifest.children(kMembersV2))
            tests += m_manifest.find(child)->type == ResourceType::Test ? 1 : 0;
        QVERIFY(tests > 0);
        QCOMPARE(facts.front().dataTestCount, tests);
    }

    void overviewPlacesEveryNodeAsADot()
    {
        // The whole sandbox: the same nodes and edges as the resources view, as dots by sfdp.
        const SelectorGraph graph(m_manifest);
        const auto selection = LineageSelection::select(graph, {}, {}, 1 << 30, false);
        const LineageGraph resources = LineageGraph::resources(m_manifest, selection->ids);
        const LineageGraph overview = LineageGraph::overview(m_manifest, selection->ids);
        QVERIFY(overview.isOverview());
        QCOMPARE(overview.nodes().size(), resources.nodes().size());
        QCOMPARE(overview.request().edges.size(), resources.request().edges.size());
        const LayoutOptions &options = overview.request().options;
        QCOMPARE(options.engine, LayoutEngine::Sfdp);
        QVERIFY(!options.projectClusters);
        QVERIFY(options.maxNodes >= 10'000);

        const LayoutResult layout = computeLayout(overview.request());
        QVERIFY2(layout.ok(), layout.ok() ? "" : qPrintable(layout.error().message));
        QCOMPARE(layout->nodes.size(), overview.nodes().size());
        QVERIFY(layout->clusters.empty());
        // Spread apart: no two dots overlap.
        for (std::size_t i = 0; i < layout->nodes.size(); ++i) {
            for (std::size_t j = i + 1; j < layout->nodes.size(); ++j) {
                QVERIFY(!layout->nodes[i].box().intersects(layout->nodes[j].box().adjusted(1, 1, -1, -1)));
            }
        }
    }

    void writesDot()
    {
        LayoutRequest request;
        LayoutNode a;
        a.id = QStringLiteral("model.p.a");
        a.label = QStringLiteral("say \"hi\"\nthere");
        a.project = QStringLiteral("p");
        a.width = 144;
        a.height = 36;
        LayoutNode b;
        b.id = QStringLiteral("source.q.s.t");
        b.shape = NodeShape::Cylinder;
        request.nodes = {a, b};
        request.edges = {{b.id, a.id, 3, QStringLiteral("3 refs")}};
        const QByteArray dot = DotWriter::write(request);
        QVERIFY(dot.startsWith("digraph lineage {\n"));
        QVERIFY(dot.contains("rankdir=LR"));
        QVERIFY(dot.contains("subgraph \"cluster_p\" {\n        label=\"p\";\n"));
        QVERIFY(dot.contains("\"model.p.a\" [label=\"say \\\"hi\\\"\\nthere\", shape=box, "
                             "width=2, height=0.5, fixedsize=true];"));
        QVERIFY(dot.contains("    \"source.q.s.t\" [label=\"source.q.s.t\", shape=cylinder];"));
        QVERIFY(dot.contains("\"source.q.s.t\" -> \"model.p.a\" [weight=3, label=\"3 refs\"];"));
        QVERIFY(dot.endsWith("}\n"));
        QCOMPARE(DotWriter::quoted(QStringLiteral("a\\b")), QByteArray("\"a\\\\b\""));
    }
};

QTEST_GUILESS_MAIN(TestLineageGraph)
#include "tst_lineagegraph.moc"
