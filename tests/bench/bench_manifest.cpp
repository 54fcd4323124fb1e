// Parse benchmark (issue 4): cold ManifestBuilder::build of a generated mesh, median of runs.
// bench_manifest [PROJECTS] [MODELS_PER_PROJECT] [RUNS]
#include "core/graph/manifestbuilder.h"
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
    return 0;
}
