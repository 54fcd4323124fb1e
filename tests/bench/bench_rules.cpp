// Mesh rules benchmark (issue 5): every rule over a generated mesh, median of runs. The manifest
// is built once; the checker's cost is what the editor pays after each edit, since it re-runs
// the rules over the updated manifest.
// bench_rules [PROJECTS] [MODELS_PER_PROJECT] [RUNS] [all] [FINDINGS_FILE]
// With "all", the advice that is off by default (RuleSettings::offByDefault) runs too. With a
// FINDINGS_FILE, the last run's findings are written to it, one per line, so that the findings
// of two builds can be compared with diff.
#include "core/graph/manifestbuilder.h"
#include "core/rules/meshchecker.h"
#include "meshgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Every field of a finding, spans and related locations included. The caller makes the paths
// relative: the mesh is generated in a new temporary folder each time.
QString describe(const Trellis::Core::Diagnostic &finding)
{
    QString text = finding.toString()
        + QStringLiteral(" [to %1:%2, node %3]\n")
              .arg(finding.endLine)
              .arg(finding.endColumn)
              .arg(finding.nodeId);
    for (const Trellis::Core::RelatedLocation &related : finding.related)
        text += QStringLiteral("    %1:%2:%3: %4\n")
                    .arg(related.file)
                    .arg(related.line)
                    .arg(related.column)
                    .arg(related.message);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Trellis::Bench::MeshShape shape;
    shape.projects = args.value(1, QStringLiteral("10")).toInt();
    shape.modelsPerProject = args.value(2, QStringLiteral("1000")).toInt();
    const int runs = args.value(3, QStringLiteral("9")).toInt();

    QTemporaryDir dir;
    if (const QString error = Trellis::Bench::MeshGenerator::write(dir.path(), shape);
        !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Trellis::Core::Manifest manifest = Trellis::Core::ManifestBuilder::build(dir.path());
    const Trellis::Core::MeshChecker checker;
    Trellis::Core::CheckOptions options;
    options.workspaceRoot = dir.path();
    const bool allRules = args.value(4) == QLatin1String("all");
    if (allRules) {
        QByteArray yaml("rules:\n");
        for (const QString &code : Trellis::Core::RuleSettings::offByDefault())
            yaml += "  " + code.toUtf8() + ": warning\n";
        options.settings = *Trellis::Core::RuleSettings::parse(yaml, QString());
    }

    // CPU time as well as wall time: on a busy build machine the wall clock mostly measures the
    // other processes.
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<Trellis::Core::Diagnostic> findings;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        const double cpuStart = threadCpuMs();
        timer.start();
        findings = checker.check(manifest, options);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    if (const QString path = args.value(5); !path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        for (const Trellis::Core::Diagnostic &finding : findings)
            file.write(describe(finding).replace(dir.path(), QStringLiteral("MESH")).toUtf8());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%s over %zu nodes (%d projects x %d models), %d runs: median %.1f ms wall "
                "(min %.1f, max %.1f), %.1f ms CPU (min %.1f); %zu findings (%zu from parsing)\n",
                allRules ? "all rules, advice included," : "all rules", manifest.nodes.size(),
                shape.projects, shape.modelsPerProject, runs,
                wall[wall.size() / 2], wall.front(), wall.back(), cpu[cpu.size() / 2], cpu.front(),
                findings.size(), manifest.diagnostics.size());
    return 0;
}
