#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Who may ref() whom, as dbt enforces it at parse time: a private model only from its own
// group (TRL0201), a non-public model never from another project of the mesh (TRL0202); and
// what makes access meaningless: a private model outside any group (TRL0203), an access value
// dbt does not know (TRL0204). Models and exposures are checked, as dbt checks them.
class AccessRules : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::AccessRules)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;

private:
    static void checkRefs(const RuleContext &context, const Node &node,
                          std::vector<Diagnostic> &findings);
    static void checkDeclaration(const Node &node, const NodeFacts &facts,
                                 std::vector<Diagnostic> &findings);
};

} // namespace Trellis::Core
