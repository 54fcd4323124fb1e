#include "projectgraph.h"

#include <QHash>

#include <algorithm>

namespace Trellis::Core {

ProjectGraph ProjectGraph::build(const std::vector<LayoutNode> &nodes,
                                 const std::vector<LayoutEdge> &edges, int maxListedModels)
{
    ProjectGraph graph;

    // Projects in name order, so the same mesh always gives the same graph whatever order the
    // manifest listed its nodes in.
    QHash<QString, int> counts;
    for (const LayoutNode &node : nodes) {
        if (!node.project.isEmpty())
            ++counts[node.project];
    }
    QStringList projects = counts.keys();
    projects.sort();
    QHash<QString, int> projectIndex;
    projectIndex.reserve(projects.size());
    for (const QString &project : std::as_const(projects)) {
        projectIndex.insert(project, int(graph.projects.size()));
        graph.projects.push_back({project, counts.value(project)});
        LayoutNode node;
        node.id = project;
        const int count = counts.value(project);
        node.label = count == 1 ? tr("%1\n1 node").arg(project)
                                : tr("%1\n%2 nodes").arg(project).arg(count);
        node.project.clear();
        node.shape = NodeShape::RoundedBox;
        graph.request.nodes.push_back(std::move(node));
    }

    struct NodeInfo
    {
        int project;
        const LayoutNode *node;
    };
    QHash<QString, NodeInfo> nodeInfo;
    nodeInfo.reserve(qsizetype(nodes.size()));
    for (const LayoutNode &node : nodes) {
        if (!node.project.isEmpty())
            nodeInfo.insert(node.id, {projectIndex.value(node.project), &node});
    }

    struct Crossing
    {
        int edgeCount = 0;
        std::vector<const LayoutNode *> upstream;
    };
    QHash<std::pair<int, int>, Crossing> crossings;
    for (const LayoutEdge &edge : edges) {
        const auto from = nodeInfo.constFind(edge.from);
        const auto to = nodeInfo.constFind(edge.to);
        if (from == nodeInfo.cend() || to == nodeInfo.cend() || from->project == to->project)
            continue;
        Crossing &crossing = crossings[{from->project, to->project}];
        ++crossing.edgeCount;
        crossing.upstream.push_back(from->node);
    }

    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(crossings.size());
    for (auto it = crossings.cbegin(); it != crossings.cend(); ++it)
        pairs.push_back(it.key());
    std::sort(pairs.begin(), pairs.end());

    for (const auto &pair : pairs) {
        Crossing &crossing = crossings[pair];
        auto &upstream = crossing.upstream;
        std::sort(upstream.begin(), upstream.end(),
                  [](const LayoutNode *a, const LayoutNode *b) { return a->id < b->id; });
        upstream.erase(std::unique(upstream.begin(), upstream.end()), upstream.end());

        Link link;
        link.fromProject = projects.at(pair.first);
        link.toProject = projects.at(pair.second);
        link.edgeCount = crossing.edgeCount;
        QStringList names;
        for (const LayoutNode *node : upstream) {
            link.crossingModels.append(node->id);
            if (names.size() < maxListedModels)
                names.append(node->label.isEmpty() ? node->id : node->label);
        }
        QString label = link.edgeCount == 1 ? tr("1 ref") : tr("%1 refs").arg(link.edgeCount);
        if (!names.isEmpty())
            label += QLatin1Char('\n') + names.join(QLatin1String(", "));
        const qsizetype more = link.crossingModels.size() - names.size();
        if (more > 0)
            label += QLatin1Char('\n') + tr("and %1 more").arg(more);

        graph.request.edges.push_back({link.fromProject, link.toProject, link.edgeCount, label});
        graph.links.push_back(std::move(link));
    }

    // One node per project already: project clusters would only wrap each node in a box.
    graph.request.options.projectClusters = false;
    graph.request.options.groupClusters = false;
    return graph;
}

} // namespace Trellis::Core
