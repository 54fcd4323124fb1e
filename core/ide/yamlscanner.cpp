#include "yamlscanner.h"

#include "core/ide/dbtpropertyschema.h"

#include <string_view>

namespace Trellis::Core::Ide {

namespace {

bool isConstant(std::string_view word)
{
    for (std::string_view constant :
         {"true", "false", "null", "~", "True", "False", "Null", "yes", "no"}) {
        if (word == constant)
            return true;
    }
    return false;
}

bool isNumber(std::string_view word)
{
    if (word.empty())
        return false;
    bool digit = false;
    for (char c : word) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E' && c != '_')
            return false;
    }
    return digit;
}

class LineScanner
{
public:
    LineScanner(const char *text, qsizetype length, int blockColumn, YamlScanResult &result)
        : m_text(text)
        , m_length(length)
        , m_blockColumn(blockColumn)
        , m_result(result)
    { }

    // Scans the line starting at m_pos up to and including its '\n'.
    void line()
    {
        qsizetype end = m_pos;
        while (end < m_length && m_text[end] != '\n')
            ++end;
        m_lineEnd = end;
        qsizetype indent = 0;
        while (m_pos + indent < end && m_text[m_pos + indent] == ' ')
            ++indent;
        const bool blank = m_pos + indent == end;
        if (m_blockColumn >= 0 && (blank || indent > m_blockColumn)) {
            emit(end, YamlTokenKind::BlockText);
        } else {
            m_blockColumn = -1;
            content(indent);
        }
        if (end < m_length) {
            emit(end + 1, YamlTokenKind::Text);
            m_result.lineStates.push_back(m_blockColumn);
        }
        m_pos = end + 1;
    }

    int blockColumn() const { return m_blockColumn; }
    bool atEnd() const { return m_pos >= m_length; }

private:
    void emit(qsizetype end, YamlTokenKind kind)
    {
        if (end <= m_pos)
            return;
        m_result.tokens.push_back({m_pos, end - m_pos, kind});
        m_pos = end;
    }

    std::string_view view(qsizetype from, qsizetype to) const
    {
        return std::string_view(m_text + from, std::size_t(to - from));
    }

    void spaces()
    {
        qsizetype end = m_pos;
        while (end < m_lineEnd && m_text[end] == ' ')
            ++end;
        emit(end, YamlTokenKind::Text);
    }

    void content(qsizetype indent)
    {
        const qsizetype lineStart = m_pos;
        spaces();
        if (indent == 0
            && (view(m_pos, m_lineEnd).starts_with("---")
                || view(m_pos, m_lineEnd).starts_with("..."))) {
            emit(m_pos + 3, YamlTokenKind::DocumentMarker);
        }
        while (m_pos < m_lineEnd && m_text[m_pos] == '-'
               && (m_pos + 1 == m_lineEnd || m_text[m_pos + 1] == ' ')) {
            emit(m_pos + 1, YamlTokenKind::Indicator);
            spaces();
        }
        if (const qsizetype colon = keyEnd(); colon >= 0) {
            const qsizetype keyColumn = m_pos - lineStart;
            qsizetype keyStop = colon;
            while (keyStop > m_pos && m_text[keyStop - 1] == ' ')
                --keyStop;
            const bool known = DbtPropertySchema::isKnownKey(view(m_pos, keyStop));
            emit(keyStop, known ? YamlTokenKind::DbtKey : YamlTokenKind::Key);
            emit(colon, YamlTokenKind::Text);
            emit(colon + 1, YamlTokenKind::Indicator);
            spaces();
            if (m_pos < m_lineEnd && (m_text[m_pos] == '|' || m_text[m_pos] == '>')) {
                m_blockColumn = int(keyColumn);
                qsizetype end = m_pos + 1;
                while (end < m_lineEnd && m_text[end] != ' ' && m_text[end] != '#')
                    ++end;
                emit(end, YamlTokenKind::Indicator);
                spaces();
            }
        }
        value();
    }

    // The ':' that ends a key on this line (outside quotes), or -1.
    qsizetype keyEnd() const
    {
        char quote = 0;
        for (qsizetype i = m_pos; i < m_lineEnd; ++i) {
            const char c = m_text[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if ((c == '"' || c == '\'') && i == m_pos) {
                quote = c;
            } else if (c == '#' && (i == m_pos || m_text[i - 1] == ' ')) {
                return -1;
            } else if (c == ':' && (i + 1 == m_lineEnd || m_text[i + 1] == ' ')) {
                return i;
            } else if (c == '{' && i + 1 < m_lineEnd && m_text[i + 1] == '{') {
                return -1; // Jinja in a value, not a key
            }
        }
        return -1;
    }

    void value()
    {
        while (m_pos < m_lineEnd) {
            const char c = m_text[m_pos];
            if (c == '#' && (m_pos == 0 || m_text[m_pos - 1] == ' ')) {
                emit(m_lineEnd, YamlTokenKind::Comment);
            } else if (c == '"' || c == '\'') {
                quoted(c);
            } else if (c == ' ') {
                spaces();
            } else {
                plain();
            }
        }
    }

    void quoted(char quote)
    {
        qsizetype i = m_pos + 1;
        while (i < m_lineEnd && m_text[i] != quote) {
            if (m_text[i] == '{' && i + 1 < m_lineEnd && m_text[i + 1] == '{') {
                emit(i, YamlTokenKind::String);
                i = jinja(i);
                continue;
            }
            if (m_text[i] == '\\' && quote == '"')
                ++i;
            ++i;
        }
        emit(std::min(i + 1, m_lineEnd), YamlTokenKind::String);
    }

    // Emits `{{ … }}` starting at `start`; returns where scanning goes on.
    qsizetype jinja(qsizetype start)
    {
        const std::string_view rest = view(start, m_lineEnd);
        const std::size_t close = rest.find("}}");
        const qsizetype end
            = close == std::string_view::npos ? m_lineEnd : start + qsizetype(close) + 2;
        emit(end, YamlTokenKind::Jinja);
        return end;
    }

    void plain()
    {
        const qsizetype start = m_pos;
        qsizetype end = start;
        while (end < m_lineEnd && !(m_text[end] == '#' && end > start && m_text[end - 1] == ' ')) {
            if (m_text[end] == '{' && end + 1 < m_lineEnd && m_text[end + 1] == '{')
                break;
            ++end;
        }
        qsizetype trimmed = end;
        while (trimmed > start && m_text[trimmed - 1] == ' ')
            --trimmed;
        const std::string_view word = view(start, trimmed);
        if (word.empty()) {
            jinja(start);
            return;
        }
        const YamlTokenKind kind = isConstant(word) ? YamlTokenKind::Constant
            : isNumber(word)                        ? YamlTokenKind::Number
            : word.find_first_of("[]{},") == 0      ? YamlTokenKind::Indicator
                                                    : YamlTokenKind::Value;
        emit(trimmed, kind);
    }

    const char *m_text;
    qsizetype m_length;
    int m_blockColumn;
    YamlScanResult &m_result;
    qsizetype m_pos = 0;
    qsizetype m_lineEnd = 0;
};

} // namespace

YamlScanResult YamlScanner::scan(const char *text, qsizetype length, int blockColumn)
{
    YamlScanResult result;
    LineScanner scanner(text, length, blockColumn, result);
    while (!scanner.atEnd())
        scanner.line();
    result.end = scanner.blockColumn();
    return result;
}

} // namespace Trellis::Core::Ide
