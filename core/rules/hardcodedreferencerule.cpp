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
        const QChar c = text.at(i);
        const QChar next = text.at(i + 1);
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
    QRegularExpressionMatchIterator matches = referencePattern().globalMatch(sql);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
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
