#include "dialectrewriter.h"

#include "datetimevalue.h"
#include "sqlscanner.h"
#include "sqltypemap.h"

#include <QHash>

#include <algorithm>

namespace Trellis::Core {

namespace {

using Kind = SqlToken::Kind;

// One change to the original text: replace [position, position + removed) with text.
struct Edit
{
    qsizetype position;
    qsizetype removed;
    QString text;
    int sequence; // the order edits were made in: later casts wrap earlier ones
};

// Words that can stand before "(" without being a function name.
bool isKeywordBeforeParen(QStringView word)
{
    static const char *const kKeywords[]
        = { "and",       "or",        "not",       "in",     "exists", "select",   "from",
            "where",     "on",        "when",      "then",   "else",   "case",     "as",
            "by",        "values",    "using",     "is",     "like",   "glob",     "between",
            "join",      "union",     "all",       "any",    "some",   "distinct", "having",
            "limit",     "offset",    "set",       "into",   "table",  "with",     "return",
            "returning", "intersect", "except",    "escape", "match",  "regexp",   "do",
            "if",        "window",    "partition", "order",  "group",  "filter",   "over" };
    for (const char *keyword : kKeywords) {
        if (word.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isTypeContinuation(QStringView word)
{
    static const char *const kWords[]
        = { "precision", "varying", "with", "without", "time", "zone", "unsigned", "local" };
    for (const char *w : kWords) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

class Rewriter
{
public:
    explicit Rewriter(const QString &sql)
        : m_sql(sql)
        , m_tokens(SqlScanner::scan(sql))
    { }

    RewrittenSql run()
    {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const SqlToken &token = m_tokens[i];
            if (token.kind == Kind::DoubleColon)
                rewriteDoubleColon(i);
            else if (token.kind == Kind::Word)
                rewriteWord(i);
        }
        return apply();
    }

private:
    QStringView text(qsizetype index) const
    {
        const SqlToken &token = m_tokens[index];
        return QStringView(m_sql).mid(token.start, token.length);
    }
    bool isWord(qsizetype index, const char *word) const
    {
        return index >= 0 && index < m_tokens.size() && m_tokens[index].kind == Kind::Word
            && text(index).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isPunct(qsizetype index, char16_t c) const
    {
        return index >= 0 && index < m_tokens.size() && m_tokens[index].kind == Kind::Punctuation
            && m_sql[m_tokens[index].start] == QChar(c);
    }
    qsizetype previous(qsizetype index) const
    {
        for (--index; index >= 0; --index) {
            if (!m_tokens[index].isTrivia())
                return index;
        }
        return -1;
    }
    qsizetype next(qsizetype index) const
    {
        for (++index; index < m_tokens.size(); ++index) {
            if (!m_tokens[index].isTrivia())
                return index;
        }
        return -1;
    }
    // The "(" matching the ")" at close, or -1.
    qsizetype openingOf(qsizetype close) const
    {
        int depth = 0;
        for (qsizetype i = close; i >= 0; --i) {
            if (isPunct(i, u')'))
                ++depth;
            else if (isPunct(i, u'(') && --depth == 0)
                return i;
        }
        return -1;
    }
    // The ")" matching the "(" at open, or -1.
    qsizetype closingOf(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype i = open; i < m_tokens.size(); ++i) {
            if (isPunct(i, u'('))
                ++depth;
            else if (isPunct(i, u')') && --depth == 0)
                return i;
        }
        return -1;
    }
    // The CASE that the END at index closes, or -1.
    qsizetype caseOf(qsizetype end) const
    {
        int depth = 0;
        for (qsizetype i = end; i >= 0; --i) {
            if (isWord(i, "end"))
                ++depth;
            else if (isWord(i, "case") && --depth == 0)
                return i;
        }
        return -1;
    }

    // The first token of the expression that ends at token last, or -1 if it is not one this
    // rewriter understands.
    qsizetype operandStart(qsizetype last) const
    {
        if (auto it = m_castStarts.find(last); it != m_castStarts.end())
            return *it;
        const SqlToken &token = m_tokens[last];
        switch (token.kind) {
        case Kind::String:
        case Kind::Number:
        case Kind::Parameter:
            return last;
        case Kind::Word:
            if (isWord(last, "end"))
                return caseOf(last);
            if (isKeywordBeforeParen(text(last)))
                return -1;
            [[fallthrough]];
        case Kind::QuotedIdentifier: {
            qsizetype start = last;
            // schema.table.column
            for (qsizetype dot = previous(start); isPunct(dot, u'.');) {
                const qsizetype before = previous(dot);
                if (before < 0
                    || (m_tokens[before].kind != Kind::Word
                        && m_tokens[before].kind != Kind::QuotedIdentifier))
                    break;
                start = before;
                dot = previous(start);
            }
            return start;
        }
        case Kind::Punctuation:
            if (isPunct(last, u')'))
                return callStart(openingOf(last));
            return -1;
        default:
            return -1;
        }
    }

    // Extends a parenthesis to the function call it belongs to, including "f(x) over (…)" and
    // "f(x) filter (…)".
    qsizetype callStart(qsizetype open) const
    {
        if (open < 0)
            return -1;
        const qsizetype name = previous(open);
        if (name < 0 || m_tokens[name].kind == Kind::QuotedIdentifier)
            return name >= 0 ? operandStart(name) : open;
        if (m_tokens[name].kind != Kind::Word)
            return open;
        if (isWord(name, "over") || isWord(name, "filter")) {
            const qsizetype close = previous(name);
            if (isPunct(close, u')'))
                return callStart(openingOf(close));
            return open;
        }
        if (isKeywordBeforeParen(text(name)))
            return open;
        return operandStart(name);
    }

    void edit(qsizetype position, qsizetype removed, QString replacement)
    {
        m_edits.append(Edit { position, removed, std::move(replacement), int(m_edits.size()) });
    }

    void rewriteDoubleColon(qsizetype colon)
    {
        const qsizetype last = previous(colon);
        if (last < 0)
            return;
        const qsizetype start = operandStart(last);
        const qsizetype typeFirst = next(colon);
        if (start < 0 || typeFirst < 0 || m_tokens[typeFirst].kind != Kind::Word)
            return;
        const qsizetype typeLast = typeEnd(typeFirst);
        const QString typeName = m_sql.mid(m_tokens[typeFirst].start,
                                           m_tokens[typeLast].end() - m_tokens[typeFirst].start);
        const SqlTypeMap::Cast cast = SqlTypeMap::castFor(typeName);
        const qsizetype from = m_tokens[colon].start;
        const qsizetype removed = m_tokens[typeLast].end() - from;
        if (cast.function.isEmpty()) {
            edit(m_tokens[start].start, 0, QStringLiteral("CAST("));
            edit(from, removed, QStringLiteral(" AS ") + cast.castType + QLatin1Char(')'));
        } else {
            edit(m_tokens[start].start, 0, cast.function + QLatin1Char('('));
            edit(from, removed, QStringLiteral(")"));
        }
        m_castStarts.insert(typeLast, start);
    }

    // The last token of a type name starting at first: words, then "(…)", then words again
    // (timestamp(3) with time zone).
    qsizetype typeEnd(qsizetype first) const
    {
        qsizetype last = first;
        for (qsizetype k = next(last);
             k >= 0 && m_tokens[k].kind == Kind::Word && isTypeContinuation(text(k));
             k = next(last))
            last = k;
        if (const qsizetype open = next(last); isPunct(open, u'(')) {
            const qsizetype close = closingOf(open);
            if (close < 0)
                return last;
            last = close;
            for (qsizetype k = next(last);
                 k >= 0 && m_tokens[k].kind == Kind::Word && isTypeContinuation(text(k));
                 k = next(last))
                last = k;
        }
        return last;
    }

    void rewriteWord(qsizetype index)
    {
        const qsizetype open = next(index);
        if (!isPunct(open, u'('))
            return;
        // A dotted name (t.left) or a column called "left" before "(" is no call to rewrite.
        if (isPunct(previous(index), u'.'))
            return;
        const QStringView word = text(index);
        if (word.compare(QLatin1String("left"), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String("right"), Qt::CaseInsensitive) == 0) {
            edit(m_tokens[index].start, m_tokens[index].length,
                 QLatin1Char('"') + word.toString() + QLatin1Char('"'));
        } else if (isWord(index, "cast")) {
            rewriteCast(open);
        } else if (isWord(index, "datediff") || isWord(index, "dateadd")
                   || isWord(index, "date_trunc") || isWord(index, "timestampdiff")
                   || isWord(index, "timestampadd") || isWord(index, "date_part")) {
            quoteDatePart(open);
        } else if (isWord(index, "extract")) {
            rewriteExtract(index, open);
        } else if (isWord(index, "position")) {
            rewritePosition(open);
        }
    }

    // datediff(day, …) → datediff('day', …)
    void quoteDatePart(qsizetype open)
    {
        const qsizetype part = next(open);
        if (part < 0 || m_tokens[part].kind != Kind::Word || !isPunct(next(part), u','))
            return;
        const QByteArray name = text(part).toLatin1();
        if (!DateTimeValue::parsePart(std::string_view(name.constData(), size_t(name.size())))
            && !isDayPartName(text(part)))
            return;
        edit(m_tokens[part].start, m_tokens[part].length,
             QLatin1Char('\'') + text(part).toString() + QLatin1Char('\''));
    }

    static bool isDayPartName(QStringView word)
    {
        for (const char *name :
             { "dayofweek", "dow", "dayofweekiso", "isodow", "dayofyear", "doy" }) {
            if (word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    // extract(year from x) → date_part('year', x)
    void rewriteExtract(qsizetype name, qsizetype open)
    {
        const qsizetype part = next(open);
        const qsizetype from = next(part);
        if (part < 0 || m_tokens[part].kind != Kind::Word || !isWord(from, "from"))
            return;
        edit(m_tokens[name].start, m_tokens[from].end() - m_tokens[name].start,
             QStringLiteral("date_part('") + text(part).toString() + QStringLiteral("',"));
    }

    // position(a in b) → position(a, b), for the IN at the call's own level.
    void rewritePosition(qsizetype open)
    {
        const qsizetype close = closingOf(open);
        int depth = 0;
        for (qsizetype i = open + 1; i < close; ++i) {
            if (isPunct(i, u'('))
                ++depth;
            else if (isPunct(i, u')'))
                --depth;
            else if (depth == 0 && isWord(i, "in"))
                return edit(m_tokens[i].start, m_tokens[i].length, QStringLiteral(","));
        }
    }

    // CAST(x AS date) → to_date(x); CAST(x AS string) → CAST(x AS TEXT).
    void rewriteCast(qsizetype open)
    {
        const qsizetype close = closingOf(open);
        if (close < 0)
            return;
        qsizetype as = -1;
        int depth = 0;
        for (qsizetype i = open + 1; i < close; ++i) {
            if (isPunct(i, u'('))
                ++depth;
            else if (isPunct(i, u')'))
                --depth;
            else if (depth == 0 && isWord(i, "as"))
                as = i;
        }
        const qsizetype typeFirst = as >= 0 ? next(as) : -1;
        const qsizetype typeLast = previous(close);
        if (typeFirst < 0 || typeFirst > typeLast || m_tokens[typeFirst].kind != Kind::Word)
            return;
        const qsizetype typeStart = m_tokens[typeFirst].start;
        const QString typeName = m_sql.mid(typeStart, m_tokens[typeLast].end() - typeStart);
        const SqlTypeMap::Cast cast = SqlTypeMap::castFor(typeName);
        if (!cast.function.isEmpty()) {
            const qsizetype castWord = previous(open);
            edit(m_tokens[castWord].start, m_tokens[open].end() - m_tokens[castWord].start,
                 cast.function + QLatin1Char('('));
            // From the end of the expression, so the blank before AS goes too.
            const qsizetype from = m_tokens[previous(as)].end();
            edit(from, m_tokens[typeLast].end() - from, QString());
        } else if (cast.castType != typeName) {
            edit(typeStart, typeName.size(), cast.castType);
        }
    }

    RewrittenSql apply()
    {
        // Insertions before replacements at the same place; among insertions, later (outer)
        // casts first.
        std::stable_sort(m_edits.begin(), m_edits.end(), [](const Edit &a, const Edit &b) {
            if (a.position != b.position)
                return a.position < b.position;
            if ((a.removed == 0) != (b.removed == 0))
                return a.removed == 0;
            return a.removed == 0 ? a.sequence > b.sequence : a.sequence < b.sequence;
        });
        RewrittenSql result;
        qsizetype copiedUpTo = 0;
        auto copy = [&](qsizetype until) {
            if (until <= copiedUpTo)
                return;
            result.segments.append({ result.sql.size(), copiedUpTo, until - copiedUpTo, true });
            result.sql += QStringView(m_sql).mid(copiedUpTo, until - copiedUpTo);
            copiedUpTo = until;
        };
        for (const Edit &e : std::as_const(m_edits)) {
            if (e.position < copiedUpTo)
                continue; // overlaps an edit already made: keep the first
            copy(e.position);
            if (!e.text.isEmpty())
                result.segments.append({ result.sql.size(), e.position, e.text.size(), false });
            result.sql += e.text;
            copiedUpTo = e.position + e.removed;
        }
        copy(m_sql.size());
        return result;
    }

    const QString &m_sql;
    QList<SqlToken> m_tokens;
    QList<Edit> m_edits;
    QHash<qsizetype, qsizetype> m_castStarts; // last token of a cast's type → its operand start
};

} // namespace

qsizetype RewrittenSql::originalIndex(qsizetype rewrittenIndex) const
{
    qsizetype mapped = rewrittenIndex;
    for (const Segment &segment : segments) {
        if (rewrittenIndex < segment.rewrittenStart)
            break;
        if (rewrittenIndex < segment.rewrittenStart + segment.length || segment.copied) {
            mapped = segment.copied
                ? segment.originalStart + (rewrittenIndex - segment.rewrittenStart)
                : segment.originalStart;
        }
    }
    return mapped;
}

RewrittenSql DialectRewriter::rewrite(const QString &sql)
{
    return Rewriter(sql).run();
}

} // namespace Trellis::Core
