#include "sqlscanner.h"

namespace Trellis::Core {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QList<SqlToken> SqlScanner::scan(QStringView sql)
{
    QList<SqlToken> tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) {
        return k < n ? sql[k] : QChar();
    };
    while (i < n) {
        const qsizetype start = i;
        const QChar c = sql[i];
        SqlToken token { SqlToken::Kind::Punctuation, start, 1 };
        if (c.isSpace()) {
            while (i < n && sql[i].isSpace())
                ++i;
            token.kind = SqlToken::Kind::Whitespace;
        } else if (c == u'-' && at(i + 1) == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
            token.kind = SqlToken::Kind::LineComment;
        } else if (c == u'/' && at(i + 1) == u'*') {
            i += 2;
            while (i < n && !(sql[i] == u'*' && at(i + 1) == u'/'))
                ++i;
            token.unterminated = i >= n;
            i = qMin(n, i + 2);
            token.kind = SqlToken::Kind::BlockComment;
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            // The quote doubled stands for itself.
            ++i;
            token.unterminated = true;
            while (i < n) {
                if (sql[i] == c) {
                    if (at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    token.unterminated = false;
                    break;
                }
                ++i;
            }
            token.kind = c == u'\'' ? SqlToken::Kind::String : SqlToken::Kind::QuotedIdentifier;
        } else if (c == u'[') {
            while (i < n && sql[i] != u']')
                ++i;
            token.unterminated = i >= n;
            i = qMin(n, i + 1);
            token.kind = SqlToken::Kind::QuotedIdentifier;
        } else if (isDigit(c) || (c == u'.' && isDigit(at(i + 1)))) {
            if (c == u'0' && (at(i + 1) == u'x' || at(i + 1) == u'X')) {
                i += 2;
                while (
                    i < n
                    && (isDigit(sql[i]) || (sql[i].toLower() >= u'a' && sql[i].toLower() <= u'f')))
                    ++i;
            } else {
                while (i < n && (isDigit(sql[i]) || sql[i] == u'_'))
                    ++i;
                if (at(i) == u'.') {
                    ++i;
                    while (i < n && isDigit(sql[i]))
                        ++i;
                }
                if ((at(i) == u'e' || at(i) == u'E')
                    && (isDigit(at(i + 1))
                        || ((at(i + 1) == u'+' || at(i + 1) == u'-') && isDigit(at(i + 2))))) {
                    i += 2;
                    while (i < n && isDigit(sql[i]))
                        ++i;
                }
            }
            token.kind = SqlToken::Kind::Number;
        } else if (isWordStart(c)) {
            while (i < n && isWordPart(sql[i]))
                ++i;
            token.kind = SqlToken::Kind::Word;
        } else if (c == u':' && at(i + 1) == u':') {
            i += 2;
            token.kind = SqlToken::Kind::DoubleColon;
        } else if (c == u'?') {
            ++i;
            while (i < n && isDigit(sql[i]))
                ++i;
            token.kind = SqlToken::Kind::Parameter;
        } else if ((c == u':' || c == u'@' || c == u'$') && isWordPart(at(i + 1))) {
            ++i;
            while (i < n && isWordPart(sql[i]))
                ++i;
            token.kind = SqlToken::Kind::Parameter;
        } else {
            ++i;
        }
        token.length = i - start;
        tokens.append(token);
    }
    return tokens;
}

} // namespace Trellis::Core
