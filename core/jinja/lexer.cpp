#include "lexer.h"

#include "utf8.h"
#include "value.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace Trellis::Core::Jinja {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Byte length of the whitespace character (Python's \s, which includes Unicode spaces such as
// U+00A0 and U+3000) starting at text[offset], or 0.
std::size_t whitespaceAt(std::string_view text, std::size_t offset)
{
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80)
        return isWhitespace(char(byte)) || (byte >= 0x1C && byte <= 0x1F) ? 1 : 0;
    std::size_t next = offset;
    return Utf8::isSpace(Utf8::decode(text, next)) ? next - offset : 0;
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
        || static_cast<unsigned char>(c) >= 0x80;
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view rstripWhitespace(std::string_view text)
{
    for (;;) {
        if (text.empty())
            return text;
        std::size_t start = text.size() - 1;
        while (start > 0 && Utf8::isContinuation(static_cast<unsigned char>(text[start])))
            --start;
        if (whitespaceAt(text, start) != text.size() - start)
            return text;
        text.remove_suffix(text.size() - start);
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The Unicode names a \N{...} escape may use in a template; Trellis knows the common ones.
char32_t namedCharacter(std::string_view name)
{
    static const std::pair<std::string_view, char32_t> names[] = {
        {"BULLET", 0x2022},
        {"EM DASH", 0x2014},
        {"EN DASH", 0x2013},
        {"NO-BREAK SPACE", 0xA0},
        {"HORIZONTAL ELLIPSIS", 0x2026},
        {"LEFT DOUBLE QUOTATION MARK", 0x201C},
        {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
        {"LEFT SINGLE QUOTATION MARK", 0x2018},
        {"RIGHT SINGLE QUOTATION MARK", 0x2019},
        {"DEGREE SIGN", 0xB0},
        {"EURO SIGN", 0x20AC},
        {"POUND SIGN", 0xA3},
        {"COPYRIGHT SIGN", 0xA9},
        {"REGISTERED SIGN", 0xAE},
        {"MULTIPLICATION SIGN", 0xD7},
        {"RIGHTWARDS ARROW", 0x2192},
        {"CHECK MARK", 0x2713},
        {"SNOWMAN", 0x2603},
        {"LINE FEED", 0x0A},
        {"CHARACTER TABULATION", 0x09},
        {"SPACE", 0x20},
        {"ZERO WIDTH SPACE", 0x200B},
        {"GREEK SMALL LETTER ALPHA", 0x3B1},
    };
    for (const auto &[candidate, codePoint] : names) {
        if (candidate == name)
            return codePoint;
    }
    return 0;
}

// Python's unicode-escape decoding of a string literal's body, which is what Jinja2 applies.
std::string decodeEscapes(std::string_view body)
{
    std::string out;
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '\\' || i + 1 == body.size()) {
            out += c;
            continue;
        }
        const char next = body[++i];
        switch (next) {
        case '\n':
            break;
        case '\\':
        case '\'':
        case '"':
            out += next;
            break;
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        case 'x':
        case 'u':
        case 'U': {
            const std::size_t digits = next == 'x' ? 2 : next == 'u' ? 4 : 8;
            char32_t codePoint = 0;
            bool valid = i + digits < body.size();
            for (std::size_t k = 1; valid && k <= digits; ++k) {
                const int digit = hexValue(body[i + k]);
                if (digit < 0)
                    valid = false;
                else
                    codePoint = codePoint * 16 + char32_t(digit);
            }
            if (!valid || codePoint > 0x10FFFF) {
                out += '\\';
                out += next;
                break;
            }
            Utf8::append(out, codePoint);
            i += digits;
            break;
        }
        case 'N': {
            const std::size_t close = body.find('}', i);
            const char32_t named
                = i + 1 < body.size() && body[i + 1] == '{' && close != std::string_view::npos
                ? namedCharacter(body.substr(i + 2, close - i - 2))
                : 0;
            if (named == 0) {
                out += '\\';
                out += next;
                break;
            }
            Utf8::append(out, named);
            i = close;
            break;
        }
        default:
            if (next >= '0' && next <= '7') {
                char32_t codePoint = char32_t(next - '0');
                for (int k = 0;
                     k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
                    codePoint = codePoint * 8 + char32_t(body[++i] - '0');
                Utf8::append(out, codePoint);
            } else {
                out += '\\';
                out += next;
            }
        }
    }
    return out;
}

// The length of the operator `text` starts with, 0 when it starts with none. Two-character
// operators are tried first (the longest match wins, as in Jinja2); comparing characters
// rather than calling a string comparison per candidate matters, as every operator of every
// tag is looked up here.
std::size_t operatorLength(std::string_view text)
{
    static constexpr std::string_view kTwoCharacterOperators[] = {"//", "**", "==",
                                                                 "!=", ">=", "<="};
    static constexpr std::string_view kOneCharacterOperators = "+-/*%~[](){}><=.:|,;";
    if (text.empty())
        return 0;
    if (text.size() >= 2) {
        for (const std::string_view candidate : kTwoCharacterOperators) {
            if (text[0] == candidate[0] && text[1] == candidate[1])
                return 2;
        }
    }
    return kOneCharacterOperators.find(text[0]) == std::string_view::npos ? 0 : 1;
}

} // namespace

Lexer::Lexer(std::string_view source, int maxBracketDepth, bool docsBodiesAreText)
    : m_source(source)
    , m_maxBracketDepth(maxBracketDepth)
    , m_docsBodiesAreText(docsBodiesAreText)
{ }

std::string Lexer::normalizeNewlines(std::string_view source, bool keepTrailingNewline)
{
    std::string out;
    if (source.find('\r') == std::string_view::npos) {
        out.assign(source);
    } else {
        out.reserve(source.size());
        for (std::size_t i = 0; i < source.size(); ++i) {
            if (source[i] == '\r') {
                out += '\n';
                if (i + 1 < source.size() && source[i + 1] == '\n')
                    ++i;
            } else {
                out += source[i];
            }
        }
    }
    if (!keepTrailingNewline && !out.empty() && out.back() == '\n')
        out.pop_back();
    return out;
}

Error Lexer::errorHere(std::string message) const
{
    return Error{{}, m_line, column(), QString::fromStdString(message)};
}

void Lexer::advanceTo(std::size_t position)
{
    const char *data = m_source.data();
    for (std::size_t i = m_position; i < position;) {
        const void *newline = std::memchr(data + i, '\n', position - i);
        if (!newline)
            break;
        i = std::size_t(static_cast<const char *>(newline) - data) + 1;
        ++m_line;
        m_lineStart = i;
    }
    m_position = position;
}

void Lexer::skipWhitespace()
{
    std::size_t end = m_position;
    while (end < m_source.size()) {
        const std::size_t length = whitespaceAt(m_source, end);
        if (length == 0)
            break;
        end += length;
    }
    advanceTo(end);
}

Token &Lexer::pushToken(TokenType type, std::size_t begin, std::size_t end)
{
    Token &token = m_tokens.emplace_back();
    token.type = type;
    token.text = m_source.substr(begin, end - begin);
    token.line = m_line;
    token.column = column();
    return token;
}

Result<std::vector<Token>> Lexer::tokenize()
{
    m_tokens.reserve(m_source.size() / 4 + 4);
    while (m_position < m_source.size()) {
        std::size_t tagStart = m_position;
        for (;;) {
            const void *brace
                = std::memchr(m_source.data() + tagStart, '{', m_source.size() - tagStart);
            if (!brace) {
                tagStart = std::string_view::npos;
                break;
            }
            tagStart = std::size_t(static_cast<const char *>(brace) - m_source.data());
            if (tagStart + 1 < m_source.size()
                && (m_source[tagStart + 1] == '{' || m_source[tagStart + 1] == '%'
                    || m_source[tagStart + 1] == '#'))
                break;
            ++tagStart;
        }
        const std::size_t dataEnd = tagStart == std::string_view::npos ? m_source.size() : tagStart;
        std::string_view data = m_source.substr(m_position, dataEnd - m_position);
        const bool stripBefore = tagStart != std::string_view::npos
            && tagStart + 2 < m_source.size() && m_source[tagStart + 2] == '-';
        if (stripBefore)
            data = rstripWhitespace(data);
        if (!data.empty())
            pushToken(TokenType::Data, m_position, m_position + data.size());
        advanceTo(dataEnd);
        if (tagStart == std::string_view::npos)
            break;

        const char kind = m_source[tagStart + 1];
        std::size_t bodyStart = tagStart + 2;
        if (bodyStart < m_source.size()
            && (m_source[bodyStart] == '-' || m_source[bodyStart] == '+'))
            ++bodyStart;
        if (kind == '#') {
            const std::size_t end = m_source.find("#}", bodyStart);
            if (end == std::string_view::npos)
                return fail(errorHere("missing end of comment tag"));
            const bool stripAfter = end > bodyStart && m_source[end - 1] == '-';
            advanceTo(end + 2);
            if (stripAfter)
                skipWhitespace();
            continue;
        }
        pushToken(kind == '{' ? TokenType::VariableBegin : TokenType::BlockBegin, tagStart,
                  bodyStart);
        advanceTo(bodyStart);
        if (auto lexed = lexTag(kind); !lexed)
            return fail(lexed.error());
    }
    // Jinja2 reports an unexpected end of template on the line of the last token.
    const int lastLine = m_tokens.empty() ? 1 : m_tokens.back().line;
    const int lastColumn = m_tokens.empty() ? 1 : m_tokens.back().column;
    Token &end = pushToken(TokenType::End, m_position, m_position);
    end.line = lastLine;
    end.column = lastColumn;
    return std::move(m_tokens);
}

Result<void> Lexer::lexTag(char kind)
{
    const std::size_t firstToken = m_tokens.size();
    const int openLine = m_tokens.back().line;
    const int openColumn = m_tokens.back().column;
    std::string bracketStack;
    for (;;) {
        skipWhitespace();
        if (m_position >= m_source.size())
            return {};
        if (bracketStack.empty()) {
            const bool variable = kind == '{';
            const std::string_view close = variable ? "}}" : "%}";
            bool stripAfter = false;
            std::size_t length = 0;
            if (startsWith(close)) {
                length = 2;
            } else if (m_source[m_position] == '-'
                       && m_source.substr(m_position + 1).starts_with(close)) {
                length = 3;
                stripAfter = true;
            } else if (!variable && startsWith("+%}")) {
                length = 3;
            }
            if (length > 0) {
                pushToken(variable ? TokenType::VariableEnd : TokenType::BlockEnd, m_position,
                          m_position + length);
                advanceTo(m_position + length);
                if (stripAfter)
                    skipWhitespace();
                // raw and dbt's docs keep their bodies as text: nothing inside is a tag.
                const std::size_t tagTokens = m_tokens.size() - firstToken;
                if (!variable && tagTokens == 2 && m_tokens[firstToken].isName("raw"))
                    return lexRawBody("endraw", openLine, openColumn);
                if (!variable && m_docsBodiesAreText && tagTokens >= 2
                    && m_tokens[firstToken].isName("docs"))
                    return lexRawBody("enddocs", openLine, openColumn);
                return {};
            }
        }
        const char c = m_source[m_position];
        if (isDigit(c)) {
            if (auto lexed = lexNumber(); !lexed)
                return lexed;
            continue;
        }
        if (isNameStart(c)) {
            std::size_t end = m_position + 1;
            while (end < m_source.size() && isNameChar(m_source[end]))
                ++end;
            pushToken(TokenType::Name, m_position, end);
            advanceTo(end);
            continue;
        }
        if (c == '\'' || c == '"') {
            if (auto lexed = lexString(); !lexed)
                return lexed;
            continue;
        }
        const std::size_t operatorSize = operatorLength(m_source.substr(m_position));
        if (operatorSize == 0)
            return fail(errorHere("unexpected character '" + std::string(1, c) + "'"));
        const char first = c;
        if (first == '(' || first == '[' || first == '{') {
            if (int(bracketStack.size()) >= m_maxBracketDepth)
                return fail(errorHere("brackets nested too deeply"));
            bracketStack += first == '(' ? ')' : first == '[' ? ']' : '}';
        } else if (first == ')' || first == ']' || first == '}') {
            if (bracketStack.empty())
                return fail(errorHere("unexpected '" + std::string(1, first) + "'"));
            if (bracketStack.back() != first) {
                return fail(errorHere("unexpected '" + std::string(1, first) + "', expected '"
                                      + std::string(1, bracketStack.back()) + "'"));
            }
            bracketStack.pop_back();
        }
        pushToken(TokenType::Operator, m_position, m_position + operatorSize);
        advanceTo(m_position + operatorSize);
    }
}

Result<void> Lexer::lexRawBody(std::string_view endTag, int openLine, int openColumn)
{
    std::size_t search = m_position;
    for (;;) {
        const std::size_t open = m_source.find("{%", search);
        if (open == std::string_view::npos) {
            return fail(Error{{},
                              openLine,
                              openColumn,
                              QStringLiteral("missing end of raw block: expected '{%% %1 %%}'")
                                  .arg(QString::fromUtf8(endTag.data(), qsizetype(endTag.size())))
                                  .replace(QStringLiteral("%%"), QStringLiteral("%"))});
        }
        std::size_t at = open + 2;
        const bool stripBefore = at < m_source.size() && m_source[at] == '-';
        if (at < m_source.size() && (m_source[at] == '-' || m_source[at] == '+'))
            ++at;
        while (at < m_source.size() && isWhitespace(m_source[at]))
            ++at;
        if (m_source.substr(at).starts_with(endTag)
            && (at + endTag.size() >= m_source.size()
                || !isNameChar(m_source[at + endTag.size()]))) {
            std::string_view body = m_source.substr(m_position, open - m_position);
            if (stripBefore)
                body = rstripWhitespace(body);
            pushToken(TokenType::Data, m_position, m_position + body.size());
            advanceTo(open);
            return {};
        }
        search = open + 2;
    }
}

Result<void> Lexer::lexNumber()
{
    const std::size_t start = m_position;
    std::size_t end = start;
    auto digitsWithUnderscores = [this, &end](auto isValidDigit) {
        const std::size_t begin = end;
        while (end < m_source.size()
               && (isValidDigit(m_source[end])
                   || (m_source[end] == '_' && end + 1 < m_source.size()
                       && isValidDigit(m_source[end + 1]) && end > begin)))
            ++end;
        return end > begin;
    };
    const auto isDecimal = [](char c) {
        return isDigit(c);
    };
    std::string cleaned;
    auto cleanedText = [&](std::size_t from, std::size_t to) {
        cleaned.clear();
        for (std::size_t i = from; i < to; ++i) {
            if (m_source[i] != '_')
                cleaned += m_source[i];
        }
        return cleaned;
    };

    // Prefixed integers: 0x.., 0o.., 0b..
    if (m_source[start] == '0' && start + 2 < m_source.size()) {
        const char prefix = char(m_source[start + 1] | 0x20);
        int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
        if (base != 0) {
            end = start + 2;
            if (m_source[end] == '_')
                ++end;
            auto isBaseDigit = [base](char c) {
                return hexValue(c) >= 0 && hexValue(c) < base;
            };
            if (digitsWithUnderscores(isBaseDigit)) {
                const std::string text = cleanedText(start + 2, end);
                std::int64_t value = 0;
                const auto parsed
                    = std::from_chars(text.data(), text.data() + text.size(), value, base);
                if (parsed.ec != std::errc())
                    return fail(errorHere("integer literal is too large"));
                Token &token = pushToken(TokenType::Integer, start, end);
                token.integerValue = value;
                advanceTo(end);
                return {};
            }
            end = start;
        }
    }
    digitsWithUnderscores(isDecimal);
    bool isFloat = false;
    if (end + 1 < m_source.size() && m_source[end] == '.' && isDigit(m_source[end + 1])
        && (start == 0 || m_source[start - 1] != '.')) {
        ++end;
        digitsWithUnderscores(isDecimal);
        isFloat = true;
    }
    if (end < m_source.size() && (m_source[end] == 'e' || m_source[end] == 'E')
        && (start == 0 || m_source[start - 1] != '.')) {
        std::size_t exponent = end + 1;
        if (exponent < m_source.size() && (m_source[exponent] == '+' || m_source[exponent] == '-'))
            ++exponent;
        if (exponent < m_source.size() && isDigit(m_source[exponent])) {
            end = exponent;
            digitsWithUnderscores(isDecimal);
            isFloat = true;
        }
    }
    const std::string text = cleanedText(start, end);
    if (isFloat) {
        Token &token = pushToken(TokenType::Float, start, end);
        token.floatValue = std::strtod(text.c_str(), nullptr);
    } else {
        // Jinja2 reads "007" as 0 followed by 07; only a run of zeros is one literal.
        if (text.size() > 1 && text[0] == '0') {
            std::size_t zeros = start;
            while (zeros < end && (m_source[zeros] == '0' || m_source[zeros] == '_'))
                ++zeros;
            while (zeros > start && m_source[zeros - 1] == '_')
                --zeros;
            end = zeros;
        }
        std::int64_t value = 0;
        const std::string digits = cleanedText(start, end);
        const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (parsed.ec != std::errc())
            return fail(errorHere("integer literal is too large"));
        Token &token = pushToken(TokenType::Integer, start, end);
        token.integerValue = value;
    }
    advanceTo(end);
    return {};
}

Result<void> Lexer::lexString()
{
    const char quote = m_source[m_position];
    std::size_t end = m_position + 1;
    while (end < m_source.size() && m_source[end] != quote) {
        if (m_source[end] == '\\')
            ++end;
        ++end;
    }
    if (end >= m_source.size())
        return fail(errorHere("unterminated string literal"));
    Token &token = pushToken(TokenType::String, m_position, end + 1);
    token.stringValue = decodeEscapes(m_source.substr(m_position + 1, end - m_position - 1));
    advanceTo(end + 1);
    return {};
}

} // namespace Trellis::Core::Jinja
