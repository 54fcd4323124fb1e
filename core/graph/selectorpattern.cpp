#include "selectorpattern.h"

#include <algorithm>

namespace Trellis::Core {

bool SelectorPattern::Token::matchesOne(QChar c) const
{
    switch (kind) {
    case Kind::Literal:
        return c == literal;
    case Kind::AnyOne:
        return true;
    case Kind::Set: {
        bool inSet = false;
        for (const auto &[low, high] : ranges) {
            if (c >= low && c <= high) {
                inSet = true;
                break;
            }
        }
        return inSet != negated;
    }
    case Kind::AnyRun:
        break;
    }
    return false;
}

SelectorPattern::SelectorPattern(const QString &pattern)
{
    const qsizetype n = pattern.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = pattern.at(i++);
        Token token;
        if (c == QLatin1Char('*')) {
            m_hasWildcards = true;
            if (!m_tokens.empty() && m_tokens.back().kind == Token::Kind::AnyRun)
                continue;
            token.kind = Token::Kind::AnyRun;
        } else if (c == QLatin1Char('?')) {
            m_hasWildcards = true;
            token.kind = Token::Kind::AnyOne;
        } else if (c == QLatin1Char('[')) {
            // Find the closing bracket the way fnmatch does: a ']' right after '[' or '[!' is
            // part of the set, and without a closing bracket the '[' is an ordinary character.
            qsizetype j = i;
            if (j < n && pattern.at(j) == QLatin1Char('!'))
                ++j;
            if (j < n && pattern.at(j) == QLatin1Char(']'))
                ++j;
            while (j < n && pattern.at(j) != QLatin1Char(']'))
                ++j;
            if (j >= n) {
                token.literal = c;
            } else {
                m_hasWildcards = true;
                token.kind = Token::Kind::Set;
                qsizetype k = i;
                if (pattern.at(k) == QLatin1Char('!')) {
                    token.negated = true;
                    ++k;
                }
                while (k < j) {
                    const QChar low = pattern.at(k);
                    if (k + 2 < j && pattern.at(k + 1) == QLatin1Char('-')) {
                        const QChar high = pattern.at(k + 2);
                        // A reversed range such as z-a matches nothing, as in fnmatch.
                        if (low <= high)
                            token.ranges.emplace_back(low, high);
                        k += 3;
                    } else {
                        token.ranges.emplace_back(low, low);
                        ++k;
                    }
                }
                i = j + 1;
            }
        } else {
            token.literal = c;
        }
        m_tokens.push_back(std::move(token));
    }
}

bool SelectorPattern::matches(QStringView text) const
{
    // Every token but `*` consumes exactly one character, so remembering only the last `*`
    // and retrying it one character further on is enough (no exponential backtracking).
    size_t t = 0;
    qsizetype s = 0;
    size_t starToken = SIZE_MAX;
    qsizetype starText = 0;
    while (s < text.size()) {
        if (t < m_tokens.size() && m_tokens[t].kind == Token::Kind::AnyRun) {
            starToken = t++;
            starText = s;
        } else if (t < m_tokens.size() && m_tokens[t].matchesOne(text.at(s))) {
            ++t;
            ++s;
        } else if (starToken != SIZE_MAX) {
            t = starToken + 1;
            s = ++starText;
        } else {
            return false;
        }
    }
    while (t < m_tokens.size() && m_tokens[t].kind == Token::Kind::AnyRun)
        ++t;
    return t == m_tokens.size();
}

bool SelectorPattern::containsWildcard(QStringView text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[')
            || c == QLatin1Char(']'))
            return true;
    }
    return false;
}

QString SelectorPathPattern::normalized(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

SelectorPathPattern::SelectorPathPattern(const QString &pattern)
{
    for (const QString &part : normalized(pattern).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        Component component;
        if (part == QLatin1String("**"))
            component.anyFolders = true;
        else
            component.pattern = SelectorPattern(part);
        m_components.push_back(std::move(component));
    }
}

bool SelectorPathPattern::matches(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return matchFrom(0, parts, 0, parts.size());
}

bool SelectorPathPattern::matches(const QStringList &parts, qsizetype count) const
{
    return matchFrom(0, parts, 0, std::min(count, parts.size()));
}

bool SelectorPathPattern::matchFrom(size_t component, const QStringList &parts, qsizetype part,
                                    qsizetype count) const
{
    if (component == m_components.size())
        return part == count;
    const Component &current = m_components[component];
    if (current.anyFolders) {
        for (qsizetype skip = part; skip <= count; ++skip) {
            if (matchFrom(component + 1, parts, skip, count))
                return true;
        }
        return false;
    }
    return part < count && current.pattern.matches(parts.at(part))
        && matchFrom(component + 1, parts, part + 1, count);
}

} // namespace Trellis::Core
