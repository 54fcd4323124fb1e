#include "selectorparser.h"

#include "core/util/textdistance.h"

#include <algorithm>
#include <limits>

namespace Trellis::Core {

namespace {

constexpr std::pair<SelectorMethodKind, const char *> kMethodNames[] = {
    {SelectorMethodKind::Fqn, "fqn"},
    {SelectorMethodKind::Tag, "tag"},
    {SelectorMethodKind::Group, "group"},
    {SelectorMethodKind::Access, "access"},
    {SelectorMethodKind::Source, "source"},
    {SelectorMethodKind::Path, "path"},
    {SelectorMethodKind::File, "file"},
    {SelectorMethodKind::Package, "package"},
    {SelectorMethodKind::Config, "config"},
    {SelectorMethodKind::TestName, "test_name"},
    {SelectorMethodKind::TestType, "test_type"},
    {SelectorMethodKind::ResourceType, "resource_type"},
    {SelectorMethodKind::State, "state"},
    {SelectorMethodKind::Exposure, "exposure"},
    {SelectorMethodKind::Metric, "metric"},
    {SelectorMethodKind::Result, "result"},
    {SelectorMethodKind::SourceStatus, "source_status"},
    {SelectorMethodKind::Version, "version"},
    {SelectorMethodKind::SemanticModel, "semantic_model"},
    {SelectorMethodKind::SavedQuery, "saved_query"},
    {SelectorMethodKind::UnitTest, "unit_test"},
};

// Words people reach for that are not dbt methods, and the method that does the job.
constexpr std::pair<const char *, const char *> kMethodAliases[] = {
    {"project", "package"}, {"type", "resource_type"}, {"model", "fqn"},
    {"name", "fqn"},        {"folder", "path"},        {"dir", "path"},
    {"directory", "path"},  {"tags", "tag"},           {"test", "test_name"},
};

// dbt's NodeType values: resource_type accepts exactly these.
const QStringList &dbtResourceTypes()
{
    static const QStringList names{
        QStringLiteral("model"),       QStringLiteral("analysis"),
        QStringLiteral("test"),        QStringLiteral("snapshot"),
        QStringLiteral("operation"),   QStringLiteral("seed"),
        QStringLiteral("rpc"),         QStringLiteral("sql_operation"),
        QStringLiteral("doc"),         QStringLiteral("source"),
        QStringLiteral("macro"),       QStringLiteral("exposure"),
        QStringLiteral("metric"),      QStringLiteral("group"),
        QStringLiteral("saved_query"), QStringLiteral("semantic_model"),
        QStringLiteral("unit_test"),   QStringLiteral("fixture"),
    };
    return names;
}

Error errorAt(int column, const QString &message)
{
    return Error{QString(), 1, column, message};
}

bool isMethodCharacter(QChar c)
{
    // Python's \w plus '.', as in dbt's selector pattern.
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

// Graph operator depths are ASCII digits; other Unicode digits would not convert.
bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A graph operator depth: digits only, as dbt's pattern has them. nullopt for an empty text
// ("+" without a number); an error for a number too big to be a depth.
Result<std::optional<int>> depthFrom(const QString &digits, int column)
{
    if (digits.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const qlonglong depth = digits.toLongLong(&ok);
    if (!ok || depth > std::numeric_limits<int>::max())
        return fail(errorAt(column, SelectorParser::tr("depth %1 is too large").arg(digits)));
    return std::optional<int>(int(depth));
}

Error badDepth(const QString &depth, int column)
{
    return errorAt(column,
                   SelectorParser::tr("bad depth '%1' for the '+' operator: a depth is a whole "
                                      "number of generations, as in 2+my_model or my_model+3")
                       .arg(depth));
}

// "-12" at `from`: the length of the minus sign and digits, or 0.
qsizetype negativeNumberAt(const QString &text, qsizetype from)
{
    if (from >= text.size() || text.at(from) != QLatin1Char('-'))
        return 0;
    qsizetype end = from + 1;
    while (end < text.size() && isDigit(text.at(end)))
        ++end;
    return end - from > 1 ? end - from : 0;
}

} // namespace

QString SelectorParser::methodName(SelectorMethodKind method)
{
    for (const auto &[kind, name] : kMethodNames) {
        if (kind == method)
            return QLatin1String(name);
    }
    return {};
}

std::optional<SelectorMethodKind> SelectorParser::methodFromName(const QString &name)
{
    for (const auto &[kind, candidate] : kMethodNames) {
        if (name == QLatin1String(candidate))
            return kind;
    }
    return std::nullopt;
}

QString SelectorParser::suggestMethod(const QString &unknown)
{
    const QString lower = unknown.toLower();
    if (lower != unknown && methodFromName(lower))
        return lower;
    for (const auto &[alias, method] : kMethodAliases) {
        if (lower == QLatin1String(alias))
            return QLatin1String(method);
    }
    QStringList names;
    for (const auto &[kind, name] : kMethodNames)
        names.append(QLatin1String(name));
    // Farther than two edits is a guess, not a typo.
    const QString best = TextDistance::closest(lower, names, 2);
    if (best.isEmpty() && lower.size() >= 3) {
        for (const auto &[kind, name] : kMethodNames) {
            if (QLatin1String(name).startsWith(lower))
                return QLatin1String(name);
        }
    }
    return best;
}

Result<SelectionExpression> SelectorParser::parse(const QString &expression)
{
    SelectionExpression parsed;
    parsed.text = expression;
    qsizetype i = 0;
    const qsizetype n = expression.size();
    while (i < n) {
        if (expression.at(i).isSpace()) {
            ++i;
            continue;
        }
        // One space-separated word: selectors joined by commas.
        qsizetype end = i;
        while (end < n && !expression.at(end).isSpace())
            ++end;
        std::vector<SelectionCriterion> intersection;
        qsizetype start = i;
        while (start <= end) {
            qsizetype comma = expression.indexOf(QLatin1Char(','), start);
            if (comma < 0 || comma > end)
                comma = end;
            if (comma == start) {
                const int column = int(start) + 1;
                if (start == i && comma < end)
                    return fail(errorAt(column,
                                        tr("',' with nothing before it: each side of a comma "
                                           "needs a selector")));
                if (comma == end && start > i)
                    return fail(errorAt(column - 1,
                                        tr("dangling ',': each side of a comma needs a "
                                           "selector")));
                return fail(errorAt(column, tr("empty selector between two commas")));
            }
            Result<SelectionCriterion> criterion
                = parseCriterion(expression.mid(start, comma - start), int(start) + 1);
            if (!criterion)
                return fail(criterion.error());
            intersection.push_back(std::move(*criterion));
            start = comma + 1;
        }
        parsed.alternatives.push_back(std::move(intersection));
        i = end;
    }
    if (parsed.alternatives.empty())
        return fail(errorAt(1,
                            tr("empty selector: name a node (my_model), a method and value "
                               "(tag:nightly), with graph operators if needed (+my_model)")));
    return parsed;
}

Result<SelectionCriterion> SelectorParser::parseCriterion(const QString &text, int column)
{
    SelectionCriterion criterion;
    criterion.raw = text;
    criterion.column = column;
    const qsizetype n = text.size();
    qsizetype pos = 0;

    if (text.at(pos) == QLatin1Char('@')) {
        criterion.childrensParents = true;
        ++pos;
    }

    // Leading "+" or "<digits>+"; digits without a '+' belong to the name ("2024_orders").
    qsizetype digitsEnd = pos;
    while (digitsEnd < n && isDigit(text.at(digitsEnd)))
        ++digitsEnd;
    if (digitsEnd < n && text.at(digitsEnd) == QLatin1Char('+')) {
        Result<std::optional<int>> depth
            = depthFrom(text.mid(pos, digitsEnd - pos), column + int(pos));
        if (!depth)
            return fail(depth.error());
        criterion.parents = true;
        criterion.parentsDepth = *depth;
        pos = digitsEnd + 1;
        if (const qsizetype length = negativeNumberAt(text, pos))
            return fail(badDepth(text.mid(pos, length), column + int(pos)));
    } else if (const qsizetype length = negativeNumberAt(text, pos);
               length > 0 && pos + length < n && text.at(pos + length) == QLatin1Char('+')) {
        return fail(badDepth(text.mid(pos, length), column + int(pos)));
    }

    // Trailing "+" or "+<digits>".
    qsizetype valueEnd = n;
    qsizetype trailingDigits = n;
    while (trailingDigits > pos && isDigit(text.at(trailingDigits - 1)))
        --trailingDigits;
    if (trailingDigits > pos && text.at(trailingDigits - 1) == QLatin1Char('+')) {
        Result<std::optional<int>> depth
            = depthFrom(text.mid(trailingDigits, n - trailingDigits), column + int(trailingDigits));
        if (!depth)
            return fail(depth.error());
        criterion.children = true;
        criterion.childrenDepth = *depth;
        valueEnd = trailingDigits - 1;
    } else if (trailingDigits < n && trailingDigits - 1 > pos
               && text.at(trailingDigits - 1) == QLatin1Char('-')
               && text.at(trailingDigits - 2) == QLatin1Char('+')) {
        return fail(badDepth(text.mid(trailingDigits - 1), column + int(trailingDigits) - 1));
    }

    // "method:" or "method.arg.arg:" right after the operators.
    qsizetype methodEnd = pos;
    while (methodEnd < valueEnd && isMethodCharacter(text.at(methodEnd)))
        ++methodEnd;
    QString method;
    qsizetype valueStart = pos;
    if (methodEnd > pos && methodEnd < valueEnd && text.at(methodEnd) == QLatin1Char(':')) {
        method = text.mid(pos, methodEnd - pos);
        valueStart = methodEnd + 1;
    }
    criterion.value = text.mid(valueStart, valueEnd - valueStart);
    criterion.valueColumn = column + int(valueStart);

    if (criterion.value.startsWith(QLatin1Char('@')))
        return fail(errorAt(criterion.valueColumn, tr("'@' must come first, as in @my_model")));
    if (const qsizetype plus = criterion.value.indexOf(QLatin1Char('+')); plus >= 0)
        return fail(errorAt(criterion.valueColumn + int(plus),
                            tr("'+' inside '%1': graph operators go at the start (+my_model, "
                               "2+my_model) or at the end (my_model+, my_model+1)")
                                .arg(text)));
    if (criterion.childrensParents && criterion.children)
        return fail(errorAt(column + int(valueEnd),
                            tr("'@' cannot be combined with a trailing '+': @my_model already "
                               "selects every descendant and all their ancestors")));

    if (method.isEmpty()) {
        if (criterion.value.isEmpty())
            return fail(errorAt(column, tr("graph operator without a selector to apply it to")));
        // dbt's default method, chosen from the value's shape.
        criterion.methodImplied = true;
        if (criterion.value.contains(QLatin1Char('/')))
            criterion.method = SelectorMethodKind::Path;
        else if (criterion.value.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive)
                 || criterion.value.endsWith(QLatin1String(".py"), Qt::CaseInsensitive)
                 || criterion.value.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            criterion.method = SelectorMethodKind::File;
        else
            criterion.method = SelectorMethodKind::Fqn;
    } else {
        Result<void> parsed = parseMethod(criterion, method, column + int(pos));
        if (!parsed)
            return fail(parsed.error());
        if (criterion.value.isEmpty())
            return fail(errorAt(criterion.valueColumn,
                                tr("'%1:' needs a value after the colon").arg(method)));
    }

    Result<void> checked = checkValue(criterion);
    if (!checked)
        return fail(checked.error());
    return criterion;
}

Result<void> SelectorParser::parseMethod(SelectionCriterion &criterion, const QString &method,
                                         int column)
{
    const QStringList parts = method.split(QLatin1Char('.'));
    const std::optional<SelectorMethodKind> kind = methodFromName(parts.first());
    if (!kind) {
        const QString suggestion = suggestMethod(parts.first());
        const QString message = suggestion.isEmpty()
            ? tr("unknown selector method '%1'").arg(parts.first())
            : tr("unknown selector method '%1' (did you mean '%2'?)")
                  .arg(parts.first(), suggestion);
        return fail(errorAt(column, message));
    }
    criterion.method = *kind;
    criterion.methodArguments = parts.mid(1);

    int argumentColumn = column + int(parts.first().size()) + 1;
    for (const QString &argument : criterion.methodArguments) {
        if (argument.isEmpty())
            return fail(errorAt(argumentColumn - 1, tr("empty key in '%1'").arg(method)));
        argumentColumn += int(argument.size()) + 1;
    }
    if (*kind == SelectorMethodKind::Config && criterion.methodArguments.isEmpty())
        return fail(errorAt(column, tr("config needs a key, as in config.materialized:table")));
    if (*kind != SelectorMethodKind::Config && !criterion.methodArguments.isEmpty())
        return fail(
            errorAt(column + int(parts.first().size()),
                    tr("method '%1' takes no '.%2' (only config.<key> does)")
                        .arg(parts.first(), criterion.methodArguments.join(QLatin1Char('.')))));
    return {};
}

Result<void> SelectorParser::checkValue(const SelectionCriterion &criterion)
{
    const QString &value = criterion.value;
    const int column = criterion.valueColumn;
    const qsizetype parts = value.count(QLatin1Char('.')) + 1;
    switch (criterion.method) {
    case SelectorMethodKind::State:
        return fail(
            errorAt(criterion.column, tr("state: needs --state (baseline), not supported yet")));
    case SelectorMethodKind::Result:
        return fail(errorAt(criterion.column,
                            tr("result: needs --state (the run_results.json of an earlier run), "
                               "not supported yet")));
    case SelectorMethodKind::SourceStatus:
        return fail(errorAt(criterion.column,
                            tr("source_status: needs --state (the sources.json of an earlier "
                               "freshness check), not supported yet")));
    case SelectorMethodKind::Source:
        if (parts > 3)
            return fail(errorAt(column,
                                tr("invalid source selector '%1': use source_name, "
                                   "source_name.table_name or "
                                   "package_name.source_name.table_name")
                                    .arg(value)));
        break;
    case SelectorMethodKind::Exposure:
    case SelectorMethodKind::Metric:
    case SelectorMethodKind::SemanticModel:
    case SelectorMethodKind::SavedQuery:
    case SelectorMethodKind::UnitTest:
        if (parts > 2)
            return fail(errorAt(column,
                                tr("invalid %1 selector '%2': use name or package_name.name")
                                    .arg(methodName(criterion.method), value)));
        break;
    case SelectorMethodKind::ResourceType:
        if (!dbtResourceTypes().contains(value))
            return fail(errorAt(column,
                                tr("unknown resource type '%1' (expected one of: %2)")
                                    .arg(value, dbtResourceTypes().join(QLatin1String(", ")))));
        break;
    case SelectorMethodKind::TestType: {
        static const QStringList kinds{QStringLiteral("generic"), QStringLiteral("singular"),
                                       QStringLiteral("unit"), QStringLiteral("data"),
                                       QStringLiteral("schema")};
        if (!kinds.contains(value))
            return fail(errorAt(column,
                                tr("unknown test type '%1' (expected generic, singular, "
                                   "unit, or the older data and schema)")
                                    .arg(value)));
        break;
    }
    case SelectorMethodKind::Version: {
        static const QStringList kinds{QStringLiteral("latest"), QStringLiteral("prerelease"),
                                       QStringLiteral("old"), QStringLiteral("none")};
        if (!kinds.contains(value))
            return fail(errorAt(column,
                                tr("unknown version selector '%1' (expected latest, "
                                   "prerelease, old or none)")
                                    .arg(value)));
        break;
    }
    case SelectorMethodKind::Access: {
        // dbt compares without complaint and selects nothing; a typo deserves better.
        static const QStringList levels{QStringLiteral("public"), QStringLiteral("protected"),
                                        QStringLiteral("private")};
        if (!levels.contains(value))
            return fail(errorAt(column,
                                tr("unknown access level '%1' (expected public, protected "
                                   "or private)")
                                    .arg(value)));
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace Trellis::Core
