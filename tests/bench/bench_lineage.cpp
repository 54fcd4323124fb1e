// Times what the Lineage panel does on a generated 10,000-model mesh (MeshGenerator's, parsed
// by ManifestBuilder): select a focused neighbourhood near the node cap, build its layout
// request, lay it out with dot and build the scene, beside Graphviz alone laying out the same
// graph from its DOT text; the whole mesh collapsed to the project-level graph; and the
// overview (sfdp, dots) of half the mesh's projects, about 5,000 models, up to its first paint.
// Runs offscreen; prints medians (see benchtiming.h).
//
//   bench_lineage [PROJECTS] [MODELS_PER_PROJECT] [RUNS]

#include "benchtiming.h"
#include "core/graph/manifestbuilder.h"
#include "core/layout/dotwriter.h"
#include "core/layout/graphvizcontext.h"
#include "core/layout/graphvizlayout.h"
#include "core/layout/lineageselection.h"
#include "meshgenerator.h"
#include "widgets/lineage/lineagescene.h"
#include "widgets/lineage/lineageview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

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

// Graphviz by itself on the DOT text of `request` (the same attributes our layout sets): parse,
// lay out, free. What a `dot -Tdot` run would spend, minus process start and output.
Bench::Timing graphvizAlone(const QByteArray &dot, const char *engine, int runs)
{
    std::lock_guard lock(Core::graphvizMutex());
    auto context = Core::GraphvizContext::create();
    if (!context)
        return {-1, -1, -1, -1};
    GVC_t *gvc = (*context)->handle();
    return measure(runs, [&] {
        Agraph_t *graph = agmemread(dot.constData());
        gvLayout(gvc, graph, engine);
        gvFreeLayout(gvc, graph);
        agclose(graph);
    });
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
    report("  Graphviz alone: DOT text -> dot layout",
           graphvizAlone(Core::DotWriter::write(lineage.request()), "dot", runs), runs);
}

// `package:p0 package:p1 ...` for the first half of the projects: about half the mesh.
QString halfTheProjects(const Bench::MeshShape &shape)
{
    QStringList terms;
    for (int project = 0; project < std::max(1, shape.projects / 2); ++project)
        terms.append(QStringLiteral("package:") + Bench::MeshGenerator::projectName(project));
    return terms.join(QLatin1Char(' '));
}

// The overview mode: everything between the switch and the first painted frame, step by step.
// Only the layout runs on the worker; the rest is on the GUI thread.
void reportOverview(const Core::SelectorGraph &graph, const QString &expression, int runs)
{
    const auto selection = Core::LineageSelection::select(graph, expression, {}, 1 << 30, false);
    if (!selection)
        return;
    const Core::LineageGraph overview = Core::LineageGraph::overview(graph.manifest(), selection->ids);
    std::printf("overview (%s): %zu nodes, %zu edges\n",
                qPrintable(expression.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" ...")),
                overview.nodes().size(), overview.request().edges.size());
    const int layoutRuns = std::max(1, runs / 3); // seconds each: fewer runs
    Core::LayoutResult layout = Core::computeLayout(overview.request());
    if (!layout) {
        std::fprintf(stderr, "overview layout failed: %s\n", qPrintable(layout.error().message));
        return;
    }
    Widgets::LineageScene scene;
    Widgets::LineageView view(&scene);
    view.resize(1200, 700);
    const Bench::Timing select = measure(runs, [&] {
        (void)Core::LineageSelection::select(graph, expression, {}, 1 << 30, false);
    });
    const Bench::Timing facts = measure(runs, [&] {
        (void)Core::LineageGraph::overview(graph.manifest(), selection->ids);
    });
    const Bench::Timing sfdp = measure(layoutRuns, [&] { layout = Core::computeLayout(overview.request()); });
    const Bench::Timing build = measure(runs, [&] {
        scene.showGraph(overview, *layout);
        view.pictureChanged();
        view.presentPicture();
    });
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const Bench::Timing paint = measure(runs, [&] { view.viewport()->render(&frame); });
    report("  select (GUI thread)", select, runs);
    report("  facts + overview request (GUI thread)", facts, runs);
    report("  sfdp layout + geometry (worker)", sfdp, layoutRuns);
    report("  scene + minimap + fit (GUI thread)", build, runs);
    report("  first paint, 1200x700 (GUI thread)", paint, runs);
    Bench::Timing total{0, 0, 0, 0};
    for (const Bench::Timing &step : {select, facts, sfdp, build, paint}) {
        total.median += step.median;
        total.min += step.min;
        total.max += step.max;
        total.cpuMedian += step.cpuMedian;
    }
    report("overview total, switch to first frame (sum of steps)", total, runs);
    report("  Graphviz alone: DOT text -> sfdp layout",
           graphvizAlone(Core::DotWriter::write(overview.request()), "sfdp", layoutRuns),
           layoutRuns);
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

    reportOverview(graph, halfTheProjects(shape), runs);
    return 0;
}
