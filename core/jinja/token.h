#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace Trellis::Core::Jinja {

enum class TokenType : std::uint8_t {
    Data, // template text between tags (already whitespace-controlled)
    VariableBegin, // {{
    VariableEnd, // }}
    BlockBegin, // {%
    BlockEnd, // %}
    Name,
    String,
    Integer,
    Float,
    Operator,
    End,
};

// One lexical token. `text` views the normalised source the lexer was given (for Data it is
// the text left after whitespace control); line and column are 1-based, column in bytes.
struct Token
{
    TokenType type = TokenType::End;
    std::string_view text;
    std::string stringValue; // decoded String literal
    std::int64_t integerValue = 0;
    double floatValue = 0.0;
    int line = 1;
    int column = 1;

    bool isOperator(std::string_view op) const { return type == TokenType::Operator && text == op; }
    bool isName(std::string_view name) const { return type == TokenType::Name && text == name; }
};

} // namespace Trellis::Core::Jinja
