#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Trellis::Core {

// dbt's selector methods (dbt-core 1.8–1.10), the part before ':' in `tag:nightly`.
enum class SelectorMethodKind {
    Fqn,
    Tag,
    Group,
    Access,
    Source,
    Path,
    File,
    Package,
    Config,
    TestName,
    TestType,
    ResourceType,
    State,
    Exposure,
    Metric,
    Result,
    SourceStatus,
    Version,
    SemanticModel,
    SavedQuery,
    UnitTest,
};

// One selector without set operators, e.g. `2+tag:nightly+`: a method and its value, plus the
// graph operators around it. Depths left unset mean "all the way".
struct SelectionCriterion
{
    QString raw; // as written
    int column = 1; // 1-based position of `raw` in the expression
    int valueColumn = 1; // 1-based position of `value`
    SelectorMethodKind method = SelectorMethodKind::Fqn;
    bool methodImplied = false; // no "method:" written; chosen from the value's shape
    QStringList methodArguments; // config.meta.owner → {"meta", "owner"}
    QString value;
    bool childrensParents = false; // @
    bool parents = false; // leading +
    std::optional<int> parentsDepth;
    bool children = false; // trailing +
    std::optional<int> childrenDepth;
};

// One --select (or --exclude) argument: space-separated selectors are a union, comma-joined
// ones an intersection, so `a b,c` is a ∪ (b ∩ c).
struct SelectionExpression
{
    QString text;
    std::vector<std::vector<SelectionCriterion>> alternatives; // union of intersections
};

// Reads dbt's node selection syntax into a SelectionExpression and rejects what dbt would
// silently select nothing for (unknown methods, misplaced operators, values a method cannot
// take) with an Error whose column points at the culprit (line is always 1). Methods that need
// run state (state:, result:, source_status:) are errors until Trellis has a baseline.
// Stateless; thread-safe.
class SelectorParser
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::SelectorParser)

public:
    static Result<SelectionExpression> parse(const QString &expression);

    static QString methodName(SelectorMethodKind method);
    static std::optional<SelectorMethodKind> methodFromName(const QString &name);

private:
    static Result<SelectionCriterion> parseCriterion(const QString &text, int column);
    static Result<void> parseMethod(SelectionCriterion &criterion, const QString &method,
                                    int column);
    static Result<void> checkValue(const SelectionCriterion &criterion);
    static QString suggestMethod(const QString &unknown);
};

} // namespace Trellis::Core
