#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Model versions and their lifecycle, as dbt warns about them at parse time. "Today" comes
// from the context, so a check is reproducible.

// A version still present after its deprecation date (TRL0303), and a deprecation_date that is
// not a date (TRL0304).
class VersionDeclarationRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::VersionDeclarationRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Declarations; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

// A model that refs a version past its deprecation date (TRL0301) or one with a date still to
// come (TRL0302), pointing at the latest version to migrate to.
class DeprecatedRefRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DeprecatedRefRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
