#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// The project level of the mesh.

// A ref to another project of the workspace needs that project under `projects:` in
// dependencies.yml (TRL0210).
class UnlistedProjectRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::UnlistedProjectRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

// Projects may not depend on each other in a cycle, whether through dependencies.yml or through
// cross-project refs (TRL0211).
class ProjectCycleRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ProjectCycleRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
    // Only a cycle found before can go, and only a new ref into another project can close one.
    bool mayHaveChanged(const RuleContext &context, const std::vector<NodeEdit> &edits,
                        const std::vector<Diagnostic> &before) const override;

private:
    // Why one project depends on another: the dependencies.yml entry, else the first ref.
    struct Edge
    {
        SourceLocation where;
        QString nodeId;
        bool declared = false;
    };
};

} // namespace Trellis::Core
