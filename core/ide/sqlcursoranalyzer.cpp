#include "sqlcursoranalyzer.h"

#include <algorithm>

namespace Trellis::Core::Ide {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

qsizetype nameStartBefore(QStringView text, qsizetype offset)
{
    qsizetype start = offset;
    while (start > 0 && isNameChar(text[start - 1]))
        --start;
    return start;
}

qsizetype nameEndFrom(QStringView text, qsizetype offset)
{
    qsizetype end = offset;
    while (end < text.size() && isNameChar(text[end]))
        ++end;
    return end;
}

// The identifier before a '.' that ends just before `offset`, or empty.
QString qualifierBefore(QStringView text, qsizetype offset)
{
    if (offset == 0 || text[offset - 1] != u'.')
        return {};
    const qsizetype start = nameStartBefore(text, offset - 1);
    return text.mid(start, offset - 1 - start).toString();
}

} // namespace

SqlCursorAnalyzer::SqlCursorAnalyzer(QStringView text)
    : m_text(text)
    , m_scan(JinjaSqlScanner::scan(text))
    , m_calls(JinjaCallFinder::find(text, m_scan.tokens))
{ }

const Token *SqlCursorAnalyzer::tokenBefore(qsizetype offset) const
{
    const auto &tokens = m_scan.tokens;
    auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                               [](const Token &token, qsizetype at) { return token.start < at; });
    if (it == tokens.begin())
        return nullptr;
    --it;
    return it->start + it->length >= offset ? &*it : nullptr;
}

qsizetype SqlCursorAnalyzer::firstTokenFrom(qsizetype offset) const
{
    const auto &tokens = m_scan.tokens;
    return std::lower_bound(tokens.begin(), tokens.end(), offset,
                            [](const Token &token, qsizetype at) { return token.start < at; })
        - tokens.begin();
}

const JinjaCall *SqlCursorAnalyzer::callAt(qsizetype offset) const
{
    return JinjaCallFinder::at(m_calls, offset);
}

SqlCursorContext SqlCursorAnalyzer::completionContext(qsizetype offset) const
{
    SqlCursorContext context;
    context.replaceStart = context.replaceEnd = offset;
    const Token *token = offset > 0 ? tokenBefore(offset) : nullptr;
    if (!token) {
        completeWord(context, SqlCursorContext::Kind::Column, offset);
        return context;
    }
    switch (token->kind) {
    case TokenKind::JinjaString:
        completeArgument(context, *token, offset);
        break;
    case TokenKind::JinjaDelimiter:
        // Just past `}}` or `%}` the cursor is back in SQL.
        if (m_text[offset - 1] == u'}')
            completeWord(context, SqlCursorContext::Kind::Column, offset);
        else
            completeWord(context, SqlCursorContext::Kind::JinjaName, offset);
        break;
    case TokenKind::JinjaIdentifier:
    case TokenKind::JinjaDbtName:
    case TokenKind::JinjaKeyword:
    case TokenKind::JinjaText:
    case TokenKind::JinjaOperator:
        completeWord(context, SqlCursorContext::Kind::JinjaName, offset);
        break;
    case TokenKind::SqlText:
    case TokenKind::SqlKeyword:
    case TokenKind::SqlFunction:
    case TokenKind::SqlIdentifier:
    case TokenKind::SqlOperator:
        completeWord(context, SqlCursorContext::Kind::Column, offset);
        break;
    default:
        break;
    }
    return context;
}

void SqlCursorAnalyzer::completeArgument(SqlCursorContext &context, const Token &string,
                                         qsizetype offset) const
{
    const QChar quote = m_text[string.start];
    const qsizetype stringEnd = string.start + string.length;
    if (offset == stringEnd && string.length >= 2 && m_text[stringEnd - 1] == quote)
        return; // just past the closing quote
    const JinjaCall *call = callAt(string.start);
    if (!call)
        return;
    const auto argument
        = std::find_if(call->positional.begin(), call->positional.end(),
                       [&](const auto &a) { return a && a->start == string.start; });
    if (argument == call->positional.end())
        return;
    const auto index = argument - call->positional.begin();
    using Kind = SqlCursorContext::Kind;
    if (call->callee == u"ref")
        context.kind = index == 0 ? Kind::RefModel
            : index == 1          ? Kind::RefProjectModel
                                  : Kind::None;
    else if (call->callee == u"source")
        context.kind = index == 0 ? Kind::SourceName : index == 1 ? Kind::SourceTable : Kind::None;
    else if (call->callee == u"doc")
        context.kind = index == 0 ? Kind::DocName : Kind::None;
    if (context.kind == Kind::None)
        return;
    if (index == 1)
        context.package = call->argument(0);
    context.quote = quote;
    context.replaceStart = string.start + 1;
    context.prefix = m_text.mid(context.replaceStart, offset - context.replaceStart).toString();
    // Replace the rest of the name and the closing quote when they are on this line already.
    qsizetype end = offset;
    while (end < m_text.size()
           && (isNameChar(m_text[end]) || m_text[end] == u'.' || m_text[end] == u'-'))
        ++end;
    if (end < m_text.size() && m_text[end] == quote)
        ++end;
    context.replaceEnd = end;
}

// A name (macro or column) is completed as a word, possibly after `qualifier.`.
void SqlCursorAnalyzer::completeWord(SqlCursorContext &context, SqlCursorContext::Kind kind,
                                     qsizetype offset) const
{
    context.kind = kind;
    context.replaceStart = nameStartBefore(m_text, offset);
    context.replaceEnd = nameEndFrom(m_text, offset);
    context.prefix = m_text.mid(context.replaceStart, offset - context.replaceStart).toString();
    context.qualifier = qualifierBefore(m_text, context.replaceStart);
    if (kind == SqlCursorContext::Kind::Column)
        context.relations = relations();
}

std::vector<RelationReference> SqlCursorAnalyzer::relations() const
{
    std::vector<RelationReference> relations;
    for (const JinjaCall &call : m_calls) {
        const bool isSource = call.callee == u"source";
        if ((!isSource && call.callee != u"ref") || call.close < 0)
            continue;
        RelationReference relation;
        relation.isSource = isSource;
        const bool qualified = isSource || call.positional.size() >= 2;
        relation.package = qualified ? call.argument(0) : QString();
        relation.name = call.argument(qualified ? 1 : 0);
        relation.version = call.version;
        relation.alias = aliasAfter(call);
        if (!relation.name.isEmpty())
            relations.push_back(std::move(relation));
    }
    return relations;
}

QString SqlCursorAnalyzer::aliasAfter(const JinjaCall &call) const
{
    const auto &tokens = m_scan.tokens;
    qsizetype i = firstTokenFrom(call.close);
    const auto skip = [&](TokenKind kind) {
        while (i < qsizetype(tokens.size()) && tokens[i].kind == kind)
            ++i;
    };
    const auto text = [&](qsizetype index) {
        return m_text.mid(tokens[index].start, tokens[index].length);
    };
    skip(TokenKind::JinjaText);
    if (i >= qsizetype(tokens.size()) || tokens[i].kind != TokenKind::JinjaDelimiter)
        return {};
    ++i;
    skip(TokenKind::SqlText);
    if (i < qsizetype(tokens.size()) && tokens[i].kind == TokenKind::SqlKeyword
        && text(i).compare(u"as", Qt::CaseInsensitive) == 0) {
        ++i;
        skip(TokenKind::SqlText);
    }
    if (i < qsizetype(tokens.size()) && tokens[i].kind == TokenKind::SqlIdentifier)
        return text(i).toString();
    return {};
}

} // namespace Trellis::Core::Ide
