#include "app/cli/buildsession.h"
#include "app/cli/verbs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

class CompileCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::CompileCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(
            QStringLiteral("compile"),
            tr("Compiles nodes in dbt's execute mode for the SQLite workspace: refs and sources "
               "become \"schema\".\"table\", ephemeral models CTEs. With one selected node and no "
               "--output-dir, prints its SQL; otherwise writes <dir>/<project>/<path>."),
            QStringLiteral("PATH"), tr("Workspace folder."));
        const QCommandLineOption outputDir(
            {QStringLiteral("output-dir"), QStringLiteral("o")},
            tr("Where to write compiled SQL (default: next to the workspace "
               "database, in compiled/)."),
            QStringLiteral("DIR"));
        parser.options().addOption(outputDir);
        BuildSession session(parser);
        if (const int exit = session.open(arguments, out, err,
                                          {Core::ResourceType::Model, Core::ResourceType::Analysis,
                                           Core::ResourceType::Snapshot, Core::ResourceType::Test},
                                          {}, Core::IndirectSelection::Empty);
            exit >= 0)
            return exit;
        const QStringList &ids = session.selected();
        const bool toStdout = ids.size() == 1 && !parser.options().isSet(outputDir);
        const QString folder = parser.options().isSet(outputDir)
            ? parser.options().value(outputDir)
            : QFileInfo(session.database().mainPath()).absolutePath() + QStringLiteral("/compiled");
        int failures = 0;
        int written = 0;
        for (const QString &id : ids) {
            const Core::Result<Core::Build::CompiledNode> compiled = session.runner().compile(id);
            if (!compiled) {
                err << compiled.error().toString() << '\n';
                ++failures;
                continue;
            }
            if (toStdout) {
                out << compiled->sql << '\n';
                continue;
            }
            const Core::Node &node = *session.manifest().find(id);
            QString relative = node.originalFilePath;
            if (node.type == Core::ResourceType::Test && !node.test.name.isEmpty())
                relative += QLatin1Char('/') + node.name + QStringLiteral(".sql");
            const QString path
                = QDir(folder).filePath(node.packageName + QLatin1Char('/') + relative);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(compiled->sql.toUtf8()) < 0) {
                err << tr("trellis compile: cannot write %1").arg(path) << '\n';
                ++failures;
                continue;
            }
            ++written;
        }
        if (!toStdout)
            out << tr("Compiled %1 nodes into %2")
                       .arg(written)
                       .arg(QDir::toNativeSeparators(folder))
                << '\n';
        return failures > 0 ? Failure : Success;
    }
};

} // namespace

Verb compileVerb()
{
    return {QStringLiteral("compile"),
            CompileCommand::tr("Compile nodes to the SQL the workspace runs (as dbt compile)"),
            &CompileCommand::run};
}

} // namespace Trellis::App::Cli
