#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// A node may only join a group that exists in its project or its packages (TRL0205). (A group
// without an owner is a property-file error, TRL0103, found while parsing.)
class GroupRules : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::GroupRules)

public:
    QStringList codes() const override;
    // A model's config() names its group, so an edit can change what this finds.
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
