// Times core/layout on generated meshes: the dot layout plus geometry extraction of a lineage
// at the node cap, and the project-level graph of a whole 10,000-model mesh. Prints the median
// of several runs (after one warm-up run that also loads the Graphviz plugins), as wall-clock
// time and as this thread's CPU time, which a busy shared machine inflates much less.
//
//   bench_layout [runs]

#include "core/layout/graphvizlayout.h"
#include "core/layout/projectgraph.h"
#include "benchtiming.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Trellis::Core;
using Trellis::Bench::measure;
using Trellis::Bench::report;

namespace {

// A dbt-like mesh: `projects` projects in a chain of dependencies, each a few layers deep.
// Every model refs one to three models of its own project's earlier layers; about one in five
// also refs a model of an upstream project (a public model crossing the mesh).
struct Mesh
{
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
};

Mesh generateMesh(int nodeCount, int projects, unsigned seed)
{
    Mesh mesh;
    std::mt19937 random(seed);
    const int perProject = nodeCount / projects;
    const int layersPerProject = 4;
    auto pick = [&random](int from, int to) { // inclusive
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    auto addEdge = [&mesh](int from, int to) {
        LayoutEdge edge;
        edge.from = mesh.nodes[std::size_t(from)].id;
        edge.to = mesh.nodes[std::size_t(to)].id;
        mesh.edges.push_back(edge);
    };
    for (int p = 0; p < projects; ++p) {
        const QString project = QStringLiteral("project_%1").arg(p);
        const int first = int(mesh.nodes.size());
        const int count = p == projects - 1 ? nodeCount - first : perProject;
        for (int i = 0; i < count; ++i) {
            LayoutNode node;
            const QString name = QStringLiteral("model_%1_%2").arg(p).arg(i);
            node.id = QStringLiteral("model.%1.%2").arg(project, name);
            node.label = name;
            node.project = project;
            mesh.nodes.push_back(node);
        }
        const int layerSize = std::max(1, count / layersPerProject);
        for (int i = layerSize; i < count; ++i) {
            const int layerStart = first + (i / layerSize) * layerSize;
            const int parents = pick(1, 3);
            for (int k = 0; k < parents; ++k)
                addEdge(pick(first, layerStart - 1), first + i);
            if (p > 0 && pick(0, 4) == 0)
                addEdge(pick(first - perProject, first - 1), first + i);
        }
    }
    return mesh;
}

bool layoutOnce(const LayoutRequest &request)
{
    const LayoutResult result = computeLayout(request);
    if (!result.ok()) {
        std::fprintf(stderr, "layout failed: %s\n", qPrintable(result.error().message));
        return false;
    }
    return true;
}

void benchLineage(int nodeCount, bool clusters, int runs)
{
    const Mesh mesh = generateMesh(nodeCount, 10, 42);
    LayoutRequest request;
    request.nodes = mesh.nodes;
    request.edges = mesh.edges;
    request.options.projectClusters = clusters;
    if (!layoutOnce(request))
        return;
    const QByteArray what
        = QStringLiteral("dot layout + geometry, %1 nodes / %2 edges, %3")
              .arg(nodeCount)
              .arg(mesh.edges.size())
              .arg(clusters ? QStringLiteral("10 clusters") : QStringLiteral("no clusters"))
              .toUtf8();
    report(what.constData(), measure(runs, [&] { layoutOnce(request); }), runs);
}

void benchProjectGraph(int runs)
{
    const Mesh mesh = generateMesh(10000, 20, 7);
    const ProjectGraph sample = ProjectGraph::build(mesh.nodes, mesh.edges);
    std::printf("mesh: %zu models, %zu edges, 20 projects -> %zu project nodes, %zu links\n",
                mesh.nodes.size(), mesh.edges.size(), sample.request.nodes.size(),
                sample.request.edges.size());
    report("project graph: build from 10,000 models",
           measure(runs, [&] { (void)ProjectGraph::build(mesh.nodes, mesh.edges); }), runs);
    report("project graph: build + dot layout + geometry",
           measure(runs,
                   [&] {
                       const ProjectGraph graph = ProjectGraph::build(mesh.nodes, mesh.edges);
                       layoutOnce(graph.request);
                   }),
           runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    benchLineage(250, true, runs);
    benchLineage(400, true, runs);
    benchLineage(400, false, runs);
    benchProjectGraph(runs);
    return 0;
}
