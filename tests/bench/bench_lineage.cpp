// Times what the Lineage panel does on a generated 10,000-model mesh (MeshGenerator's, parsed
// by ManifestBuilder): select a focused neighbourhood near the node cap, build its layout
// request, lay it out with dot and build the scene; and the same for the whole mesh collapsed
// to the project-level graph. Runs offscreen; prints medians (see benchtiming.h).
//
//   bench_lineage [PROJECTS] [MODELS_PER_PROJECT] [RUNS]

#include "benchtiming.h"
#include "core/graph/manifestbuilder.h"
#include "core/layout/graphvizlayout.h"
#include "core/layout/lineageselection.h"
#include "meshgenerator.h"
#include "widgets/lineage/lineagescene.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Trellis;
using Bench::measure;
using Bench::report;

namespace {

// Selection, request, dot layout and scene: everything between a selector and a picture.
bool showOnce(const Core::SelectorGraph &graph, const QString &expression, bool projectLevel,
              Widgets::LineageScene &scene)
{
    const auto selection = Core::LineageSelection::select(
        graph, expression, {}, Core::LineageGraph::kDefaultNodeCap, projectLevel);
    if (!selection)
        return false;
    const Core::LineageGraph lineage = selection->graph(graph.manifest());
    const Core::LayoutResult layout = Core::computeLayout(lineage.request());
    if (!layout) {
        std::fprintf(stderr, "layout failed: %s\n", qPrintable(layout.error().message));
        return false;
    }
    scene.showGraph(lineage, *layout);
    return true;
}

// A union of `2+model+2` focus terms around models of the middle project, grown while it stays
// within the cap: the biggest selection the panel still lays out model by model.
QString neighbourhoodNearTheCap(const Core::SelectorGraph &graph, const Bench::MeshShape &shape,
                                qsizetype &size)
{
    QString best;
    size = 0;
    for (int model = 0; model < shape.modelsPerProject; model += 7) {
        const QString term = QStringLiteral("2+%1+2")
                                 .arg(Bench::MeshGenerator::modelName(shape.projects / 2, model));
        const QString expression = best.isEmpty() ? term : best + QLatin1Char(' ') + term;
        const auto selection = Core::LineageSelection::select(graph, expression, {}, 1 << 30, false);
        if (!selection || selection->ids.size() > Core::LineageGraph::kDefaultNodeCap)
            break;
        best = expression;
        size = selection->ids.size();
    }
    return best;
}

// The same pipeline step by step, to see where the time goes.
void reportSteps(const Core::SelectorGraph &graph, const QString &expression,
                 Widgets::LineageScene &scene, int runs)
{
    const auto selection = Core::LineageSelection::select(
        graph, expression, {}, Core::LineageGraph::kDefaultNodeCap, false);
    const Core::LineageGraph lineage = selection->graph(graph.manifest());
    const Core::LayoutResult layout = Core::computeLayout(lineage.request());
    report("  select", measure(runs, [&] {
               (void)Core::LineageSelection::select(graph, expression, {},
                                                    Core::LineageGraph::kDefaultNodeCap, false);
           }), runs);
    report("  request (facts, sizes, edges)",
           measure(runs, [&] { (void)selection->graph(graph.manifest()); }), runs);
    report("  dot layout + geometry",
           measure(runs, [&] { (void)Core::computeLayout(lineage.request()); }), runs);
    report("  scene", measure(runs, [&] { scene.showGraph(lineage, *layout); }), runs);
    // The same graph as plain dot would get it (nodes sized by Graphviz from their labels), to
    // compare with dot-alone figures.
    Core::LayoutRequest plain = lineage.request();
    for (Core::LayoutNode &node : plain.nodes)
        node.width = node.height = 0;
    report("  dot layout + geometry, Graphviz-sized nodes",
           measure(runs, [&] { (void)Core::computeLayout(plain); }), runs);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    Bench::MeshShape shape;
    shape.projects = args.value(1, QStringLiteral("10")).toInt();
    shape.modelsPerProject = args.value(2, QStringLiteral("1000")).toInt();
    const int runs = std::max(1, args.value(3, QStringLiteral("9")).toInt());

    QTemporaryDir dir;
    if (const QString error = Bench::MeshGenerator::write(dir.path(), shape); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Core::Manifest manifest = Core::ManifestBuilder::build(dir.path());
    const Core::SelectorGraph graph(manifest);
    std::printf("mesh: %d projects, %zu nodes in the manifest\n", shape.projects,
                manifest.nodes.size());

    Widgets::LineageScene scene;
    qsizetype size = 0;
    const QString focus = neighbourhoodNearTheCap(graph, shape, size);
    if (focus.isEmpty() || !showOnce(graph, focus, false, scene))
        return 1;
    const QByteArray what = QStringLiteral("focus (%1 terms like %2): %3 nodes, %4 edges")
                                .arg(focus.count(QLatin1Char(' ')) + 1)
                                .arg(focus.section(QLatin1Char(' '), 0, 0))
                                .arg(size)
                                .arg(scene.graph().request().edges.size())
                                .toUtf8();
    std::printf("%s\n", what.constData());
    report("select + request + dot layout + scene (focus)",
           measure(runs, [&] { showOnce(graph, focus, false, scene); }), runs);
    reportSteps(graph, focus, scene, runs);

    if (!showOnce(graph, {}, true, scene))
        return 1;
    std::printf("project level: %zu projects, %zu links\n", scene.graph().nodes().size(),
                scene.graph().links().size());
    report("select + collapse + dot layout + scene (whole mesh)",
           measure(runs, [&] { showOnce(graph, {}, true, scene); }), runs);
    return 0;
}
