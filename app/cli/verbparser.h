#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

class QTextStream;

namespace Trellis::App::Cli {

// The option parsing every verb shares: `trellis VERB --help`, a clear message and exit code 2
// for unknown options or a wrong number of arguments.
class VerbParser
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::VerbParser)

public:
    VerbParser(QString verb, QString description, QString positionalName, QString positionalHelp);

    QCommandLineParser &options() { return m_parser; }

    // Parses; on --help prints help and returns 0, on an error prints it and returns 2;
    // returns -1 when the verb should run.
    int parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QString positional() const { return m_parser.positionalArguments().value(0); }

private:
    QString m_verb;
    QString m_positionalName;
    QCommandLineParser m_parser;
};

} // namespace Trellis::App::Cli
