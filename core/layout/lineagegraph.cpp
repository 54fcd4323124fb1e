#include "lineagegraph.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Trellis::Core {

namespace {

// The outline Graphviz clips edges at. Exposures are drawn as flat hexagons whose points touch
// their box; Graphviz's own hexagon is much pointier, and arrows would end inside the drawing,
// so they are laid out as boxes.
NodeShape shapeFor(ResourceType type)
{
    switch (type) {
    case ResourceType::Source:
        return NodeShape::Cylinder;
    case ResourceType::Seed:
        return NodeShape::Note;
    case ResourceType::Snapshot:
    case ResourceType::Analysis:
        return NodeShape::Box;
    default:
        return NodeShape::RoundedBox;
    }
}

LayoutNode layoutNode(const LineageNodeFacts &facts, const QDate &today)
{
    LayoutNode node;
    node.id = facts.id;
    node.label = facts.name;
    node.project = facts.isProject ? QString() : facts.project;
    node.group = facts.group;
    const QSizeF size = LineageMetrics::nodeSize(facts, today);
    node.width = size.width();
    node.height = size.height();
    node.shape = facts.isProject ? NodeShape::RoundedBox : shapeFor(facts.type);
    return node;
}

// Lineage reads left to right, with room between ranks for the edges to bend.
LayoutOptions lineageOptions()
{
    LayoutOptions options;
    options.nodeSeparation = 14;
    options.rankSeparation = 48;
    options.fontSize = LineageMetrics::kBadgeFontSize;
    return options;
}

} // namespace

double LineageMetrics::badgeWidth(const QString &text)
{
    return text.size() * kBadgeCharWidth + 2 * kBadgePadding;
}

QSizeF LineageMetrics::nodeSize(const LineageNodeFacts &facts, const QDate &today)
{
    double badges = 0;
    const std::vector<LineageNodeFacts::Badge> list = facts.badges(today);
    for (const LineageNodeFacts::Badge &badge : list)
        badges += badgeWidth(badge.text) + kBadgeGap;
    const double name = facts.name.size() * kNameCharWidth;
    const double width = std::clamp(std::max(name, badges) + 2 * kPadding, kMinWidth, kMaxWidth);
    // A project shows its name and its size; a resource its name and, if any, its badges.
    const bool secondLine = facts.isProject || !list.empty();
    const double height = 2 * kPadding - 4 + kNameLineHeight + (secondLine ? kBadgeLineHeight + 2 : 0);
    // Cylinders and notes draw their decoration inside the box; give them the room.
    const double extra = facts.type == ResourceType::Source && !facts.isProject ? 8 : 0;
    return {width + (facts.type == ResourceType::Exposure ? 24 : 0), height + extra};
}

bool LineageGraph::isShown(ResourceType type)
{
    switch (type) {
    case ResourceType::Model:
    case ResourceType::Seed:
    case ResourceType::Snapshot:
    case ResourceType::Analysis:
    case ResourceType::Source:
    case ResourceType::Exposure:
        return true;
    default:
        return false;
    }
}

QStringList LineageGraph::shownIds(const Manifest &manifest, const QStringList &ids)
{
    QStringList shown;
    shown.reserve(ids.size());
    for (const QString &id : ids) {
        const Node *node = manifest.find(id);
        if (node && isShown(node->type))
            shown.append(id);
    }
    return shown;
}

LineageGraph LineageGraph::resources(const Manifest &manifest, const QStringList &ids)
{
    const QDate today = QDate::currentDate();
    LineageGraph graph;
    graph.m_request.options = lineageOptions();
    graph.m_nodes = LineageNodeFacts::collect(manifest, shownIds(manifest, ids));
    graph.m_request.nodes.reserve(graph.m_nodes.size());
    for (const LineageNodeFacts &facts : graph.m_nodes)
        graph.m_request.nodes.push_back(layoutNode(facts, today));
    graph.index();
    graph.addEdgesBetweenNodes(manifest);
    return graph;
}

LineageGraph LineageGraph::projects(const Manifest &manifest, const QStringList &ids)
{
    // Only ids, names, projects and edges matter here: skipping the facts and sizes of every
    // member keeps the whole-mesh view fast on 10,000 models.
    std::vector<LayoutNode> members;
    std::vector<LayoutEdge> edges;
    const QStringList shown = shownIds(manifest, ids);
    const QSet<QString> included(shown.cbegin(), shown.cend());
    members.reserve(std::size_t(shown.size()));
    for (const QString &id : shown) {
        const Node *node = manifest.find(id);
        LayoutNode member;
        member.id = id;
        member.label = node->name;
        member.project = node->packageName;
        members.push_back(std::move(member));
        for (const QString &parent : node->dependsOnNodes) {
            if (included.contains(parent))
                edges.push_back({parent, id, 1, {}});
        }
    }
    const ProjectGraph collapsed = ProjectGraph::build(members, edges);
    const QDate today = QDate::currentDate();
    LineageGraph graph;
    graph.m_projectLevel = true;
    graph.m_request = collapsed.request;
    graph.m_request.options.nodeSeparation = 36;
    graph.m_request.options.rankSeparation = 160;
    // Edge labels are drawn one pixel size up from badges: let Graphviz make room for that.
    graph.m_request.options.fontSize = LineageMetrics::kBadgeFontSize + 1;
    graph.m_links = collapsed.links;
    for (std::size_t i = 0; i < collapsed.projects.size(); ++i) {
        const ProjectGraph::ProjectSummary &summary = collapsed.projects[i];
        graph.m_nodes.push_back(LineageNodeFacts::forProject(summary.project, summary.nodeCount));
        const LayoutNode sized = layoutNode(graph.m_nodes.back(), today);
        graph.m_request.nodes[i].width = std::max(sized.width, 150.0);
        graph.m_request.nodes[i].height = sized.height + 8;
    }
    graph.index();
    return graph;
}

LineageGraph LineageGraph::overview(const Manifest &manifest, const QStringList &ids)
{
    LineageGraph graph;
    graph.m_overview = true;
    LayoutOptions &options = graph.m_request.options;
    options.engine = LayoutEngine::Sfdp;
    options.projectClusters = false;
    options.routeEdges = false;
    options.overlapRemoval = LayoutOptions::OverlapRemoval::Scale;
    options.nodeSeparation = 4;
    // Dots have no text; a font this small keeps Graphviz from warning that it does not fit.
    options.fontSize = 2;
    options.maxNodes = std::numeric_limits<int>::max();
    graph.m_nodes = LineageNodeFacts::collect(manifest, shownIds(manifest, ids));
    graph.m_request.nodes.reserve(graph.m_nodes.size());
    for (const LineageNodeFacts &facts : graph.m_nodes) {
        LayoutNode node;
        node.id = facts.id;
        // Any short label: with a fixed size Graphviz never measures it.
        node.label = QStringLiteral(".");
        node.width = node.height = LineageMetrics::kOverviewDotSize;
        node.shape = NodeShape::Ellipse;
        graph.m_request.nodes.push_back(std::move(node));
    }
    graph.index();
    graph.addEdgesBetweenNodes(manifest);
    return graph;
}

void LineageGraph::addEdgesBetweenNodes(const Manifest &manifest)
{
    // Edges only between nodes both on the picture; dependsOnNodes has no duplicates.
    for (const LineageNodeFacts &facts : m_nodes) {
        for (const QString &parent : manifest.parents(facts.id)) {
            if (m_positions.contains(parent))
                m_request.edges.push_back({parent, facts.id, 1, {}});
        }
    }
}

const LineageNodeFacts *LineageGraph::find(const QString &id) const
{
    const auto it = m_positions.constFind(id);
    return it == m_positions.cend() ? nullptr : &m_nodes[std::size_t(*it)];
}

void LineageGraph::index()
{
    m_positions.clear();
    m_positions.reserve(qsizetype(m_nodes.size()));
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_positions.insert(m_nodes[i].id, qsizetype(i));
}

} // namespace Trellis::Core
