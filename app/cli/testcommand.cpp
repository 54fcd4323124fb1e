#include "app/cli/buildsession.h"
#include "app/cli/verbs.h"

#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

class TestCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::TestCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(
            QStringLiteral("test"),
            tr("Runs data tests against the relations already built in the workspace database, "
               "as dbt test does."),
            QStringLiteral("PATH"), tr("Workspace folder."));
        BuildSession session(parser);
        if (const int exit = session.open(arguments, out, err, {Core::ResourceType::Test});
            exit >= 0)
            return exit;
        return session.runAndSummarize(session.selected(), out);
    }
};

} // namespace

Verb testVerb()
{
    return {QStringLiteral("test"),
            TestCommand::tr("Run data tests against the workspace database (as dbt test)"),
            &TestCommand::run};
}

} // namespace Trellis::App::Cli
