#include "app/cli/verbparser.h"
#include "app/cli/verbs.h"
#include "core/graph/manifestbuilder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <map>

namespace Trellis::App::Cli {

namespace {

class ParseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::ParseCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(QStringLiteral("parse"),
                          tr("Parses every project of a workspace and reports what it holds."),
                          QStringLiteral("PATH"), tr("Workspace folder."));
        if (const int exit = parser.parse(arguments, out, err); exit >= 0)
            return exit;
        if (!QFileInfo(parser.positional()).isDir()) {
            err << tr("trellis parse: '%1' is not a folder").arg(parser.positional()) << '\n';
            return UsageError;
        }

        QElapsedTimer timer;
        timer.start();
        const Core::Manifest manifest = Core::ManifestBuilder::build(parser.positional());
        const qint64 elapsed = timer.elapsed();

        const QList<Core::ResourceType> columns{Core::ResourceType::Model, Core::ResourceType::Seed,
                                                Core::ResourceType::Snapshot, Core::ResourceType::Source,
                                                Core::ResourceType::Test, Core::ResourceType::Exposure,
                                                Core::ResourceType::Macro};
        std::map<QString, std::map<Core::ResourceType, int>> counts;
        for (const Core::Node &node : manifest.nodes)
            ++counts[node.packageName][node.type];

        // The first column is as wide as the longest project name.
        qsizetype nameWidth = tr("project").size();
        for (const auto &[project, byType] : counts)
            nameWidth = std::max(nameWidth, project.size());
        const int firstColumn = -int(nameWidth + 2);
        out << QStringLiteral("%1").arg(tr("project"), firstColumn);
        for (const Core::ResourceType type : columns)
            out << QStringLiteral("%1").arg(Core::resourceTypeName(type) + QLatin1Char('s'), 11);
        out << '\n';
        for (const auto &[project, byType] : counts) {
            out << QStringLiteral("%1").arg(project, firstColumn);
            for (const Core::ResourceType type : columns) {
                const auto it = byType.find(type);
                out << QStringLiteral("%1").arg(it == byType.end() ? 0 : it->second, 11);
            }
            out << '\n';
        }
        int errors = 0;
        int warnings = 0;
        for (const Core::Diagnostic &d : manifest.diagnostics) {
            (d.severity == Core::Severity::Error ? errors : warnings) += 1;
            err << d.file << ':' << d.line << ':' << d.column << ": "
                << Core::Diagnostic::severityName(d.severity) << ' ' << d.code << ": " << d.message << '\n';
        }
        out << tr("Parsed %1 projects, %2 packages and %3 nodes in %4 ms (%5 disabled); "
                  "%6 errors, %7 warnings.")
                   .arg(manifest.projects.size())
                   .arg(manifest.packages.size())
                   .arg(manifest.nodes.size())
                   .arg(elapsed)
                   .arg(manifest.disabled.size())
                   .arg(errors)
                   .arg(warnings)
            << '\n';
        return errors ? Failure : Success;
    }
};

} // namespace

Verb parseVerb()
{
    return {QStringLiteral("parse"), ParseCommand::tr("Parse a workspace and report counts and timing"),
            &ParseCommand::run};
}

} // namespace Trellis::App::Cli
