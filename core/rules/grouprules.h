#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// A node may only join a group that exists in its project or its packages (TRL0205). (A group
// without an owner is a property-file error, TRL0103, found while parsing.) A node rule: a
// model's config() names its group, and the groups themselves are declarations.
class GroupRules : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::GroupRules)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
