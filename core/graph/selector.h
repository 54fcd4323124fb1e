#pragma once

#include "core/graph/manifest.h"
#include "core/graph/selectorgraph.h"
#include "core/graph/selectorparser.h"
#include "core/util/result.h"

#include <QList>

namespace Trellis::Core {

// How tests come along with the nodes they test (dbt's --indirect-selection):
//   Eager      a test any of whose parents is selected (dbt's default);
//   Cautious   a test all of whose parents are selected;
//   Buildable  a test whose parents are selected or are ancestors of selected nodes;
//   Empty      no test unless selected itself.
enum class IndirectSelection { Eager, Cautious, Buildable, Empty };

// One --select (or --exclude) argument in dbt's node selection syntax, e.g.
// "+tag:nightly,config.materialized:table my_model+2", evaluated against a Manifest the way
// dbt-core 1.8–1.10 does for ls and build: methods first, then graph operators (+, n+, @), then
// set operators (space = union, comma = intersection), with tests selected indirectly after
// each step. Disabled nodes, groups, macros and docs are never selected. A value; parse once,
// select against any number of manifests; thread-safe to read.
class Selector
{
public:
    // Errors name the column (line 1) and say what is wrong, e.g. "unknown selector method 'tg'
    // (did you mean 'tag'?)".
    static Result<Selector> parse(const QString &expression);

    // Unique ids selected, in manifest order.
    QStringList select(const Manifest &manifest,
                       IndirectSelection mode = IndirectSelection::Eager) const;
    // The same over a graph built once for many selections (the lineage view's filter box).
    QStringList select(const SelectorGraph &graph,
                       IndirectSelection mode = IndirectSelection::Eager) const;

    const SelectionExpression &expression() const { return m_expression; }

private:
    explicit Selector(SelectionExpression expression);

    SelectionExpression m_expression;
};

// dbt's ls/build semantics: the union of the --select arguments (everything when there are
// none), minus the union of the --exclude arguments, then only the given resource types (all
// when empty). Unique ids in manifest order. A parse error names the argument: file
// "--select" or "--exclude", line = the argument's 1-based position, column within it.
Result<QStringList> selectNodes(const Manifest &manifest, const QStringList &selectArgs,
                                const QStringList &excludeArgs,
                                const QList<ResourceType> &resourceTypes = {},
                                IndirectSelection mode = IndirectSelection::Eager);

} // namespace Trellis::Core
