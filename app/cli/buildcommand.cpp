#include "app/cli/buildsession.h"
#include "app/cli/verbs.h"

#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

class BuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::BuildCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(
            QStringLiteral("build"),
            tr("Builds seeds, models and snapshots into the workspace database and runs their "
               "data tests, in dependency order, as dbt build does."),
            QStringLiteral("PATH"), tr("Workspace folder."));
        const QCommandLineOption fullRefresh(
            {QStringLiteral("full-refresh")},
            tr("Rebuild everything, incremental models from scratch, instead "
               "of reusing relations that are up to date."));
        parser.options().addOption(fullRefresh);
        BuildSession session(parser);
        if (const int exit = session.open(arguments, out, err,
                                          {Core::ResourceType::Model, Core::ResourceType::Seed,
                                           Core::ResourceType::Snapshot, Core::ResourceType::Test},
                                          [&](Core::Build::BuildOptions &options) {
                                              options.fullRefresh
                                                  = parser.options().isSet(fullRefresh);
                                          });
            exit >= 0)
            return exit;
        return session.runAndSummarize(session.selected(), out);
    }
};

} // namespace

Verb buildVerb()
{
    return {QStringLiteral("build"),
            BuildCommand::tr("Build and test the workspace in SQLite (as dbt build)"),
            &BuildCommand::run};
}

} // namespace Trellis::App::Cli
