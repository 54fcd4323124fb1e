#include "ctequery.h"

#include <vector>

namespace Trellis::Core::Build {

namespace {

struct Token
{
    enum Kind { Word, Open, Close, Comma, Other };
    Kind kind;
    qsizetype start;
    QString text; // words: lower case, quotes removed
};

// Where the quoted text starting at `i` ends (past its closing quote, doubled quotes escaped).
qsizetype skipQuoted(const QString &query, qsizetype i, QChar quote)
{
    for (++i; i < query.size(); ++i) {
        if (query[i] != quote)
            continue;
        if (i + 1 < query.size() && query[i + 1] == quote)
            ++i;
        else
            return i + 1;
    }
    return query.size();
}

std::vector<Token> tokenize(const QString &query)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        const QChar c = query[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && query[i + 1] == QLatin1Char('-')) {
            while (i < n && query[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && query[i + 1] == QLatin1Char('*')) {
            const qsizetype end = query.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'')) {
            i = skipQuoted(query, i, c);
            tokens.push_back({Token::Other, i, {}});
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const qsizetype end = skipQuoted(query, i, c);
            tokens.push_back({Token::Word, i, query.mid(i + 1, end - i - 2).toLower()});
            i = end;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            const qsizetype start = i;
            while (i < n && (query[i].isLetterOrNumber() || query[i] == QLatin1Char('_')))
                ++i;
            tokens.push_back({Token::Word, start, query.mid(start, i - start).toLower()});
        } else {
            const Token::Kind kind = c == QLatin1Char('(') ? Token::Open
                : c == QLatin1Char(')')                    ? Token::Close
                : c == QLatin1Char(',')                    ? Token::Comma
                                                           : Token::Other;
            tokens.push_back({kind, i, {}});
            ++i;
        }
    }
    return tokens;
}

// The index of the token closing the parenthesis opened at `open`; tokens.size() when none.
size_t matching(const std::vector<Token> &tokens, size_t open)
{
    int depth = 0;
    for (size_t i = open; i < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Open)
            ++depth;
        else if (tokens[i].kind == Token::Close && --depth == 0)
            return i;
    }
    return tokens.size();
}

bool isWord(const std::vector<Token> &tokens, size_t i, const char *word)
{
    return i < tokens.size() && tokens[i].kind == Token::Word
        && tokens[i].text == QLatin1String(word);
}

} // namespace

QList<CteSpan> CteQuery::ctes(const QString &query)
{
    const std::vector<Token> tokens = tokenize(query);
    size_t i = 0;
    for (int depth = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Open)
            ++depth;
        else if (tokens[i].kind == Token::Close)
            --depth;
        else if (depth == 0 && isWord(tokens, i, "with"))
            break;
    }
    QList<CteSpan> spans;
    if (i >= tokens.size())
        return spans;
    ++i;
    if (isWord(tokens, i, "recursive"))
        ++i;
    while (i < tokens.size() && tokens[i].kind == Token::Word) {
        CteSpan span;
        span.name = tokens[i].text;
        ++i;
        if (i < tokens.size() && tokens[i].kind == Token::Open) // a column list
            i = matching(tokens, i) + 1;
        if (!isWord(tokens, i, "as"))
            break;
        ++i;
        if (isWord(tokens, i, "not"))
            ++i;
        if (isWord(tokens, i, "materialized"))
            ++i;
        if (i >= tokens.size() || tokens[i].kind != Token::Open)
            break;
        const size_t close = matching(tokens, i);
        if (close >= tokens.size())
            break;
        span.bodyStart = tokens[i].start + 1;
        span.bodyEnd = tokens[close].start;
        spans.append(span);
        i = close + 1;
        if (i >= tokens.size() || tokens[i].kind != Token::Comma)
            break;
        ++i;
    }
    return spans;
}

QString CteQuery::cteAt(const QString &query, qsizetype offset)
{
    for (const CteSpan &span : ctes(query)) {
        if (offset >= span.bodyStart && offset <= span.bodyEnd)
            return span.name;
    }
    return QString();
}

Result<QString> CteQuery::selectFrom(const QString &compiledSql, const QString &name)
{
    const QList<CteSpan> spans = ctes(compiledSql);
    const bool known = std::any_of(spans.begin(), spans.end(), [&](const CteSpan &span) {
        return span.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (!known)
        return fail(Error{{}, 0, 0, tr("the compiled SQL has no CTE named %1").arg(name)});
    // Every CTE stays: later ones may be unused, but earlier ones may be what this one reads.
    return compiledSql.left(spans.back().bodyEnd + 1) + QStringLiteral("\nselect * from ")
        + name;
}

} // namespace Trellis::Core::Build
