#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt refuses a graph with a cycle; this finds each one and shows it (TRL0212), located at the
// ref() that closes it, with the other refs of the cycle as related locations.
class NodeCycleRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::NodeCycleRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
    // Only a cycle found before can go, and only an added edge whose child reaches its parent
    // can close a new one: most edits need no search of the whole graph.
    bool mayHaveChanged(const RuleContext &context, const std::vector<NodeEdit> &edits,
                        const std::vector<Diagnostic> &before) const override;

private:
    // The ref() in `child` that names `parent`, or the child itself when no call does.
    static SourceLocation whereDepends(const RuleContext &context, const Node &child,
                                       const Node &parent);
};

} // namespace Trellis::Core
