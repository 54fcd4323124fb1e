#include "breakingchangerules.h"

#include "core/rules/rulecodes.h"

#include <QDir>
#include <QJsonArray>

namespace Trellis::Core {

namespace {

// dbt compares constraints only where the materialization builds them into the table.
bool enforcesConstraints(const QString &materialized)
{
    return materialized == QLatin1String("table") || materialized == QLatin1String("incremental");
}

// A constraint's identity, the same whether dbt normalized it (manifest.json) or it is as
// written (property YAML): absent and null keys read as empty.
QString constraintKey(const QJsonValue &constraint)
{
    const QJsonObject object = constraint.toObject();
    QStringList columns;
    for (const QJsonValue &column : object.value(QLatin1String("columns")).toArray())
        columns.append(column.toString());
    return QStringList{object.value(QLatin1String("type")).toString(),
                       object.value(QLatin1String("name")).toString(),
                       object.value(QLatin1String("expression")).toString(),
                       columns.join(QLatin1Char(','))}
        .join(QLatin1Char('\n'));
}

QStringList removedConstraints(const QJsonArray &before, const QJsonArray &after)
{
    QStringList kept;
    for (const QJsonValue &constraint : after)
        kept.append(constraintKey(constraint));
    QStringList removed;
    for (const QJsonValue &constraint : before) {
        if (!kept.contains(constraintKey(constraint))) {
            const QJsonObject object = constraint.toObject();
            const QString name = object.value(QLatin1String("name")).toString();
            removed.append(name.isEmpty() ? object.value(QLatin1String("type")).toString() : name);
        }
    }
    return removed;
}

const ColumnDeclaration *column(const Node &node, const QString &name)
{
    const auto it = std::find_if(node.columns.begin(), node.columns.end(),
                                 [&](const ColumnDeclaration &c) { return c.name == name; });
    return it == node.columns.end() ? nullptr : &*it;
}

bool hasConstraints(const Node &node)
{
    return !node.constraints.isEmpty()
        || std::any_of(node.columns.begin(), node.columns.end(),
                       [](const ColumnDeclaration &c) { return !c.constraints.isEmpty(); });
}

QString listed(const QStringList &items)
{
    return QStringLiteral("\n    - ") + items.join(QStringLiteral("\n    - "));
}

} // namespace

// dbt's ContractBreakingChangeError, for a versioned model or a removed one.
QString BreakingChangeRules::contractError(const QString &model, const QString &changes)
{
    return tr("Breaking Change to Contract for model '%1': While comparing to previous project "
              "state, dbt detected a breaking change to an enforced contract.\n  - %2\nConsider "
              "making an additive (non-breaking) change instead, if possible.\nOtherwise, create a "
              "new model version: https://docs.getdbt.com/docs/collaborate/govern/model-versions")
        .arg(model, changes);
}

BreakingChangeRules::BreakingChangeRules(const std::vector<Node> &baseline)
    : m_baseline(baseline)
{ }

QStringList BreakingChangeRules::codes() const
{
    return {RuleCode::BreakingChange, RuleCode::ContractedModelRemoved};
}

void BreakingChangeRules::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    for (const Node &before : m_baseline) {
        if (!before.contractEnforced())
            continue;
        const Node *after = context.manifest().find(before.uniqueId);
        if (!after) {
            // A model past its deprecation date may go: that is what the date announced.
            const QDate deprecated
                = QDate::fromString(before.deprecationDate.left(10), Qt::ISODate);
            if (!deprecated.isValid() || deprecated > context.today())
                findings.push_back(removed(context, before));
            continue;
        }
        const QStringList found = reasons(before, *after);
        if (!found.isEmpty())
            findings.push_back(modified(before, *after, found));
    }
}

QStringList BreakingChangeRules::reasons(const Node &before, const Node &after)
{
    QStringList reasons;
    if (!after.contractEnforced())
        reasons.append(
            tr("Contract enforcement was removed: Previously, this model had an enforced "
               "contract. It is no longer configured to enforce its contract, and this is "
               "a breaking change."));
    QStringList removedColumns;
    QStringList typeChanges;
    QStringList columnConstraints;
    const bool constrained = enforcesConstraints(before.materialized());
    for (const ColumnDeclaration &old : before.columns) {
        const ColumnDeclaration *now = column(after, old.name);
        if (!now) {
            removedColumns.append(old.name);
            continue;
        }
        if (old.dataType != now->dataType)
            typeChanges.append(
                QStringLiteral("%1 (%2 -> %3)").arg(old.name, old.dataType, now->dataType));
        if (constrained) {
            for (const QString &constraint : removedConstraints(old.constraints, now->constraints))
                columnConstraints.append(
                    tr("'%1' constraint on column %2").arg(constraint, old.name));
        }
    }
    if (!removedColumns.isEmpty())
        reasons.append(tr("Columns were removed: %1").arg(listed(removedColumns)));
    if (!typeChanges.isEmpty())
        reasons.append(tr("Columns with data_type changes: %1").arg(listed(typeChanges)));
    if (!columnConstraints.isEmpty())
        reasons.append(tr("Enforced column level constraints were removed: %1")
                           .arg(listed(columnConstraints)));
    if (constrained) {
        QStringList modelConstraints;
        for (const QString &constraint : removedConstraints(before.constraints, after.constraints))
            modelConstraints.append(tr("'%1' constraint").arg(constraint));
        if (!modelConstraints.isEmpty())
            reasons.append(tr("Enforced model level constraints were removed: %1")
                               .arg(listed(modelConstraints)));
        if (!enforcesConstraints(after.materialized()) && hasConstraints(before))
            reasons.append(
                tr("Materialization changed with enforced constraints: %1")
                    .arg(listed({QStringLiteral("%1 -> %2")
                                     .arg(before.materialized(), after.materialized())})));
    }
    return reasons;
}

Diagnostic BreakingChangeRules::modified(const Node &before, const Node &after,
                                         const QStringList &reasons)
{
    const QString joined = reasons.join(QStringLiteral("\n  - "));
    if (!before.version.isEmpty()) {
        return RuleContext::finding(Severity::Error, RuleCode::BreakingChange,
                                    RuleContext::locationOf(after), after,
                                    contractError(before.name, joined));
    }
    return RuleContext::finding(
        Severity::Warning, RuleCode::BreakingChange, RuleContext::locationOf(after), after,
        tr("Breaking change to contracted, unversioned model %1 (%2)\nWhile comparing to previous "
           "project state, dbt detected a breaking change to an unversioned model.\n  - %3")
            .arg(before.name, before.originalFilePath, joined));
}

Diagnostic BreakingChangeRules::removed(const RuleContext &context, const Node &before)
{
    const bool disabled
        = std::any_of(context.manifest().disabled.begin(), context.manifest().disabled.end(),
                      [&](const Node &n) { return n.uniqueId == before.uniqueId; });
    const QString change = disabled
        ? tr("Contracted model '%1' was disabled.").arg(before.uniqueId)
        : tr("Contracted model '%1' was deleted or renamed.").arg(before.uniqueId);
    // Point at where it used to be declared: its property file, else its SQL file.
    SourceLocation where;
    if (const DbtProject *project = context.manifest().project(before.packageName)) {
        const QString relative = before.patchPath.isEmpty()
            ? before.originalFilePath
            : before.patchPath.section(QStringLiteral("://"), 1);
        where = {QDir(project->rootPath).filePath(relative), 1, 1};
    }
    return RuleContext::finding(Severity::Error, RuleCode::ContractedModelRemoved, where, before,
                                contractError(before.name, change));
}

} // namespace Trellis::Core
