#pragma once

#include "core/graph/selectorgraph.h"
#include "core/layout/lineagegraph.h"
#include "core/util/result.h"

#include <QStringList>

#include <optional>

namespace Trellis::Core {

// A selector of the focus form `U+name+D` (the lineage's default, e.g. `2+dim_members+2`): one
// node pattern with optional upstream and downstream depths. The depth controls rewrite it; any
// other expression leaves them nothing to change. Plain value.
struct FocusSelector
{
    QString pattern;
    std::optional<int> upstream; // no value: no `+` on that side
    std::optional<int> downstream;

    // Nothing for expressions that are not a single focus term (unions, intersections, `@`, or
    // an unbounded `+` whose depth a spin box cannot show).
    static std::optional<FocusSelector> parse(const QString &expression);
    QString toString() const;
    // The pattern that selects exactly `node` by name, e.g. `dim_members.v2`,
    // `source:app.rides`, `exposure:weekly_kpis`.
    static QString patternFor(const Node &node);
};

// What one lineage shows: the ids a selector picks (plus nodes expanded by hand), restricted
// to what a lineage draws, and whether that is too many to lay out as resources. Pure; any
// thread.
struct LineageSelection
{
    QStringList ids;
    bool projectLevel = false;
    bool overCap = false; // the resources exceeded the cap, so the projects are shown instead

    // An empty expression selects the whole mesh. Errors are the selector's parse errors.
    static Result<LineageSelection> select(const SelectorGraph &graph, const QString &expression,
                                           const QStringList &expandedIds, int nodeCap,
                                           bool projectLevel);

    LineageGraph graph(const Manifest &manifest) const;
};

} // namespace Trellis::Core
