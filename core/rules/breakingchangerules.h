#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Breaking changes to enforced contracts against a baseline (dbt's state:modified.contract):
// a contracted model that dropped enforcement, removed a column, changed a data_type, removed a
// constraint or changed to a materialization that cannot enforce its constraints (TRL0320: an
// error for a versioned model, a warning for an unversioned one, as dbt decides), or that was
// deleted, renamed or disabled before its deprecation date (TRL0321, always an error). Messages
// are dbt's. The baseline's models must outlive the rule.
class BreakingChangeRules : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::BreakingChangeRules)

public:
    explicit BreakingChangeRules(const std::vector<Node> &baseline);

    QStringList codes() const override;
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;

private:
    static QString contractError(const QString &model, const QString &changes);
    static QStringList reasons(const Node &before, const Node &after);
    static Diagnostic modified(const Node &before, const Node &after, const QStringList &reasons);
    static Diagnostic removed(const RuleContext &context, const Node &before);

    const std::vector<Node> &m_baseline;
};

} // namespace Trellis::Core
