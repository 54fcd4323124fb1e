// Parse benchmark (issue 4): cold ManifestBuilder::build of a generated mesh, median of runs;
// then the in-place update after one model's text changes (an editor's keystroke).
// bench_manifest [PROJECTS] [MODELS_PER_PROJECT] [RUNS]
#include "core/graph/manifestbuilder.h"
#include "core/project/workspacediscovery.h"
#include "meshgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Trellis::Bench::MeshShape shape;
    shape.projects = args.value(1, QStringLiteral("10")).toInt();
    shape.modelsPerProject = args.value(2, QStringLiteral("1000")).toInt();
    const int runs = args.value(3, QStringLiteral("5")).toInt();

    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    if (const QString error = Trellis::Bench::MeshGenerator::write(dir.path(), shape); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("generated %d projects x %d models in %lld ms\n", shape.projects, shape.modelsPerProject,
                static_cast<long long>(timer.elapsed()));

    std::vector<qint64> times;
    size_t nodes = 0;
    size_t diagnostics = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const Trellis::Core::Manifest manifest = Trellis::Core::ManifestBuilder::build(dir.path());
        times.push_back(timer.elapsed());
        nodes = manifest.nodes.size();
        diagnostics = manifest.diagnostics.size();
    }
    std::sort(times.begin(), times.end());
    std::printf("cold parse: median %lld ms (min %lld, max %lld) over %d runs; %zu nodes, %zu diagnostics\n",
                static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.front()),
                static_cast<long long>(times.back()), runs, nodes, diagnostics);

    // One model in the middle of the mesh gains and loses a ref, as typing would do.
    Trellis::Core::ManifestBuilder builder(Trellis::Core::WorkspaceScanner::discover(dir.path()));
    const Trellis::Core::Manifest &manifest = builder.manifest();
    const Trellis::Core::Node *edited = nullptr;
    const Trellis::Core::Node *other = nullptr;
    for (const Trellis::Core::Node &node : manifest.nodes) {
        if (node.type != Trellis::Core::ResourceType::Model || node.refs.empty())
            continue;
        if (!other)
            other = &node;
        else if (&node - manifest.nodes.data() > qsizetype(manifest.nodes.size() / 2)) {
            edited = &node;
            break;
        }
    }
    if (!edited || !other) {
        std::fprintf(stderr, "no model with refs to edit\n");
        return 1;
    }
    const QString path = edited->absolutePath;
    const QString original = edited->rawCode;
    const QString withRef = original + QStringLiteral("\n-- edited\nunion all select * from {{ ref('%1') }}").arg(other->name);
    std::vector<qint64> updates;
    for (int run = 0; run < std::max(runs, 1) * 20; ++run) {
        timer.restart();
        if (!builder.updateSqlFile(path, run % 2 ? original : withRef)) {
            std::fprintf(stderr, "update refused\n");
            return 1;
        }
        updates.push_back(timer.nsecsElapsed() / 1000);
    }
    std::sort(updates.begin(), updates.end());
    std::printf("one-file update: median %lld us (min %lld, max %lld) over %zu edits of %s\n",
                static_cast<long long>(updates[updates.size() / 2]), static_cast<long long>(updates.front()),
                static_cast<long long>(updates.back()), updates.size(), qPrintable(edited->uniqueId));
    return 0;
}
