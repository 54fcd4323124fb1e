#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace Trellis::Core::Ide {

// What a stretch of a Jinja-SQL file is, as far as colouring and cursor analysis care.
enum class TokenKind : std::uint8_t {
    SqlText, // whitespace and anything unclassified in SQL
    SqlKeyword,
    SqlFunction, // an identifier followed by `(`
    SqlIdentifier,
    SqlNumber,
    SqlString,
    SqlQuotedIdentifier, // "double quoted"
    SqlComment,
    SqlOperator,
    JinjaText, // whitespace inside {{ }} / {% %}
    JinjaDelimiter, // {{ }} {% %} with their -/+ whitespace markers
    JinjaKeyword, // if, for, macro, set, in, not, …
    JinjaDbtName, // ref, source, config, var, this, …
    JinjaIdentifier,
    JinjaString,
    JinjaNumber,
    JinjaOperator,
    JinjaComment, // {# … #}
};
inline constexpr int kTokenKindCount = int(TokenKind::JinjaComment) + 1;

// Where the scanner stands between two characters: the SQL context (code, comment, string) and
// the Jinja region open on top of it, since Jinja is rendered before SQL and may sit inside a SQL
// string or comment. `depth` counts open {% if %}/{% for %}/… blocks and SQL parentheses, for
// folding. Fits in an int, so an editor can keep one per line and restart scanning there.
struct ScanState
{
    enum class Sql : std::uint8_t { Code, LineComment, BlockComment, String, QuotedIdentifier };
    enum class Jinja : std::uint8_t { None, Expression, Statement, Comment };

    Sql sql = Sql::Code;
    Jinja jinja = Jinja::None;
    char16_t jinjaQuote = 0; // inside a Jinja string: its quote
    bool statementStart = false; // {% seen, its keyword not yet
    bool pendingSetBlock = false; // {% set x %} without `=`: a block that {% endset %} closes
    int depth = 0;

    int toInt() const;
    static ScanState fromInt(int packed);
    bool operator==(const ScanState &other) const = default;
};

struct Token
{
    qsizetype start;
    qsizetype length;
    TokenKind kind;
};

// The state after each line break, so a caller can record per-line states and fold levels.
struct LineEnd
{
    qsizetype offset; // just past the '\n'
    ScanState state;
};

struct ScanResult
{
    std::vector<Token> tokens;
    std::vector<LineEnd> lines;
    ScanState end;
};

// Splits Jinja-SQL text (a dbt model, macro or test) into tokens without building anything:
// the editor's lexer colours them, the cursor analysers read them. Scanning may start at any
// line start given the state there, which is how the lexer restyles from the changed line only.
// Works on UTF-8 bytes (Scintilla's buffer) and on UTF-16 (QString); offsets are in code units
// of the input. Stateless and thread-safe.
class JinjaSqlScanner
{
public:
    static ScanResult scan(const char *text, qsizetype length, ScanState start = {});
    static ScanResult scan(QStringView text, ScanState start = {});
};

} // namespace Trellis::Core::Ide
