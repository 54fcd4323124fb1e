// Keystroke-to-diagnostics benchmark (issues 5 and 7): on a generated mesh, one model gains and
// loses a ref to an upstream project's protected model, as typing would do, and every edit must
// bring the access finding and take it away again.
//  - LiveMesh alone: the in-place update plus the rules re-run over the refreshed context, and
//    the copy of the manifest a published state carries when the graph changed. Wall and CPU
//    time: on a busy machine the wall clock also counts time the thread waited for a core.
//  - LiveMeshService: from edit() to the published state arriving on the main thread, with the
//    editor's debounce delay included — what the user waits for.
// bench_live [PROJECTS] [MODELS_PER_PROJECT] [EDITS] [all]
// With "all", the workspace turns on the advice that is off by default as well.
#include "benchtiming.h"
#include "core/live/livemeshservice.h"
#include "meshgenerator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Trellis;

namespace {

struct Edit
{
    QString path;
    QString original;
    QString withRef;
};

// A model with refs in the second half of the mesh, given a ref to a protected model of a
// project it depends on: dbt refuses that, so the edit adds exactly one access finding.
std::optional<Edit> chooseEdit(const Core::Manifest &manifest)
{
    const Core::Node *edited = nullptr;
    for (size_t i = manifest.nodes.size() / 2; i < manifest.nodes.size() && !edited; ++i) {
        const Core::Node &node = manifest.nodes[i];
        if (node.type == Core::ResourceType::Model && !node.refs.empty()
            && !manifest.project(node.packageName)->upstreamProjects.empty())
            edited = &node;
    }
    if (!edited)
        return std::nullopt;
    const QString upstream = manifest.project(edited->packageName)->upstreamProjects.front().name;
    for (const Core::Node &node : manifest.nodes) {
        if (node.type == Core::ResourceType::Model && node.packageName == upstream
            && node.access() == QLatin1String("protected")) {
            return Edit{edited->absolutePath, edited->rawCode,
                        edited->rawCode
                            + QStringLiteral("\nunion all select * from {{ ref('%1', '%2') }}")
                                  .arg(node.packageName, node.name)};
        }
    }
    return std::nullopt;
}

qsizetype errorCount(const std::vector<Core::Diagnostic> &diagnostics)
{
    return std::count_if(diagnostics.begin(), diagnostics.end(), [](const Core::Diagnostic &d) {
        return d.severity == Core::Severity::Error;
    });
}

void printTiming(const char *what, const std::vector<double> &samples)
{
    std::vector<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    std::printf("%s: median %.2f ms (min %.2f, max %.2f) over %zu edits\n", what,
                sorted[sorted.size() / 2], sorted.front(), sorted.back(), sorted.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Bench::MeshShape shape;
    shape.projects = args.value(1, QStringLiteral("10")).toInt();
    shape.modelsPerProject = args.value(2, QStringLiteral("1000")).toInt();
    const int edits = std::max(2, args.value(3, QStringLiteral("40")).toInt());

    QTemporaryDir dir;
    if (const QString error = Bench::MeshGenerator::write(dir.path(), shape); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    if (args.value(4) == QLatin1String("all")) {
        QFile settings(dir.filePath(QLatin1String(Core::RuleSettings::kFileName)));
        if (!settings.open(QIODevice::WriteOnly))
            return 1;
        settings.write("rules:\n");
        for (const QString &code : Core::RuleSettings::offByDefault())
            settings.write("  " + code.toUtf8() + ": warning\n");
    }
    QElapsedTimer timer;
    timer.start();
    Core::LiveMesh mesh(dir.path());
    std::printf("open: %lld ms for %zu nodes (%d projects x %d models), %zu findings\n",
                timer.elapsed(), mesh.manifest().nodes.size(), shape.projects,
                shape.modelsPerProject, mesh.diagnostics().size());
    const std::optional<Edit> edit = chooseEdit(mesh.manifest());
    if (!edit) {
        std::fprintf(stderr, "no model to edit\n");
        return 1;
    }

    // Typing inside a comment changes no edge: the common keystroke.
    const auto typed = [&](int i) { return edit->original + QStringLiteral("\n-- ") + QString(i % 7 + 1, QLatin1Char('x')); };
    const auto refEdit = [&](int i) { return i % 2 == 0 ? edit->withRef : edit->original; };
    const qsizetype cleanErrors = errorCount(mesh.diagnostics());
    const auto expectedErrors = [&](int i, bool refs) { return cleanErrors + (refs && i % 2 == 0 ? 1 : 0); };

    for (const bool refs : {false, true}) {
        std::vector<double> total, cpu, parse, check, copy;
        for (int i = 0; i < edits; ++i) {
            const double cpuStart = Bench::threadCpuMs();
            timer.restart();
            const Core::MeshChange change = mesh.edit(edit->path, refs ? refEdit(i) : typed(i));
            total.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(Bench::threadCpuMs() - cpuStart);
            parse.push_back(change.parseMs);
            check.push_back(change.checkMs);
            timer.restart();
            const auto snapshot = std::make_shared<const Core::Manifest>(mesh.manifest());
            copy.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (errorCount(mesh.diagnostics()) != expectedErrors(i, refs) || change.graphChanged() != refs) {
                std::fprintf(stderr, "edit %d did not give the expected findings\n", i);
                for (const Core::Diagnostic &d : mesh.diagnostics())
                    std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
                return 1;
            }
        }
        std::printf("%s\n", refs ? "edits that add or remove a ref:" : "typing in a comment:");
        printTiming("  LiveMesh edit (update + rules)", total);
        printTiming("    the same in CPU time", cpu);
        printTiming("    of which the in-place update", parse);
        printTiming("    of which the rules", check);
        if (refs)
            printTiming("  manifest copy for the published state", copy);
    }

    Core::LiveMeshService service;
    QEventLoop loop;
    std::vector<double> toFindings, toManifest;
    qsizetype lastErrors = -1;
    bool findingsSeen = false;
    QObject::connect(&service, &Core::LiveMeshService::stateChanged, &loop,
                     [&](const Core::LiveMeshState &state) {
                         const double latency = double(Core::LiveMeshService::nowMs() - state.oldestEditMs);
                         if (state.oldestEditMs && !std::exchange(findingsSeen, true)) {
                             toFindings.push_back(latency);
                             lastErrors = errorCount(*state.diagnostics);
                         }
                         if (!state.manifestBehind) {
                             if (state.oldestEditMs)
                                 toManifest.push_back(latency);
                             loop.quit();
                         }
                     });
    service.open(dir.path());
    loop.exec();
    std::printf("keystroke to published state, %d ms debounce included:\n", service.debounceMs());
    for (const bool refs : {false, true}) {
        toFindings.clear();
        toManifest.clear();
        for (int i = 0; i < edits; ++i) {
            findingsSeen = false;
            service.edit(edit->path, refs ? refEdit(i) : typed(i));
            loop.exec();
            if (lastErrors != expectedErrors(i, refs)) {
                std::fprintf(stderr, "published state %d is wrong\n", i);
                return 1;
            }
        }
        printTiming(refs ? "  edits that add or remove a ref, to the findings" : "  typing in a comment, to the findings", toFindings);
        if (refs)
            printTiming("  edits that add or remove a ref, to the new manifest copy", toManifest);
    }
    return 0;
}
