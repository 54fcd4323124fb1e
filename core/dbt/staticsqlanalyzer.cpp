#include "staticsqlanalyzer.h"

#include <QJsonArray>
#include <QSet>

#include <optional>

namespace Trellis::Core {

namespace {

// A Python-style literal read from a call's arguments; `dynamic` when the argument is computed.
struct Literal
{
    QJsonValue value;
    bool dynamic = false;
};

struct Argument
{
    QString keyword; // empty for positional arguments
    Literal literal;
};

// Reads literal arguments of one call, starting just after its '('. Works on the Jinja region's
// text only, so it can never run past the region.
class ArgumentReader
{
public:
    ArgumentReader(const QString &text, qsizetype position, qsizetype end)
        : m_text(text)
        , m_pos(position)
        , m_end(end)
    {}

    // The arguments, or nothing when the call is not closed within the region.
    std::optional<std::vector<Argument>> readArguments()
    {
        std::vector<Argument> arguments;
        skipSpace();
        if (peek() == QLatin1Char(')')) {
            ++m_pos;
            return arguments;
        }
        while (m_pos < m_end) {
            Argument argument;
            const qsizetype start = m_pos;
            const QString word = readIdentifier();
            skipSpace();
            if (!word.isEmpty() && peek() == QLatin1Char('=') && peekAt(1) != QLatin1Char('='))
            {
                ++m_pos;
                argument.keyword = word;
            } else {
                m_pos = start;
            }
            argument.literal = readValue();
            arguments.push_back(argument);
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                skipSpace();
                if (peek() == QLatin1Char(')')) {
                    ++m_pos;
                    return arguments;
                }
                continue;
            }
            if (peek() == QLatin1Char(')')) {
                ++m_pos;
                return arguments;
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

    qsizetype position() const { return m_pos; }

private:
    QChar peek() const { return peekAt(0); }
    QChar peekAt(qsizetype offset) const
    {
        return m_pos + offset < m_end ? m_text.at(m_pos + offset) : QChar();
    }

    void skipSpace()
    {
        while (m_pos < m_end && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    QString readIdentifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_end
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_'))) {
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }

    Literal readValue()
    {
        skipSpace();
        const QChar c = peek();
        Literal literal;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            literal.value = readString();
        } else if (c == QLatin1Char('[') || c == QLatin1Char('(')) {
            literal = readSequence(c == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char(')'));
        } else if (c == QLatin1Char('{')) {
            literal = readDict();
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            literal.value = readNumber();
        } else {
            const QString word = readIdentifier();
            if (word == QLatin1String("True") || word == QLatin1String("true"))
                literal.value = true;
            else if (word == QLatin1String("False") || word == QLatin1String("false"))
                literal.value = false;
            else if (word == QLatin1String("None") || word == QLatin1String("none"))
                literal.value = QJsonValue::Null;
            else
                literal.dynamic = true;
        }
        skipSpace();
        // Anything after a value but before the next separator (`'a' ~ x`, `x.y`, `f(x)`) makes
        // the argument computed: skip it, keeping brackets balanced.
        if (peek() != QLatin1Char(',') && peek() != QLatin1Char(')') && peek() != QLatin1Char(']')
            && peek() != QLatin1Char('}') && peek() != QLatin1Char(':')) {
            literal.dynamic = true;
            skipExpression();
        }
        return literal;
    }

    QString readString()
    {
        const QChar quote = m_text.at(m_pos++);
        QString value;
        while (m_pos < m_end && m_text.at(m_pos) != quote) {
            QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\\') && m_pos < m_end) {
                const QChar escaped = m_text.at(m_pos++);
                switch (escaped.unicode()) {
                case 'n': c = QLatin1Char('\n'); break;
                case 't': c = QLatin1Char('\t'); break;
                default: c = escaped; break;
                }
            }
            value.append(c);
        }
        ++m_pos; // closing quote
        return value;
    }

    QJsonValue readNumber()
    {
        const qsizetype start = m_pos;
        if (peek() == QLatin1Char('-'))
            ++m_pos;
        while (m_pos < m_end && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')
                                 || m_text.at(m_pos) == QLatin1Char('_')))
            ++m_pos;
        QString digits = m_text.mid(start, m_pos - start);
        digits.remove(QLatin1Char('_'));
        if (digits.contains(QLatin1Char('.')))
            return digits.toDouble();
        return digits.toLongLong();
    }

    Literal readSequence(QChar close)
    {
        ++m_pos;
        Literal literal;
        QJsonArray array;
        skipSpace();
        while (m_pos < m_end && peek() != close) {
            const Literal item = readValue();
            literal.dynamic |= item.dynamic;
            array.append(item.value);
            skipSpace();
            if (peek() == QLatin1Char(','))
                ++m_pos;
            else if (peek() != close)
                break;
            skipSpace();
        }
        if (peek() == close)
            ++m_pos;
        else
            literal.dynamic = true;
        literal.value = array;
        return literal;
    }

    Literal readDict()
    {
        ++m_pos;
        Literal literal;
        QJsonObject object;
        skipSpace();
        while (m_pos < m_end && peek() != QLatin1Char('}')) {
            const Literal key = readValue();
            skipSpace();
            if (peek() != QLatin1Char(':')) {
                literal.dynamic = true;
                break;
            }
            ++m_pos;
            const Literal value = readValue();
            literal.dynamic |= key.dynamic || value.dynamic || !key.value.isString();
            object.insert(key.value.toString(), value.value);
            skipSpace();
            if (peek() == QLatin1Char(','))
                ++m_pos;
            skipSpace();
        }
        if (peek() == QLatin1Char('}'))
            ++m_pos;
        else
            literal.dynamic = true;
        literal.value = object;
        return literal;
    }

    void skipExpression()
    {
        int depth = 0;
        while (m_pos < m_end) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                readString();
                continue;
            }
            if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
                if (depth == 0)
                    return;
                --depth;
            } else if (c == QLatin1Char(',') && depth == 0) {
                return;
            }
            ++m_pos;
        }
    }

    const QString &m_text;
    qsizetype m_pos;
    qsizetype m_end;
};

// Names that look like calls in Jinja but are not dbt macros.
const QSet<QString> &nonMacroCalls()
{
    static const QSet<QString> names{
        QStringLiteral("ref"), QStringLiteral("source"), QStringLiteral("config"),
        QStringLiteral("var"), QStringLiteral("env_var"), QStringLiteral("doc"),
        QStringLiteral("return"), QStringLiteral("range"), QStringLiteral("dict"),
        QStringLiteral("namespace"), QStringLiteral("zip"), QStringLiteral("cycler"),
        QStringLiteral("joiner"), QStringLiteral("caller"), QStringLiteral("log"),
        QStringLiteral("print"), QStringLiteral("is_incremental"),
        QStringLiteral("run_query"), QStringLiteral("statement"), QStringLiteral("set"),
        QStringLiteral("if"), QStringLiteral("elif"), QStringLiteral("for"),
        QStringLiteral("in"), QStringLiteral("not"), QStringLiteral("and"),
        QStringLiteral("or"), QStringLiteral("is"), QStringLiteral("macro"),
        QStringLiteral("call"), QStringLiteral("do")};
    return names;
}

class LineIndex
{
public:
    explicit LineIndex(const QString &text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('\n'))
                m_starts.push_back(i + 1);
        }
    }

    std::pair<int, int> lineColumn(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        const qsizetype line = it - m_starts.begin();
        return {int(line), int(offset - m_starts[size_t(line - 1)]) + 1};
    }

private:
    std::vector<qsizetype> m_starts;
};

// Where a `{{ }}` / `{% %}` / `{# #}` region ends: the first closer outside string literals
// (Jinja's lexer reads a string as one token, so `'{{ this }}'` inside a call is fine). Comments
// have no strings. The end of the text when the region is never closed.
qsizetype regionEnd(const QString &text, qsizetype from, const QString &closer)
{
    const bool isComment = closer.front() == QLatin1Char('#');
    for (qsizetype i = from; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isComment && (c == QLatin1Char('\'') || c == QLatin1Char('"'))) {
            for (++i; i < text.size() && text.at(i) != c; ++i) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            }
            continue;
        }
        if (c == closer.front() && text.at(i + 1) == closer.back())
            return i;
    }
    return text.size();
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

SqlCalls StaticSqlAnalyzer::analyze(const QString &text, const QString &file)
{
    SqlCalls calls;
    const LineIndex lines(text);
    const auto locate = [&](qsizetype offset) {
        const auto [line, column] = lines.lineColumn(offset);
        return SourceLocation{file, line, column};
    };

    qsizetype pos = 0;
    bool inRaw = false;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        if (open < 0 || open + 1 >= text.size())
            break;
        const QChar kind = text.at(open + 1);
        const QString closer = kind == QLatin1Char('{')   ? QStringLiteral("}}")
                               : kind == QLatin1Char('%') ? QStringLiteral("%}")
                               : kind == QLatin1Char('#') ? QStringLiteral("#}")
                                                          : QString();
        if (closer.isEmpty()) {
            pos = open + 1;
            continue;
        }
        const qsizetype close = regionEnd(text, open + 2, closer);
        const QString body = text.mid(open + 2, close - open - 2).trimmed();
        pos = close + 2;
        if (kind == QLatin1Char('%')) {
            const QString tag = body.startsWith(QLatin1Char('-')) ? body.mid(1).trimmed() : body;
            if (tag.startsWith(QLatin1String("raw")))
                inRaw = true;
            else if (tag.startsWith(QLatin1String("endraw")))
                inRaw = false;
        }
        if (kind == QLatin1Char('#') || inRaw)
            continue;

        // Scan the region for NAME( calls.
        for (qsizetype i = open + 2; i < close; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                const qsizetype end = text.indexOf(c, i + 1);
                i = end < 0 || end > close ? close : end;
                continue;
            }
            if (!(c.isLetter() || c == QLatin1Char('_')) || isIdentifierChar(text.at(i - 1)))
                continue;
            qsizetype nameEnd = i;
            while (nameEnd < close && (isIdentifierChar(text.at(nameEnd))
                                       || text.at(nameEnd) == QLatin1Char('.')))
                ++nameEnd;
            const QString name = text.mid(i, nameEnd - i);
            qsizetype paren = nameEnd;
            while (paren < close && text.at(paren).isSpace())
                ++paren;
            const bool isCall = paren < close && text.at(paren) == QLatin1Char('(');
            const bool isMember = i > 0 && text.at(i - 1) == QLatin1Char('.');
            if (!isCall || isMember) {
                i = nameEnd - 1;
                continue;
            }
            const SourceLocation where = locate(i);
            if (name != QLatin1String("ref") && name != QLatin1String("source")
                && name != QLatin1String("config")) {
                if (!nonMacroCalls().contains(name) && !calls.macroCalls.contains(name))
                    calls.macroCalls.append(name);
                i = nameEnd - 1;
                continue;
            }
            ArgumentReader reader(text, paren + 1, close);
            const auto arguments = reader.readArguments();
            i = reader.position() - 1;
            if (!arguments) {
                calls.problems.push_back(where.error(tr("the %1() call is not closed").arg(name)));
                continue;
            }
            std::vector<Argument> positional;
            QJsonObject keywords;
            bool dynamic = false;
            for (const Argument &argument : *arguments) {
                dynamic |= argument.literal.dynamic;
                if (argument.keyword.isEmpty())
                    positional.push_back(argument);
                else
                    keywords.insert(argument.keyword, argument.literal.value);
            }
            if (name == QLatin1String("config")) {
                // dbt takes keywords or one dict (`config({"materialized": "table"})`). A computed
                // value is still useful for the keys that are literal.
                for (const Argument &argument : *arguments) {
                    if (!argument.keyword.isEmpty() && !argument.literal.dynamic) {
                        calls.config.insert(argument.keyword, argument.literal.value);
                    } else if (argument.keyword.isEmpty() && argument.literal.value.isObject()) {
                        const QJsonObject values = argument.literal.value.toObject();
                        for (auto it = values.begin(); it != values.end(); ++it)
                            calls.config.insert(it.key(), it.value());
                    }
                }
                continue;
            }
            if (dynamic) {
                calls.problems.push_back(where.error(
                    tr("%1() has computed arguments; only rendering the template can resolve it")
                        .arg(name)));
                continue;
            }
            if (name == QLatin1String("ref")) {
                if (positional.empty() || positional.size() > 2) {
                    calls.problems.push_back(
                        where.error(tr("ref() takes one or two names, got %1").arg(positional.size())));
                    continue;
                }
                RefCall ref;
                ref.location = where;
                ref.name = positional.back().literal.value.toString();
                if (positional.size() == 2)
                    ref.package = positional.front().literal.value.toString();
                const QJsonValue version = keywords.contains(QLatin1String("v"))
                                               ? keywords.value(QLatin1String("v"))
                                               : keywords.value(QLatin1String("version"));
                if (version.isDouble())
                    ref.version = QString::number(version.toDouble());
                else if (version.isString())
                    ref.version = version.toString();
                calls.refs.push_back(ref);
            } else {
                if (positional.size() != 2) {
                    calls.problems.push_back(where.error(
                        tr("source() takes a source name and a table name, got %1 arguments")
                            .arg(positional.size())));
                    continue;
                }
                calls.sources.push_back({positional[0].literal.value.toString(),
                                         positional[1].literal.value.toString(), where});
            }
        }
    }
    return calls;
}

} // namespace Trellis::Core
