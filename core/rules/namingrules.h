#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Two enabled models, seeds or snapshots of one project with the same name (and version), which
// ref() cannot tell apart (TRL0214, an error in dbt).
class DuplicateNameRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DuplicateNameRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Declarations; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

// A one-argument ref() that left its own project to a name several other projects or packages
// define, so that which one it means depends on resolution order (TRL0213).
class AmbiguousRefRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::AmbiguousRefRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
