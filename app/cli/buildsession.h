#pragma once

#include "app/cli/verbparser.h"
#include "core/build/buildrunner.h"
#include "core/graph/manifest.h"
#include "core/graph/selector.h"

#include <QCommandLineOption>

#include <memory>

class QTextStream;

namespace Trellis::App::Cli {

// What compile, build, test and show share: the PATH/--select/--exclude/--db options, the
// manifest, the selected nodes, the workspace database and a BuildRunner over them, and dbt's
// way of printing progress lines, summaries and rows.
class BuildSession
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::BuildSession)

public:
    explicit BuildSession(VerbParser &parser);

    // Parses the command line, then opens the workspace, selects among `types` (tests of
    // selected nodes as `tests` says) and opens the database; returns an exit code to stop with, or
    // -1 to go on. `configure` may set build options from the parsed command line.
    int open(const QStringList &arguments, QTextStream &out, QTextStream &err,
             const QList<Core::ResourceType> &types,
             const std::function<void(Core::Build::BuildOptions &)> &configure = {},
             Core::IndirectSelection tests = Core::IndirectSelection::Eager);

    const Core::Manifest &manifest() const { return m_manifest; }
    const QStringList &selected() const { return m_selected; }
    Core::Build::BuildRunner &runner() { return *m_runner; }
    Core::WorkspaceDatabase &database() { return *m_database; }

    // Runs `ids` with a progress line per node, then dbt's summary; the exit code.
    int runAndSummarize(const QStringList &ids, QTextStream &out);

    static void printOutcome(const Core::Build::NodeOutcome &outcome, int index, int total,
                             QTextStream &out);
    static void printRows(const Core::SqlRows &rows, const QString &format, QTextStream &out);

private:
    VerbParser &m_parser;
    QCommandLineOption m_select;
    QCommandLineOption m_exclude;
    QCommandLineOption m_db;
    Core::Manifest m_manifest;
    QStringList m_selected;
    std::unique_ptr<Core::WorkspaceDatabase> m_database;
    std::unique_ptr<Core::Build::BuildRunner> m_runner;
};

} // namespace Trellis::App::Cli
