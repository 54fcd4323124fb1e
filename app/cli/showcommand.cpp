#include "app/cli/buildsession.h"
#include "app/cli/verbs.h"

#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::ShowCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(QStringLiteral("show"),
                          tr("Previews a model's rows: builds what it reads (reusing what is up to "
                             "date) and runs "
                             "its compiled SQL without building it, as dbt show does."),
                          QStringLiteral("PATH"), tr("Workspace folder."));
        const QCommandLineOption limit({QStringLiteral("limit")},
                                       tr("At most this many rows (default 500)."),
                                       QStringLiteral("N"), QStringLiteral("500"));
        const QCommandLineOption format({QStringLiteral("format")},
                                        tr("table (default), csv or json."),
                                        QStringLiteral("FORMAT"), QStringLiteral("table"));
        parser.options().addOption(limit);
        parser.options().addOption(format);
        BuildSession session(parser);
        if (const int exit = session.open(arguments, out, err,
                                          {Core::ResourceType::Model, Core::ResourceType::Analysis,
                                           Core::ResourceType::Snapshot, Core::ResourceType::Seed});
            exit >= 0)
            return exit;
        bool numeric = false;
        const qint64 rowLimit = parser.options().value(limit).toLongLong(&numeric);
        const QString shape = parser.options().value(format);
        if (!numeric || rowLimit < 0) {
            err << tr("trellis show: --limit takes a number of rows, not '%1'")
                       .arg(parser.options().value(limit))
                << '\n';
            return UsageError;
        }
        if (shape != QLatin1String("table") && shape != QLatin1String("csv")
            && shape != QLatin1String("json")) {
            err << tr("trellis show: unknown format '%1'; use table, csv or json").arg(shape)
                << '\n';
            return UsageError;
        }
        if (session.selected().size() != 1) {
            err << tr("trellis show: --select must name exactly one model (it names %1 nodes)")
                       .arg(session.selected().size())
                << '\n';
            return UsageError;
        }
        const QString id = session.selected().front();
        // The inputs must exist; what is up to date is reused, so a second show is instant.
        const QStringList upstream = session.runner().upstreamOf(id);
        bool inputsBuilt = true;
        int index = 0;
        session.runner().run(upstream, [&](const Core::Build::NodeOutcome &outcome) {
            ++index;
            if (outcome.failed() || outcome.status == Core::Build::NodeOutcome::Status::Skipped) {
                BuildSession::printOutcome(outcome, index, int(upstream.size()), err);
                inputsBuilt = false;
            }
        });
        if (!inputsBuilt) {
            err << tr("trellis show: the inputs of %1 could not be built").arg(id) << '\n';
            return Failure;
        }
        const Core::Result<Core::SqlRows> rows = session.runner().preview(id, rowLimit);
        if (!rows) {
            err << rows.error().toString() << '\n';
            return Failure;
        }
        if (shape == QLatin1String("table"))
            out << tr("Previewing node '%1':").arg(session.manifest().find(id)->name) << '\n';
        BuildSession::printRows(*rows, shape, out);
        return Success;
    }
};

} // namespace

Verb showVerb()
{
    return {QStringLiteral("show"),
            ShowCommand::tr("Preview a model's rows from the workspace (as dbt show)"),
            &ShowCommand::run};
}

} // namespace Trellis::App::Cli
