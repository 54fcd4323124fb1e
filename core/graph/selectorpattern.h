#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Trellis::Core {

// A Unix shell wildcard as dbt's selector methods apply it (Python's fnmatch): `*` matches any
// run of characters including none, `?` one character, `[abc]` / `[a-z]` one of a set, `[!abc]`
// one character not in it. A `[` without its `]` is literal; there are no escapes. Matching is
// case-sensitive and covers the whole text; `*` also matches '/' and '.'. Compiled once, then
// cheap to match against many nodes. A value; thread-safe to read.
class SelectorPattern
{
public:
    explicit SelectorPattern(const QString &pattern = {});

    bool matches(QStringView text) const;
    bool hasWildcards() const { return m_hasWildcards; }
    // A lone `*` (fqn:*, dbt's default selection): no need to build the text to match.
    bool matchesEverything() const
    {
        return m_tokens.size() == 1 && m_tokens.front().kind == Token::Kind::AnyRun;
    }

    // Whether a text contains any of the characters fnmatch treats specially.
    static bool containsWildcard(QStringView text);

private:
    struct Token
    {
        enum class Kind { Literal, AnyRun, AnyOne, Set };
        Kind kind = Kind::Literal;
        QChar literal;
        bool negated = false;
        std::vector<std::pair<QChar, QChar>> ranges; // inclusive; single characters as (c, c)

        bool matchesOne(QChar c) const;
    };

    std::vector<Token> m_tokens;
    bool m_hasWildcards = false;
};

// A path pattern as Python's pathlib glob reads one relative to a project root: components
// separated by '/', each a SelectorPattern that does not cross '/', and `**` standing for any
// number of folders (including none). Leading "./", doubled and trailing slashes are ignored;
// "." alone is the root itself. Thread-safe to read.
class SelectorPathPattern
{
public:
    explicit SelectorPathPattern(const QString &pattern = {});

    // `path` is relative to the same root, '/'-separated, without "./" ("models/staging/a.sql").
    bool matches(const QString &path) const;
    // The same for the path made of the first `count` of `parts` (a file's folders, say).
    bool matches(const QStringList &parts, qsizetype count) const;
    bool matchesRoot() const { return m_components.empty(); }

    static QString normalized(const QString &path);

private:
    bool matchFrom(size_t component, const QStringList &parts, qsizetype part,
                   qsizetype count) const;

    struct Component
    {
        bool anyFolders = false; // "**"
        SelectorPattern pattern;
    };
    std::vector<Component> m_components;
};

} // namespace Trellis::Core
