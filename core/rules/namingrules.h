#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Names that ref() cannot tell apart: two enabled models, seeds or snapshots of one project
// with the same name (and version) (TRL0214, an error in dbt), and a one-argument ref() to a
// name that several other projects or packages define, so that which one it means depends on
// resolution order (TRL0213).
class NamingRules : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::NamingRules)

public:
    QStringList codes() const override;
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;

private:
    static void checkDuplicates(const RuleContext &context, std::vector<Diagnostic> &findings);
    static void checkAmbiguousRefs(const RuleContext &context, std::vector<Diagnostic> &findings);
};

} // namespace Trellis::Core
