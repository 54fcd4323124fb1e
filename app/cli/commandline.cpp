#include "commandline.h"

#include "trellis/version.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

const QStringList kHelpFlags{QStringLiteral("-h"), QStringLiteral("--help")};
const QStringList kVersionFlags{QStringLiteral("-v"), QStringLiteral("--version")};
// Options of the window: a command line starting with one opens it.
const QStringList kWindowFlags{QStringLiteral("--screenshot"), QStringLiteral("--theme"),
                               QStringLiteral("--open"), QStringLiteral("--lineage"),
                               QStringLiteral("--lineage-projects")};

} // namespace

CommandLine::CommandLine(std::vector<Verb> verbs)
    : m_verbs(std::move(verbs))
{}

const Verb *CommandLine::findVerb(const QString &name) const
{
    for (const Verb &verb : m_verbs) {
        if (verb.name == name)
            return &verb;
    }
    return nullptr;
}

bool CommandLine::isHeadless(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (kWindowFlags.contains(first))
        return false;
    if (first.startsWith(QLatin1Char('-')) || findVerb(first))
        return true;
    // A lone argument that is not a folder is a mistyped verb or path: report it. A folder may
    // be followed by the window's options.
    if (!QFileInfo(first).isDir())
        return true;
    return arguments.size() > 2 && !kWindowFlags.contains(arguments.at(2));
}

QString CommandLine::helpText() const
{
    QString text;
    QTextStream out(&text);
    out << tr("Usage: trellis [PATH]\n"
              "       trellis --screenshot FILE [PATH]\n"
              "       trellis VERB [ARGUMENTS]\n"
              "\n"
              "Without a verb, Trellis opens its window on the workspace folder PATH (a folder\n"
              "holding one or more dbt projects), or on the sandbox mesh when PATH is omitted.\n"
              "--screenshot saves a PNG of the window once the workspace is loaded, then exits;\n"
              "--theme desktop|light|dark picks the look for this run; --open FILE opens a file.\n"
              "Verbs run without a window; 'trellis VERB --help' describes each.\n");
    if (!m_verbs.empty()) {
        out << '\n' << tr("Verbs:") << '\n';
        for (const Verb &verb : m_verbs)
            out << "  " << verb.name.leftJustified(12) << verb.summary << '\n';
    }
    out << '\n'
        << tr("Options:\n"
              "  -h, --help     Show this help and exit.\n"
              "  -v, --version  Show the version and exit.\n");
    return text;
}

bool CommandLine::needsPainting(const QStringList &arguments) const
{
    const Verb *verb = findVerb(arguments.value(1));
    return verb && verb->paints && verb->paints(arguments.mid(2));
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    const QString first = arguments.value(1);
    if (kHelpFlags.contains(first)) {
        out << helpText();
        return Success;
    }
    if (kVersionFlags.contains(first)) {
        out << "trellis " << Core::kVersion << '\n';
        return Success;
    }
    if (const Verb *verb = findVerb(first))
        return verb->run(arguments.mid(2), out, err);

    if (first.startsWith(QLatin1Char('-')))
        err << tr("trellis: unknown option '%1'").arg(first) << '\n';
    else if (arguments.size() > 2 && QFileInfo(first).isDir())
        err << tr("trellis: only one workspace folder can be opened, got '%1' and more")
                   .arg(first)
            << '\n';
    else
        err << tr("trellis: '%1' is neither a verb nor a folder").arg(first) << '\n';
    err << tr("Run 'trellis --help' for the verbs and options.") << '\n';
    return UsageError;
}

} // namespace Trellis::App::Cli
