#include "verbparser.h"

#include <QTextStream>

namespace Trellis::App::Cli {

VerbParser::VerbParser(QString verb, QString description, QString positionalName, QString positionalHelp)
    : m_verb(std::move(verb))
    , m_positionalName(std::move(positionalName))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addPositionalArgument(m_positionalName, positionalHelp);
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")});
}

int VerbParser::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const bool parsed = m_parser.parse(QStringList{QStringLiteral("trellis %1").arg(m_verb)} + arguments);
    if (parsed && m_parser.isSet(QStringLiteral("help"))) {
        // helpText() names the program "trellis VERB" through the first argument.
        out << m_parser.helpText();
        return 0;
    }
    QString problem = m_parser.errorText();
    if (parsed && m_parser.positionalArguments().size() != 1) {
        problem = m_parser.positionalArguments().isEmpty()
                      ? tr("missing %1").arg(m_positionalName)
                      : tr("unexpected argument '%1'").arg(m_parser.positionalArguments().at(1));
    }
    if (!problem.isEmpty()) {
        err << QStringLiteral("trellis %1: ").arg(m_verb) << problem << '\n'
            << tr("Run 'trellis %1 --help' for its options.").arg(m_verb) << '\n';
        return 2;
    }
    return -1;
}

} // namespace Trellis::App::Cli
