#include "hardcodedreferencerule.h"

#include "core/rules/rulecodes.h"

#include <QRegularExpression>

namespace Trellis::Core {

namespace {

// The text with SQL line comments (`--`, which the evaluator strips too), block comments, Jinja
// comments and Jinja statements replaced by spaces, keeping every newline so that offsets still
// give lines and columns.
QString withoutCommentsAndStatements(const QString &sql)
{
    QString text = sql;
    QChar *chars = text.data(); // one copy up front, not a check for sharing per blanked QChar
    const auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to && i < text.size(); ++i) {
            if (chars[i] != QLatin1Char('\n'))
                chars[i] = QLatin1Char(' ');
        }
    };
    const auto blankUntil = [&](qsizetype start, QLatin1String end) {
        const qsizetype close = text.indexOf(end, start + 2);
        const qsizetype stop = close < 0 ? text.size() : close + end.size();
        blank(start, stop);
        return stop;
    };
    for (qsizetype i = 0; i + 1 < text.size();) {
        const QChar c = chars[i];
        const QChar next = chars[i + 1];
        if (c == QLatin1Char('-') && next == QLatin1Char('-'))
            i = blankUntil(i, QLatin1String("\n")) - 1; // keep the newline itself
        else if (c == QLatin1Char('/') && next == QLatin1Char('*'))
            i = blankUntil(i, QLatin1String("*/"));
        else if (c == QLatin1Char('{') && next == QLatin1Char('#'))
            i = blankUntil(i, QLatin1String("#}"));
        else if (c == QLatin1Char('{') && next == QLatin1Char('%'))
            i = blankUntil(i, QLatin1String("%}"));
        else
            ++i;
    }
    return text;
}

// The evaluator's five patterns in one: from/join (not after "distinct ", as in `is distinct
// from`) then {{ var('…') }} or {{ var('…', '…') }}, a two- or three-part name whose parts may be
// quoted, or a single quoted name; names end at whitespace or the end of the text.
const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?<!distinct\s)\b(?:from|join)\s+()"
            R"(\{\{\s*var\s*\(\s*['"]?[^)'"]+['"]?\s*)"
            R"((?:,\s*['"]?[^)'"]+['"]?\s*)?\)\s*\}\})"
            R"(|[\[`"']?\w+-?\w*[\]`"']?(?:\.[\[`"']?\w+-?\w*[\]`"']?){1,2}(?=\s|$))"
            R"(|[\[`"']\w+-?\w+[\]`"'](?=\s|$)))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// What the pattern calls \s and \w (ASCII only, as QRegularExpression leaves out Unicode
// properties).
bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c.unicode() >= 9 && c.unicode() <= 13);
}

bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_';
}

// Whether `text` starts with `keyword` (lower case) written in any case.
bool startsWithKeyword(const QChar *text, const QChar *end, QLatin1String keyword)
{
    if (end - text < keyword.size())
        return false;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        if ((text[i].unicode() | 0x20) != char16_t(keyword.at(i).unicode()))
            return false;
    }
    return true;
}

const QChar *skipSpaces(const QChar *text, const QChar *end)
{
    while (text != end && isSpace(*text))
        ++text;
    return text;
}

// Whether the pattern can take the text after a from or join and its whitespace: {{ var( … ,
// a quoted name, or a bare name with a dot before the whitespace that ends it. The rest (a CTE
// read by its bare name, `{{ ref(…) }}`) is most of a model's from and join.
bool canStartName(const QChar *name, const QChar *end)
{
    const QChar first = *name;
    if (first == QLatin1Char('{')) {
        if (end - name < 2 || name[1] != QLatin1Char('{'))
            return false;
        const QChar *var = skipSpaces(name + 2, end);
        if (!startsWithKeyword(var, end, QLatin1String("var")))
            return false;
        const QChar *parenthesis = skipSpaces(var + 3, end);
        return parenthesis != end && *parenthesis == QLatin1Char('(');
    }
    if (first == QLatin1Char('[') || first == QLatin1Char('`') || first == QLatin1Char('"')
        || first == QLatin1Char('\''))
        return true;
    for (const QChar *at = name; at != end && !isSpace(*at); ++at) {
        if (*at == QLatin1Char('.'))
            return true;
    }
    return false;
}

// Where the pattern can start a match at or after `from`: a from or join that starts a word and
// is followed by whitespace and a name the pattern can take (canStartName). Checking that here
// passes over most candidates without running the pattern, one run of which costs more than
// this scan of the whole model. Returns -1 when there is none.
qsizetype nextCandidate(const QString &sql, qsizetype from)
{
    const QChar *text = sql.constData();
    const QChar *end = text + sql.size();
    for (const QChar *at = text + from; at + 4 < end; ++at) {
        const char16_t lower = at->unicode() | 0x20;
        if ((lower != u'f' && lower != u'j') || (at != text && isWordCharacter(at[-1]))
            || !(startsWithKeyword(at, end, QLatin1String("from"))
                 || startsWithKeyword(at, end, QLatin1String("join")))
            || !isSpace(at[4]))
            continue;
        const QChar *name = skipSpaces(at + 4, end);
        if (name != end && canStartName(name, end))
            return at - text;
    }
    return -1;
}

} // namespace

QStringList HardCodedReferenceRule::codes() const
{
    return {RuleCode::HardCodedReference};
}

void HardCodedReferenceRule::checkNode(const RuleContext &context, const Node &node,
                                       std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Model || !node.originalFilePath.endsWith(QLatin1String(".sql"))
        || !context.factsOf(node).inWorkspace)
        return;
    const QString sql = withoutCommentsAndStatements(node.rawCode);
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype scanned = 0;
    // The matches a global match would find, left to right, each searched only where one can
    // start (nextCandidate).
    qsizetype candidate = nextCandidate(sql, 0);
    while (candidate >= 0) {
        const QRegularExpressionMatch match
            = referencePattern().match(sql, candidate, QRegularExpression::NormalMatch,
                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            candidate = nextCandidate(sql, candidate + 1);
            continue;
        }
        candidate = nextCandidate(sql, match.capturedEnd(0));
        const qsizetype at = match.capturedStart(1);
        for (; scanned < at; ++scanned) {
            if (sql.at(scanned) == QLatin1Char('\n')) {
                ++line;
                lineStart = scanned + 1;
            }
        }
        const QString reference = match.captured(1);
        Diagnostic d = RuleContext::finding(
            Severity::Warning, RuleCode::HardCodedReference,
            {node.absolutePath, line, int(at - lineStart) + 1}, node,
            tr("Model '%1' reads '%2' by name (dbt-project-evaluator: fct_hard_coded_references); "
               "use ref() for a model or source() for raw data, so dbt knows the dependency.")
                .arg(node.name, reference));
        if (!reference.contains(QLatin1Char('\n'))) {
            d.endLine = line;
            d.endColumn = d.column + int(reference.size());
        }
        findings.push_back(std::move(d));
    }
}

} // namespace Trellis::Core
