#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// What an enforced contract needs before any SQL runs: columns (TRL0310), each with a data_type
// (TRL0311), a SQL model that is built as a relation (not ephemeral, TRL0312; not Python,
// TRL0313), and constraints only where the materialization can enforce them (TRL0314, dbt's
// warning). Comparing the contract with the model's actual columns needs the engine; that is
// the preflight's job, not this rule's.
class ContractRules : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ContractRules)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;

private:
    static void checkColumns(const Node &model, std::vector<Diagnostic> &findings);
    static void checkConstraints(const Node &model, std::vector<Diagnostic> &findings);
};

} // namespace Trellis::Core
