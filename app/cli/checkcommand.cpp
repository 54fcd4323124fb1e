#include "app/cli/verbparser.h"
#include "app/cli/verbs.h"
#include "core/graph/manifestbuilder.h"
#include "core/graph/selector.h"
#include "core/rules/findingsformat.h"
#include "core/rules/meshchecker.h"
#include "core/rules/statemanifest.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

// Paths as the user wrote the workspace: `check mesh` prints `mesh/finance/models/x.sql`.
Core::FindingsFormat::PathMapper pathsBelow(const QString &workspaceArgument)
{
    const QDir root(QFileInfo(workspaceArgument).absoluteFilePath());
    return [root, workspaceArgument](const QString &file) {
        const QString relative = root.relativeFilePath(file);
        if (file.isEmpty() || relative.startsWith(QLatin1String("..")))
            return file;
        return QDir::cleanPath(QDir(workspaceArgument).filePath(relative));
    };
}

// Findings about the selected nodes: those naming one, and those without a node in one of the
// selected nodes' files (parse problems).
std::vector<Core::Diagnostic> onlySelected(std::vector<Core::Diagnostic> findings,
                                           const Core::Manifest &manifest,
                                           const QStringList &selected)
{
    const QSet<QString> ids(selected.begin(), selected.end());
    QSet<QString> files;
    for (const QString &id : selected) {
        const Core::Node *node = manifest.find(id);
        files.insert(node->absolutePath);
        files.insert(node->declaredAt.file);
    }
    std::erase_if(findings, [&](const Core::Diagnostic &d) {
        return d.nodeId.isEmpty() ? !files.contains(d.file) : !ids.contains(d.nodeId);
    });
    return findings;
}

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::CheckCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(
            QStringLiteral("check"),
            tr("Checks a workspace against dbt's mesh rules (access, groups, project "
               "dependencies, cycles, versions, contracts) and reports every finding. "
               "Exit code 1 when there are errors."),
            QStringLiteral("PATH"), tr("Workspace folder."));
        const QCommandLineOption select({QStringLiteral("select"), QStringLiteral("s")},
                                        tr("Only findings about nodes this dbt selector picks; "
                                           "repeatable."),
                                        QStringLiteral("SELECTOR"));
        const QCommandLineOption format({QStringLiteral("format")},
                                        tr("text (default), json, junit or sarif."),
                                        QStringLiteral("FORMAT"), QStringLiteral("text"));
        const QCommandLineOption warnError({QStringLiteral("warn-error")},
                                           tr("Treat warnings as errors."));
        const QCommandLineOption rules({QStringLiteral("rules")},
                                       tr("Rule settings (severities, ignores); default: "
                                          "%1 in the workspace folder, if there is one.")
                                           .arg(QLatin1String(Core::RuleSettings::kFileName)),
                                       QStringLiteral("FILE"));
        const QCommandLineOption state({QStringLiteral("state")},
                                       tr("A previous manifest.json (or a folder holding one), as "
                                          "written by dbt or 'trellis manifest': report breaking "
                                          "changes to contracted models since then."),
                                       QStringLiteral("PATH"));
        parser.options().addOption(select);
        parser.options().addOption(state);
        parser.options().addOption(format);
        parser.options().addOption(warnError);
        parser.options().addOption(rules);
        if (const int exit = parser.parse(arguments, out, err); exit >= 0)
            return exit;

        const std::optional<Core::FindingsFormat::Kind> kind
            = Core::FindingsFormat::kindFromName(parser.options().value(format));
        if (!kind) {
            err << tr("trellis check: unknown format '%1'; use text, json, junit or sarif")
                       .arg(parser.options().value(format))
                << '\n';
            return UsageError;
        }
        const QString workspace = parser.positional();
        if (!QFileInfo(workspace).isDir()) {
            err << tr("trellis check: '%1' is not a folder").arg(workspace) << '\n';
            return UsageError;
        }
        Core::CheckOptions options;
        options.workspaceRoot = QFileInfo(workspace).absoluteFilePath();
        QString settingsFile = parser.options().value(rules);
        if (settingsFile.isEmpty()) {
            const QString inWorkspace
                = QDir(workspace).filePath(QLatin1String(Core::RuleSettings::kFileName));
            if (QFileInfo::exists(inWorkspace))
                settingsFile = inWorkspace;
        }
        if (!settingsFile.isEmpty()) {
            Core::Result<Core::RuleSettings> settings = Core::RuleSettings::load(settingsFile);
            if (!settings) {
                err << QStringLiteral("trellis check: ") << settings.error().toString() << '\n';
                return UsageError;
            }
            options.settings = std::move(*settings);
        }

        if (parser.options().isSet(state)) {
            Core::Result<std::vector<Core::Node>> baseline
                = Core::StateManifest::readModels(parser.options().value(state));
            if (!baseline) {
                err << QStringLiteral("trellis check: ") << baseline.error().toString() << '\n';
                return UsageError;
            }
            options.baseline = std::move(*baseline);
        }

        const Core::Manifest manifest = Core::ManifestBuilder::build(workspace);
        std::vector<Core::Diagnostic> findings = Core::MeshChecker().check(manifest, options);
        if (parser.options().isSet(select)) {
            const Core::Result<QStringList> selected
                = Core::selectNodes(manifest, parser.options().values(select), {});
            if (!selected) {
                err << QStringLiteral("trellis check: ") << selected.error().toString() << '\n';
                return UsageError;
            }
            findings = onlySelected(std::move(findings), manifest, *selected);
        }
        if (parser.options().isSet(warnError)) {
            for (Core::Diagnostic &d : findings) {
                if (d.severity == Core::Severity::Warning)
                    d.severity = Core::Severity::Error;
            }
        }
        out << Core::FindingsFormat::write(*kind, findings, pathsBelow(workspace));
        const bool failed
            = std::any_of(findings.begin(), findings.end(), [](const Core::Diagnostic &d) {
                  return d.severity == Core::Severity::Error;
              });
        return failed ? Failure : Success;
    }
};

} // namespace

Verb checkVerb()
{
    return {QStringLiteral("check"), CheckCommand::tr("Check a workspace against the mesh rules"),
            &CheckCommand::run};
}

} // namespace Trellis::App::Cli
