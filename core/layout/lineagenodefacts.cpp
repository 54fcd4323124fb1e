#include "lineagenodefacts.h"

#include <QHash>

namespace Trellis::Core {

namespace {

// dbt's usual folder names decide the layer; the name prefix is the fallback for flat projects.
QString layerOf(const Node &node)
{
    static const QStringList layers{QStringLiteral("staging"), QStringLiteral("intermediate"),
                                    QStringLiteral("marts")};
    for (const QString &folder : node.fqn) {
        if (layers.contains(folder))
            return folder;
    }
    if (node.type != ResourceType::Model)
        return {};
    if (node.name.startsWith(QLatin1String("stg_")))
        return layers.at(0);
    if (node.name.startsWith(QLatin1String("int_")))
        return layers.at(1);
    if (node.name.startsWith(QLatin1String("fct_")) || node.name.startsWith(QLatin1String("dim_")))
        return layers.at(2);
    return {};
}

QString displayName(const Node &node)
{
    if (node.type == ResourceType::Source)
        return node.sourceName + QLatin1Char('.') + node.name;
    return node.name;
}

// dbt writes deprecation_date as a date or a date-time; the date part is what users compare.
QDate parseDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace

std::vector<LineageNodeFacts> LineageNodeFacts::collect(const Manifest &manifest,
                                                        const QStringList &ids)
{
    QHash<QString, Severity> worst;
    for (const Diagnostic &diagnostic : manifest.diagnostics) {
        auto it = worst.find(diagnostic.file);
        if (it == worst.end())
            worst.insert(diagnostic.file, diagnostic.severity);
        else if (int(diagnostic.severity) > int(*it))
            *it = diagnostic.severity;
    }
    // Versions of one model share package and name; counting them once per manifest keeps this
    // linear on a 10,000-model mesh.
    QHash<QString, int> versionCounts;
    for (const Node &node : manifest.nodes) {
        if (node.type == ResourceType::Model && !node.version.isEmpty())
            ++versionCounts[node.packageName + QLatin1Char('.') + node.name];
    }

    std::vector<LineageNodeFacts> facts;
    facts.reserve(std::size_t(ids.size()));
    for (const QString &id : ids) {
        const Node *node = manifest.find(id);
        if (!node)
            continue;
        LineageNodeFacts fact;
        fact.id = node->uniqueId;
        fact.name = displayName(*node);
        fact.type = node->type;
        fact.project = node->packageName;
        fact.group = node->group();
        if (node->type == ResourceType::Model)
            fact.access = node->access();
        fact.contractEnforced = node->contractEnforced();
        fact.version = node->version;
        if (!node->version.isEmpty()) {
            fact.versionCount = versionCounts.value(node->packageName + QLatin1Char('.') + node->name);
            fact.latestVersion = node->latestVersion.isEmpty() || node->latestVersion == node->version;
        }
        fact.deprecationDate = parseDate(node->deprecationDate);
        if (node->type == ResourceType::Model || node->type == ResourceType::Snapshot)
            fact.materialized = node->materialized();
        fact.layer = layerOf(*node);
        fact.filePath = node->absolutePath;
        fact.description = node->description;
        if (auto it = worst.constFind(node->absolutePath); it != worst.cend())
            fact.worstDiagnostic = *it;
        for (const QString &child : manifest.children(id)) {
            const Node *dependent = manifest.find(child);
            if (dependent && dependent->type == ResourceType::Test)
                ++fact.dataTestCount;
        }
        facts.push_back(std::move(fact));
    }
    return facts;
}

LineageNodeFacts LineageNodeFacts::forProject(const QString &project, int memberCount)
{
    LineageNodeFacts fact;
    fact.id = project;
    fact.name = project;
    fact.project = project;
    fact.isProject = true;
    fact.memberCount = memberCount;
    return fact;
}

std::vector<LineageNodeFacts::Badge> LineageNodeFacts::badges(const QDate &today) const
{
    std::vector<Badge> out;
    if (isProject)
        return out;
    if (!access.isEmpty())
        out.push_back({Badge::Kind::Access, access});
    if (contractEnforced)
        out.push_back({Badge::Kind::Contract, tr("contract")});
    if (!version.isEmpty()) {
        const QString text = versionCount > 0 ? tr("v%1 of %2").arg(version).arg(versionCount)
                                              : tr("v%1").arg(version);
        out.push_back({Badge::Kind::Version, latestVersion ? tr("%1 · latest").arg(text) : text});
    }
    if (deprecationDate.isValid()) {
        out.push_back({Badge::Kind::Deprecation, deprecationDate.toString(Qt::ISODate),
                       deprecationDate < today});
    }
    if (!materialized.isEmpty())
        out.push_back({Badge::Kind::Materialization, materialized});
    return out;
}

QString LineageNodeFacts::typeName() const
{
    return isProject ? tr("project") : resourceTypeName(type);
}

} // namespace Trellis::Core
