#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Model versions and their lifecycle, as dbt warns about them at parse time: a model that refs
// a version past its deprecation date (TRL0301) or one with a date still to come (TRL0302), a
// version still present after its date (TRL0303), a latest_version that names no version
// (TRL0304), and a deprecation_date that is not a date (TRL0305). "Today" comes from the
// context, so a check is reproducible.
class VersionRules : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::VersionRules)

public:
    QStringList codes() const override;
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;

private:
    static void checkDeclarations(const RuleContext &context, std::vector<Diagnostic> &findings);
    static void checkReferences(const RuleContext &context, std::vector<Diagnostic> &findings);
};

} // namespace Trellis::Core
