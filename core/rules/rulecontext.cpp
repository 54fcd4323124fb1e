#include "rulecontext.h"

#include <algorithm>

namespace Trellis::Core {

namespace {

// The offset just past the call's closing parenthesis, counting nested ones and skipping
// quoted text; -1 when the call does not close.
qsizetype callEnd(const QString &text, qsizetype start)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// dbt orders versions as numbers when both are numbers ("10" after "9"), else as text.
bool versionLess(const QString &a, const QString &b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const double x = a.toDouble(&aNumeric);
    const double y = b.toDouble(&bNumeric);
    return aNumeric && bNumeric ? x < y : a < b;
}

} // namespace

RuleContext::RuleContext(const Manifest &manifest, QDate today, const RuleThresholds &thresholds)
    : m_manifest(manifest)
    , m_today(today)
    , m_thresholds(thresholds)
{
    for (const DbtProject &project : manifest.projects)
        m_workspaceProjects.insert(project.name);
    m_packagesByName.reserve(qsizetype(manifest.nodes.size())); // spares rehashing a large mesh
    for (const Node &node : manifest.nodes) {
        if (node.type == ResourceType::Group)
            m_groups[node.packageName].insert(node.name, &node);
        if (isRefable(node)) {
            QStringList &packages = m_packagesByName[node.name];
            if (!packages.contains(node.packageName))
                packages.append(node.packageName);
        }
        if (node.type == ResourceType::Model && !node.version.isEmpty())
            m_versions[node.packageName + QLatin1Char('\n') + node.name].push_back(&node);
    }
    for (std::vector<const Node *> &versions : m_versions) {
        std::sort(versions.begin(), versions.end(), [](const Node *a, const Node *b) {
            return versionLess(a->version, b->version);
        });
    }
    const size_t count = manifest.nodes.size();
    m_refs.resize(count);
    m_parents.resize(count);
    m_facts.resize(count);
    m_children.resize(count);
    // A project's nodes mostly follow each other: look each run's project up once.
    const QString *previousPackage = nullptr;
    bool inWorkspace = false;
    for (const Node &node : manifest.nodes) {
        if (!previousPackage || *previousPackage != node.packageName) {
            previousPackage = &node.packageName;
            inWorkspace = m_workspaceProjects.contains(node.packageName);
        }
        derive(node, inWorkspace);
        linkToParents(node); // nodes come in manifest order, so each child list is in order
    }
}

std::vector<const Node *> RuleContext::refresh(const Node &node)
{
    Q_ASSERT(indexOf(node) < m_facts.size());
    Q_ASSERT(node.type != ResourceType::Group); // groups come from YAML, which needs a full build
    unlinkFromParents(node);
    std::vector<const Node *> formerParents = std::move(m_parents[indexOf(node)]);
    m_parents[indexOf(node)] = {};
    derive(node, m_workspaceProjects.contains(node.packageName));
    linkToParents(node);
    return formerParents;
}

void RuleContext::linkToParents(const Node &node)
{
    if (node.type == ResourceType::Test)
        return;
    for (const Node *parent : m_parents[indexOf(node)]) {
        std::vector<const Node *> &children = m_children[indexOf(*parent)];
        // Kept in manifest order wherever the node joins, so a refreshed context lists children
        // as a new one would.
        const auto at = std::lower_bound(children.begin(), children.end(), &node);
        if (at == children.end() || *at != &node)
            children.insert(at, &node);
    }
}

void RuleContext::unlinkFromParents(const Node &node)
{
    for (const Node *parent : m_parents[indexOf(node)]) {
        std::vector<const Node *> &children = m_children[indexOf(*parent)];
        children.erase(std::remove(children.begin(), children.end(), &node), children.end());
    }
}

void RuleContext::derive(const Node &node, bool inWorkspace)
{
    const size_t i = indexOf(node);
    m_parents[i].clear();
    m_parents[i].reserve(size_t(node.dependsOnNodes.size()));
    for (const QString &id : node.dependsOnNodes) {
        if (const Node *parent = m_manifest.find(id))
            m_parents[i].push_back(parent);
    }
    m_refs[i].clear();
    m_refs[i].reserve(node.refs.size());
    for (const RefCall &call : node.refs)
        m_refs[i].push_back({&call, m_manifest.find(call.resolvedId)});
    NodeFacts &facts = m_facts[i];
    facts = NodeFacts();
    facts.group = node.group();
    facts.inWorkspace = inWorkspace;
    if (node.type == ResourceType::Model) {
        facts.access = node.access();
        facts.contractEnforced = node.contractEnforced();
        facts.materialized = node.materialized();
        facts.layer = ModelLayer::typeOf(node);
        // dbt builds a model as a view unless told otherwise.
        facts.isView = facts.materialized.isEmpty() || facts.materialized == QLatin1String("view")
            || facts.materialized == QLatin1String("ephemeral");
    }
}

std::vector<const Node *> RuleContext::versionsOf(const Node &model) const
{
    return m_versions.value(model.packageName + QLatin1Char('\n') + model.name);
}

bool RuleContext::isRefable(const Node &node)
{
    return node.type == ResourceType::Model || node.type == ResourceType::Seed
        || node.type == ResourceType::Snapshot;
}

const Node *RuleContext::group(const QString &fromPackage, const QString &name) const
{
    const auto lookup = [&](const QString &package) -> const Node * {
        const auto groups = m_groups.constFind(package);
        return groups == m_groups.cend() ? nullptr : groups->value(name);
    };
    if (const Node *own = lookup(fromPackage))
        return own;
    for (const DbtProject &package : m_manifest.packages) {
        if (const Node *found = lookup(package.name))
            return found;
    }
    return nullptr;
}

QStringList RuleContext::groupNames(const QString &fromPackage) const
{
    QStringList names;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it.key() == fromPackage || !isWorkspaceProject(it.key()))
            names += it->keys();
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

SourceLocation RuleContext::callTo(const Node &node, const Node &parent) const
{
    if (parent.type == ResourceType::Source) {
        for (const SourceCall &call : node.sources) {
            if (call.source == parent.sourceName && call.table == parent.name)
                return call.location;
        }
    }
    for (const ResolvedRef &ref : refsOf(node)) {
        if (ref.target == &parent)
            return ref.call->location;
    }
    return locationOf(node);
}

QString RuleContext::displayName(const Node &node)
{
    if (node.type == ResourceType::Source)
        return node.sourceName + QLatin1Char('.') + node.name;
    if (!node.version.isEmpty())
        return node.name + QStringLiteral(".v") + node.version;
    return node.name;
}

SourceLocation RuleContext::locationOf(const Node &node)
{
    if (!node.declaredAt.file.isEmpty())
        return node.declaredAt;
    return {node.absolutePath, 1, 1};
}

Diagnostic RuleContext::finding(Severity severity, const QString &code, const SourceLocation &where,
                                const Node &node, const QString &message)
{
    Diagnostic d{severity, code, where.file, where.line, where.column, message};
    d.nodeId = node.uniqueId;
    return d;
}

Diagnostic RuleContext::findingAtRef(Severity severity, const QString &code, const Node &node,
                                     const RefCall &call, const QString &message)
{
    Diagnostic d = finding(severity, code, call.location, node, message);
    if (call.location.file != node.absolutePath || call.location.line < 1)
        return d;
    // Find the call's offset from its line and column, then its closing parenthesis.
    qsizetype offset = 0;
    for (int line = 1; line < call.location.line && offset >= 0; ++line) {
        offset = node.rawCode.indexOf(QLatin1Char('\n'), offset);
        if (offset >= 0)
            ++offset;
    }
    if (offset < 0)
        return d;
    offset += call.location.column - 1;
    const qsizetype end = callEnd(node.rawCode, offset);
    if (end < 0)
        return d;
    const qsizetype lineStart = node.rawCode.lastIndexOf(QLatin1Char('\n'), end - 1) + 1;
    d.endLine
        = call.location.line + int(node.rawCode.mid(offset, end - offset).count(QLatin1Char('\n')));
    d.endColumn = int(end - lineStart) + 1;
    return d;
}

RelatedLocation RuleContext::relatedTo(const Node &node, const QString &message)
{
    const SourceLocation where = locationOf(node);
    return {where.file, where.line, where.column, message};
}

} // namespace Trellis::Core
