#pragma once

#include "core/jinja/token.h"
#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace Trellis::Core::Jinja {

// Splits template source into tokens exactly as Jinja2's lexer does with the default
// delimiters: whitespace control (`{%-`, `-%}`, `{{-`, `-}}`, `{#-`, `-#}`), comments dropped,
// `{% raw %}` and dbt's `{% docs %}` bodies kept as text, brackets balanced inside tags.
// Stateless apart from one run; the tokens view `source`, which must outlive them.
class Lexer
{
public:
    // `rawBodyTags` are the tags whose bodies are text: raw, and dbt's docs when enabled.
    Lexer(std::string_view source, int maxBracketDepth, bool docsBodiesAreText = true);

    // Jinja2 reads every newline form as "\n" and drops one trailing newline unless
    // keep_trailing_newline is set; the lexer expects source prepared this way.
    static std::string normalizeNewlines(std::string_view source, bool keepTrailingNewline);

    Result<std::vector<Token>> tokenize();

private:
    Result<void> lexTag(char kind);
    Result<void> lexRawBody(std::string_view endTag, int openLine, int openColumn);
    Result<void> lexNumber();
    Result<void> lexString();
    Error errorHere(std::string message) const;
    void advanceTo(std::size_t position);
    void skipWhitespace();
    bool startsWith(std::string_view text) const
    {
        return m_source.substr(m_position).starts_with(text);
    }
    int column() const { return int(m_position - m_lineStart) + 1; }
    Token &pushToken(TokenType type, std::size_t begin, std::size_t end);

    std::string_view m_source;
    int m_maxBracketDepth;
    bool m_docsBodiesAreText;
    std::size_t m_position = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
    std::vector<Token> m_tokens;
};

} // namespace Trellis::Core::Jinja
