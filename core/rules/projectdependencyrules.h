#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// The project level of the mesh: a ref to another project of the workspace needs that project
// under `projects:` in dependencies.yml (TRL0210), and projects may not depend on each other in
// a cycle, whether through dependencies.yml or through cross-project refs (TRL0211).
class ProjectDependencyRules : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ProjectDependencyRules)

public:
    QStringList codes() const override;
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;

private:
    // Why one project depends on another: the dependencies.yml entry, else the first ref.
    struct Edge
    {
        SourceLocation where;
        QString nodeId;
        bool declared = false;
    };

    static void checkListed(const RuleContext &context, std::vector<Diagnostic> &findings);
    static void checkCycles(const RuleContext &context, std::vector<Diagnostic> &findings);
};

} // namespace Trellis::Core
