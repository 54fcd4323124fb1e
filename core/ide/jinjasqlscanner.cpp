#include "jinjasqlscanner.h"

#include "core/ide/dbtbuiltins.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace Trellis::Core::Ide {

namespace {

using namespace std::string_view_literals;

// Sorted, lower case: looked up by binary search on the lowered identifier.
constexpr std::array kSqlKeywords = {
    "all"sv,       "alter"sv,     "and"sv,       "any"sv,       "as"sv,       "asc"sv,
    "between"sv,   "by"sv,        "case"sv,      "cast"sv,      "create"sv,   "cross"sv,
    "cube"sv,      "current"sv,   "delete"sv,    "desc"sv,      "distinct"sv, "drop"sv,
    "else"sv,      "end"sv,       "except"sv,    "exists"sv,    "false"sv,    "fetch"sv,
    "filter"sv,    "first"sv,     "following"sv, "for"sv,       "from"sv,     "full"sv,
    "group"sv,     "having"sv,    "ilike"sv,     "in"sv,        "inner"sv,    "insert"sv,
    "intersect"sv, "interval"sv,  "into"sv,      "is"sv,        "join"sv,     "last"sv,
    "lateral"sv,   "left"sv,      "like"sv,      "limit"sv,     "merge"sv,    "natural"sv,
    "not"sv,       "null"sv,      "nulls"sv,     "offset"sv,    "on"sv,       "or"sv,
    "order"sv,     "outer"sv,     "over"sv,      "partition"sv, "pivot"sv,    "preceding"sv,
    "qualify"sv,   "range"sv,     "recursive"sv, "replace"sv,   "right"sv,    "rollup"sv,
    "row"sv,       "rows"sv,      "select"sv,    "set"sv,       "table"sv,    "then"sv,
    "true"sv,      "unbounded"sv, "union"sv,     "unpivot"sv,   "update"sv,   "using"sv,
    "values"sv,    "view"sv,      "when"sv,      "where"sv,     "window"sv,   "with"sv,
};

constexpr std::array kJinjaKeywords = {
    "and"sv,      "as"sv,          "block"sv,    "call"sv,
    "do"sv,       "docs"sv,        "elif"sv,     "else"sv,
    "endblock"sv, "endcall"sv,     "enddocs"sv,  "endfilter"sv,
    "endfor"sv,   "endif"sv,       "endmacro"sv, "endmaterialization"sv,
    "endset"sv,   "endsnapshot"sv, "endtest"sv,  "endwith"sv,
    "extends"sv,  "false"sv,       "filter"sv,   "for"sv,
    "from"sv,     "if"sv,          "import"sv,   "in"sv,
    "include"sv,  "is"sv,          "macro"sv,    "materialization"sv,
    "none"sv,     "not"sv,         "or"sv,       "recursive"sv,
    "set"sv,      "snapshot"sv,    "test"sv,     "true"sv,
    "with"sv,
};

// Jinja blocks that {% end<name> %} closes, for folding.
constexpr std::array kBlockOpeners = {
    "block"sv,           "call"sv,     "docs"sv, "filter"sv, "for"sv, "if"sv, "macro"sv,
    "materialization"sv, "snapshot"sv, "test"sv, "with"sv,
};

static_assert(std::is_sorted(kSqlKeywords.begin(), kSqlKeywords.end()));
static_assert(std::is_sorted(kJinjaKeywords.begin(), kJinjaKeywords.end()));
static_assert(std::is_sorted(kBlockOpeners.begin(), kBlockOpeners.end()));

template<std::size_t N>
bool contains(const std::array<std::string_view, N> &sorted, std::string_view word)
{
    return std::binary_search(sorted.begin(), sorted.end(), word);
}

template<typename Char> bool isIdentifierStart(Char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

template<typename Char> bool isDigit(Char c)
{
    return c >= '0' && c <= '9';
}

template<typename Char> bool isIdentifierPart(Char c)
{
    return isIdentifierStart(c) || isDigit(c);
}

template<typename Char> bool isSpace(Char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// One pass over a text: a small state machine that appends tokens as it goes.
template<typename Char> class Scanner
{
public:
    Scanner(const Char *text, qsizetype length, ScanState state)
        : m_text(text)
        , m_length(length)
        , m_state(state)
    {
        // Merged runs average well over four bytes; one allocation instead of a dozen.
        m_result.tokens.reserve(std::size_t(length / 4));
    }

    ScanResult run()
    {
        while (m_pos < m_length) {
            if (m_state.jinja == ScanState::Jinja::None)
                scanSql();
            else if (m_state.jinja == ScanState::Jinja::Comment)
                scanJinjaComment();
            else
                scanJinjaCode();
        }
        m_result.end = m_state;
        return std::move(m_result);
    }

private:
    Char at(qsizetype i) const { return i < m_length ? m_text[i] : Char(0); }

    void emit(qsizetype start, TokenKind kind)
    {
        if (m_pos <= start)
            return;
        // Neighbours of one kind merge, which keeps the token list short for the lexer.
        if (!m_result.tokens.empty()) {
            Token &last = m_result.tokens.back();
            if (last.kind == kind && last.start + last.length == start) {
                last.length += m_pos - start;
                return;
            }
        }
        m_result.tokens.push_back({start, m_pos - start, kind});
    }

    // Consumes a line break, ending line comments, and records the state after it.
    void lineBreak()
    {
        ++m_pos;
        if (m_state.sql == ScanState::Sql::LineComment && m_state.jinja == ScanState::Jinja::None)
            m_state.sql = ScanState::Sql::Code;
        m_result.lines.push_back({m_pos, m_state});
    }

    bool jinjaOpensHere() const
    {
        return at(m_pos) == '{'
            && (at(m_pos + 1) == '{' || at(m_pos + 1) == '%' || at(m_pos + 1) == '#');
    }

    void openJinja()
    {
        const qsizetype start = m_pos;
        const Char kind = at(m_pos + 1);
        m_pos += 2;
        if (kind == '#') {
            m_state.jinja = ScanState::Jinja::Comment;
            emit(start, TokenKind::JinjaComment);
            return;
        }
        if (at(m_pos) == '-' || at(m_pos) == '+')
            ++m_pos;
        m_state.jinja = kind == '{' ? ScanState::Jinja::Expression : ScanState::Jinja::Statement;
        m_state.statementStart = kind == '%';
        m_state.pendingSetBlock = false;
        emit(start, TokenKind::JinjaDelimiter);
    }

    void scanSql()
    {
        if (jinjaOpensHere()) {
            openJinja();
            return;
        }
        const Char c = at(m_pos);
        if (c == '\n') {
            const qsizetype start = m_pos;
            lineBreak();
            emit(start, textKindOfSqlContext());
            return;
        }
        switch (m_state.sql) {
        case ScanState::Sql::Code:
            scanSqlCode();
            return;
        case ScanState::Sql::LineComment:
            scanSqlRun(TokenKind::SqlComment, nullptr);
            return;
        case ScanState::Sql::BlockComment:
            scanSqlRun(TokenKind::SqlComment, "*/");
            return;
        case ScanState::Sql::String:
            scanSqlRun(TokenKind::SqlString, "'");
            return;
        case ScanState::Sql::QuotedIdentifier:
            scanSqlRun(TokenKind::SqlQuotedIdentifier, "\"");
            return;
        }
    }

    TokenKind textKindOfSqlContext() const
    {
        switch (m_state.sql) {
        case ScanState::Sql::LineComment:
        case ScanState::Sql::BlockComment:
            return TokenKind::SqlComment;
        case ScanState::Sql::String:
            return TokenKind::SqlString;
        case ScanState::Sql::QuotedIdentifier:
            return TokenKind::SqlQuotedIdentifier;
        case ScanState::Sql::Code:
            break;
        }
        return TokenKind::SqlText;
    }

    // A comment or string body up to its terminator (consumed), a line break or a Jinja opener.
    void scanSqlRun(TokenKind kind, const char *terminator)
    {
        const qsizetype start = m_pos;
        const qsizetype terminatorLength = terminator ? qsizetype(std::strlen(terminator)) : 0;
        while (m_pos < m_length && at(m_pos) != '\n' && !jinjaOpensHere()) {
            if (terminator && matches(terminator, terminatorLength)) {
                m_pos += terminatorLength;
                m_state.sql = ScanState::Sql::Code;
                break;
            }
            ++m_pos;
        }
        emit(start, kind);
    }

    bool matches(const char *literal, qsizetype length) const
    {
        for (qsizetype i = 0; i < length; ++i) {
            if (at(m_pos + i) != Char(literal[i]))
                return false;
        }
        return true;
    }

    void scanSqlCode()
    {
        const qsizetype start = m_pos;
        const Char c = at(m_pos);
        if (c == '-' && at(m_pos + 1) == '-') {
            m_state.sql = ScanState::Sql::LineComment;
            m_pos += 2;
            emit(start, TokenKind::SqlComment);
        } else if (c == '/' && at(m_pos + 1) == '*') {
            m_state.sql = ScanState::Sql::BlockComment;
            m_pos += 2;
            emit(start, TokenKind::SqlComment);
        } else if (c == '\'') {
            m_state.sql = ScanState::Sql::String;
            ++m_pos;
            emit(start, TokenKind::SqlString);
        } else if (c == '"') {
            m_state.sql = ScanState::Sql::QuotedIdentifier;
            ++m_pos;
            emit(start, TokenKind::SqlQuotedIdentifier);
        } else if (isIdentifierStart(c)) {
            const std::string_view word = identifier();
            emit(start, sqlWordKind(word));
        } else if (isDigit(c) || (c == '.' && isDigit(at(m_pos + 1)))) {
            number();
            emit(start, TokenKind::SqlNumber);
        } else if (isSpace(c)) {
            while (m_pos < m_length && isSpace(at(m_pos)) && at(m_pos) != '\n')
                ++m_pos;
            emit(start, TokenKind::SqlText);
        } else {
            if (c == '(')
                ++m_state.depth;
            else if (c == ')' && m_state.depth > 0)
                --m_state.depth;
            ++m_pos;
            emit(start, TokenKind::SqlOperator);
        }
    }

    // Consumes an identifier; returns it lowered when short enough to be a keyword.
    std::string_view identifier()
    {
        qsizetype length = 0;
        while (m_pos < m_length && isIdentifierPart(at(m_pos))) {
            const Char c = at(m_pos);
            if (length < qsizetype(sizeof(m_word)))
                m_word[length] = c < 0x80 ? char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : '\0';
            ++length;
            ++m_pos;
        }
        return length <= qsizetype(sizeof(m_word)) ? std::string_view(m_word, std::size_t(length))
                                                   : std::string_view();
    }

    void number()
    {
        while (m_pos < m_length) {
            const Char c = at(m_pos);
            const bool exponentSign
                = (c == '+' || c == '-') && (at(m_pos - 1) == 'e' || at(m_pos - 1) == 'E');
            if (!isIdentifierPart(c) && c != '.' && !exponentSign)
                break;
            ++m_pos;
        }
    }

    TokenKind sqlWordKind(std::string_view word) const
    {
        if (contains(kSqlKeywords, word))
            return TokenKind::SqlKeyword;
        qsizetype next = m_pos;
        while (next < m_length && (at(next) == ' ' || at(next) == '\t'))
            ++next;
        return at(next) == '(' ? TokenKind::SqlFunction : TokenKind::SqlIdentifier;
    }

    void scanJinjaComment()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_length && at(m_pos) != '\n') {
            if (at(m_pos) == '#' && at(m_pos + 1) == '}') {
                m_pos += 2;
                m_state.jinja = ScanState::Jinja::None;
                break;
            }
            ++m_pos;
        }
        emit(start, TokenKind::JinjaComment);
        if (at(m_pos) == '\n' && m_state.jinja == ScanState::Jinja::Comment) {
            const qsizetype breakStart = m_pos;
            lineBreak();
            emit(breakStart, TokenKind::JinjaComment);
        }
    }

    bool jinjaClosesHere() const
    {
        const Char closer = m_state.jinja == ScanState::Jinja::Expression ? Char('}') : Char('%');
        qsizetype i = m_pos;
        if (at(i) == '-' || at(i) == '+')
            ++i;
        return at(i) == closer && at(i + 1) == '}';
    }

    void closeJinja()
    {
        const qsizetype start = m_pos;
        if (at(m_pos) == '-' || at(m_pos) == '+')
            ++m_pos;
        m_pos += 2;
        if (m_state.jinja == ScanState::Jinja::Statement && m_state.pendingSetBlock)
            ++m_state.depth;
        m_state.jinja = ScanState::Jinja::None;
        m_state.statementStart = false;
        m_state.pendingSetBlock = false;
        emit(start, TokenKind::JinjaDelimiter);
    }

    void scanJinjaCode()
    {
        if (m_state.jinjaQuote) {
            scanJinjaString();
            return;
        }
        const qsizetype start = m_pos;
        const Char c = at(m_pos);
        if (c == '\n') {
            lineBreak();
            emit(start, TokenKind::JinjaText);
        } else if (jinjaClosesHere()) {
            closeJinja();
        } else if (isSpace(c)) {
            while (m_pos < m_length && isSpace(at(m_pos)) && at(m_pos) != '\n')
                ++m_pos;
            emit(start, TokenKind::JinjaText);
        } else if (c == '\'' || c == '"') {
            m_state.jinjaQuote = char16_t(c);
            ++m_pos;
            emit(start, TokenKind::JinjaString);
        } else if (isIdentifierStart(c)) {
            const std::string_view word = identifier();
            emit(start, jinjaWordKind(word));
        } else if (isDigit(c)) {
            number();
            emit(start, TokenKind::JinjaNumber);
        } else {
            if (c == '=' && m_state.jinja == ScanState::Jinja::Statement)
                m_state.pendingSetBlock = false;
            ++m_pos;
            // `==`, `!=`, `<=`, `>=` are comparisons, not the `=` of a set statement.
            if ((c == '=' || c == '!' || c == '<' || c == '>') && at(m_pos) == '=')
                ++m_pos;
            emit(start, TokenKind::JinjaOperator);
        }
    }

    void scanJinjaString()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_length && at(m_pos) != '\n') {
            const Char c = at(m_pos);
            if (c == '\\') {
                m_pos += at(m_pos + 1) == '\n' ? 1 : 2;
                continue;
            }
            ++m_pos;
            if (c == Char(m_state.jinjaQuote)) {
                m_state.jinjaQuote = 0;
                break;
            }
        }
        m_pos = std::min(m_pos, m_length);
        emit(start, TokenKind::JinjaString);
        if (at(m_pos) == '\n' && m_state.jinjaQuote) {
            const qsizetype breakStart = m_pos;
            lineBreak();
            emit(breakStart, TokenKind::JinjaString);
        }
    }

    TokenKind jinjaWordKind(std::string_view word)
    {
        const bool first = m_state.statementStart;
        m_state.statementStart = false;
        if (first) {
            if (word == "set"sv)
                m_state.pendingSetBlock = true;
            else if (contains(kBlockOpeners, word))
                ++m_state.depth;
            else if (word.starts_with("end"sv) && m_state.depth > 0
                     && (contains(kBlockOpeners, word.substr(3)) || word == "endset"sv))
                --m_state.depth;
        }
        if (contains(kJinjaKeywords, word))
            return TokenKind::JinjaKeyword;
        if (DbtBuiltins::isContextName(word))
            return TokenKind::JinjaDbtName;
        return TokenKind::JinjaIdentifier;
    }

    const Char *m_text;
    qsizetype m_length;
    ScanState m_state;
    qsizetype m_pos = 0;
    char m_word[24];
    ScanResult m_result;
};

} // namespace

// Layout: bits 0-2 SQL context, 3-4 Jinja region, 5-6 Jinja quote, 7 statement start,
// 8 pending set block, 9 and up the depth.
int ScanState::toInt() const
{
    const int quote = jinjaQuote == u'\'' ? 1 : jinjaQuote == u'"' ? 2 : 0;
    return int(sql) | int(jinja) << 3 | quote << 5 | int(statementStart) << 7
        | int(pendingSetBlock) << 8 | depth << 9;
}

ScanState ScanState::fromInt(int packed)
{
    ScanState state;
    state.sql = Sql(packed & 7);
    state.jinja = Jinja((packed >> 3) & 3);
    const int quote = (packed >> 5) & 3;
    state.jinjaQuote = quote == 1 ? u'\'' : quote == 2 ? u'"' : 0;
    state.statementStart = (packed >> 7) & 1;
    state.pendingSetBlock = (packed >> 8) & 1;
    state.depth = packed >> 9;
    return state;
}

ScanResult JinjaSqlScanner::scan(const char *text, qsizetype length, ScanState start)
{
    return Scanner<unsigned char>(reinterpret_cast<const unsigned char *>(text), length, start)
        .run();
}

ScanResult JinjaSqlScanner::scan(QStringView text, ScanState start)
{
    return Scanner<char16_t>(text.utf16(), text.size(), start).run();
}

} // namespace Trellis::Core::Ide
