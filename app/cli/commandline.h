#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

class QTextStream;

namespace Trellis::App::Cli {

// Exit codes every verb shares, as dbt's own command line uses them.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// A headless verb: `trellis NAME ARGS...`. `run` receives the arguments after the verb and
// prints to the streams it is given, so tests can drive it without a process.
struct Verb
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)> run;
    // Set when some runs draw pictures (fonts need a QGuiApplication): given the arguments
    // after the verb, says whether this run does. Such runs get the offscreen platform, so they
    // still need no display.
    std::function<bool(const QStringList &arguments)> paints = {};
};

// Decides whether a command line is a headless one and runs it. Headless runs need only a
// QCoreApplication: no display, no QtGui.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::CommandLine)

public:
    explicit CommandLine(std::vector<Verb> verbs);

    // True for a verb, --help/--version, or anything the GUI would not understand (so that the
    // error is printed, with exit code 2, instead of a window opening).
    bool isHeadless(const QStringList &arguments) const;

    // arguments[0] is the program name, as QCoreApplication::arguments() gives it.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

    // Whether this headless command line draws pictures (see Verb::paints).
    bool needsPainting(const QStringList &arguments) const;

    QString helpText() const;
    const std::vector<Verb> &verbs() const { return m_verbs; }

private:
    const Verb *findVerb(const QString &name) const;

    std::vector<Verb> m_verbs;
};

} // namespace Trellis::App::Cli
