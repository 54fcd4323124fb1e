#include "selectormethod.h"

#include "core/graph/selectorpattern.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>

#include <functional>

namespace Trellis::Core {

namespace {

using Predicate = std::function<bool(const Node &)>;

// dbt's manifest.nodes: what has a file of its own and a config (not sources, not exposures).
bool isParsedNode(const Node &node)
{
    switch (node.type) {
    case ResourceType::Model:
    case ResourceType::Seed:
    case ResourceType::Snapshot:
    case ResourceType::Analysis:
    case ResourceType::Test:
        return true;
    default:
        return false;
    }
}

bool isGenericTest(const Node &node)
{
    return node.type == ResourceType::Test && !node.test.name.isEmpty();
}

bool isSingularTest(const Node &node)
{
    return node.type == ResourceType::Test && node.test.name.isEmpty();
}

QStringList flattened(const QStringList &fqn)
{
    // Dots inside fqn parts (versioned names, odd model names) act as separators too.
    QStringList flat;
    for (const QString &part : fqn)
        flat += part.split(QLatin1Char('.'));
    return flat;
}

// dbt compares model versions as numbers when both read as numbers, else as text.
int compareVersions(const QString &a, const QString &b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const double x = a.trimmed().toDouble(&aNumeric);
    const double y = b.trimmed().toDouble(&bNumeric);
    if (aNumeric && bNumeric)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.compare(b);
}

// The config value at a key path (config.meta.owner → meta, owner), or undefined. Where dbt's
// config objects carry a default that Trellis's resolved config leaves out, the default stands
// in, so that `config.access:protected` or `config.severity:error` see what dbt sees.
QJsonValue configValue(const Node &node, const QStringList &keys)
{
    QJsonValue value = node.config;
    for (const QString &key : keys) {
        if (!value.isObject()) {
            value = QJsonValue(QJsonValue::Undefined);
            break;
        }
        value = value.toObject().value(key);
    }
    if (!value.isUndefined())
        return value;

    const QString path = keys.join(QLatin1Char('.'));
    if (node.type == ResourceType::Model && path == QLatin1String("access"))
        return QStringLiteral("protected");
    if (node.type == ResourceType::Test) {
        if (path == QLatin1String("severity"))
            return QStringLiteral("ERROR");
        if (path == QLatin1String("warn_if") || path == QLatin1String("error_if"))
            return QStringLiteral("!= 0");
        if (path == QLatin1String("fail_calc"))
            return QStringLiteral("count(*)");
    } else if (isParsedNode(node)) {
        if (path == QLatin1String("contract.enforced"))
            return false;
        if (path == QLatin1String("docs.show"))
            return true;
        if (path == QLatin1String("on_schema_change"))
            return QStringLiteral("ignore");
    }
    return value;
}

// dbt's ConfigSelectorMethod: string equality (case-insensitive only for severity), "true" and
// "false" (any case) for booleans, membership for lists. Numbers never equal the selector text.
bool configValueMatches(const QJsonValue &value, const QString &selector, bool caseInsensitive)
{
    const Qt::CaseSensitivity sensitivity
        = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const bool wantsTrue = selector.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const bool wantsFalse = selector.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    const auto scalarMatches = [&](const QJsonValue &v) {
        if (v.isString())
            return v.toString().compare(selector, sensitivity) == 0;
        if (v.isBool())
            return (wantsTrue && v.toBool()) || (wantsFalse && !v.toBool());
        return false;
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [&](const QJsonValue &v) { return scalarMatches(v); });
    }
    return scalarMatches(value);
}

// dbt's node.tags; Trellis keeps them on the node and, resolved, in config.tags (a list, or a
// single string as written in YAML).
bool anyTagMatches(const Node &node, const SelectorPattern &pattern)
{
    for (const QString &tag : node.tags) {
        if (pattern.matches(tag))
            return true;
    }
    const QJsonValue configured = node.config.value(QLatin1String("tags"));
    if (configured.isString())
        return pattern.matches(configured.toString());
    const QJsonArray array = configured.toArray();
    return std::any_of(array.begin(), array.end(), [&](const QJsonValue &tag) {
        return tag.isString() && pattern.matches(tag.toString());
    });
}

// dbt's fqn matching (is_selected_node), prepared once per selector value.
class FqnSelector
{
public:
    explicit FqnSelector(const QString &selector)
        : m_selector(selector)
        , m_parts(selector.split(QLatin1Char('.')))
    {
        m_tail = m_parts.mid(qMax<qsizetype>(0, m_parts.size() - 2)).join(QLatin1Char('_'));
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            if (SelectorPattern::containsWildcard(m_parts.at(i))) {
                m_wildcardFrom = i;
                m_rest = SelectorPattern(m_parts.mid(i).join(QLatin1Char('.')));
                break;
            }
        }
    }

    // With the package (project.folder.name) or without it (folder.name), as dbt allows.
    bool matches(const QStringList &fqn, bool versioned) const
    {
        return matchesFrom(fqn, 0, versioned) || matchesFrom(fqn, 1, versioned);
    }

private:
    bool matchesFrom(const QStringList &fqn, qsizetype first, bool versioned) const
    {
        const qsizetype size = fqn.size() - first;
        if (size <= 0)
            return false;
        // The node's own name; for a version its model name, "<name>.v<N>" or "<name>_v<N>".
        const QString &last = fqn.at(fqn.size() - 1);
        if (versioned && size >= 2) {
            const QString &model = fqn.at(fqn.size() - 2);
            if (model == m_selector || model + QLatin1Char('_') + last == m_tail)
                return true;
        } else if (!versioned && last == m_selector) {
            return true;
        }
        // Otherwise a prefix of the fqn, its parts split at dots as well, wildcards matching the
        // rest from the first selector part that has one. Most nodes fail on the first part:
        // reject them before anything is split (flattened, the part is `head` up to a dot).
        if (m_wildcardFrom != 0) {
            const QString &head = fqn.at(first);
            const QString &wanted = m_parts.at(0);
            if (!head.startsWith(wanted)
                || (head.size() > wanted.size() && head.at(wanted.size()) != QLatin1Char('.')))
                return false;
        }
        const bool dotted = std::any_of(fqn.begin() + first, fqn.end(), [](const QString &part) {
            return part.contains(QLatin1Char('.'));
        });
        const QStringList flat = dotted ? flattened(fqn.mid(first)) : QStringList();
        const QStringList &parts = dotted ? flat : fqn;
        const qsizetype offset = dotted ? 0 : first;
        if (parts.size() - offset < m_parts.size())
            return false;
        const qsizetype literalParts = m_wildcardFrom < 0 ? m_parts.size() : m_wildcardFrom;
        for (qsizetype i = 0; i < literalParts; ++i) {
            if (parts.at(offset + i) != m_parts.at(i))
                return false;
        }
        return m_wildcardFrom < 0 || m_rest.matchesEverything()
            || m_rest.matches(parts.mid(offset + m_wildcardFrom).join(QLatin1Char('.')));
    }

    QString m_selector;
    QStringList m_parts;
    QString m_tail; // the last two selector parts joined with '_'
    qsizetype m_wildcardFrom = -1;
    SelectorPattern m_rest;
};

// path: a glob relative to the node's project root, matching the node's file, any folder
// above it, or the property file that describes it.
Predicate pathPredicate(const SelectorGraph &graph, const QString &value)
{
    const Manifest &manifest = graph.manifest();
    QString relative = value;
#ifdef Q_OS_WIN
    relative.replace(QLatin1Char('\\'), QLatin1Char('/'));
#endif
    const bool absolute = QDir::isAbsolutePath(relative);
    // An absolute path names one place, which each project sees relative to its own root
    // (nullopt: a project without a known root, which it cannot match).
    auto perProject = std::make_shared<QHash<QString, std::optional<SelectorPathPattern>>>();
    const SelectorPathPattern shared(relative);
    return [=, &manifest](const Node &node) {
        const SelectorPathPattern *pattern = &shared;
        if (absolute) {
            auto it = perProject->find(node.packageName);
            if (it == perProject->end()) {
                const DbtProject *project = manifest.project(node.packageName);
                std::optional<SelectorPathPattern> inProject;
                if (project && !project->rootPath.isEmpty())
                    inProject
                        = SelectorPathPattern(QDir(project->rootPath).relativeFilePath(relative));
                it = perProject->insert(node.packageName, inProject);
            }
            if (!*it)
                return false;
            pattern = &**it;
        }
        if (pattern->matchesRoot())
            return true;
        const QStringList parts = node.originalFilePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype count = parts.size(); count > 0; --count) {
            if (pattern->matches(parts, count))
                return true;
        }
        const qsizetype scheme = node.patchPath.indexOf(QLatin1String("://"));
        return scheme >= 0 && pattern->matches(node.patchPath.mid(scheme + 3));
    };
}

Predicate filePredicate(const QString &value)
{
    const SelectorPattern pattern(value);
    return [pattern](const Node &node) {
        const QString name = node.originalFilePath.section(QLatin1Char('/'), -1);
        if (pattern.matches(name))
            return true;
        // pathlib's stem: the name without its last suffix; ".hidden" and "name." keep theirs.
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        return dot > 0 && dot < name.size() - 1 && pattern.matches(QStringView(name).left(dot));
    };
}

// source:a, source:a.b, source:p.a.b — each part a wildcard, the missing ones '*'.
Predicate sourcePredicate(const QString &value)
{
    QStringList parts = value.split(QLatin1Char('.'));
    while (parts.size() < 3) {
        if (parts.size() == 1)
            parts.append(QStringLiteral("*"));
        else
            parts.prepend(QStringLiteral("*"));
    }
    const SelectorPattern package(parts.at(0)), source(parts.at(1)), table(parts.at(2));
    return [=](const Node &node) {
        return node.type == ResourceType::Source && package.matches(node.packageName)
            && source.matches(node.sourceName) && table.matches(node.name);
    };
}

// exposure:name or exposure:package.name.
Predicate namedPredicate(ResourceType type, const QString &value)
{
    const QStringList parts = value.split(QLatin1Char('.'));
    const SelectorPattern package(parts.size() == 2 ? parts.at(0) : QStringLiteral("*"));
    const SelectorPattern name(parts.last());
    return [=](const Node &node) {
        return node.type == type && package.matches(node.packageName) && name.matches(node.name);
    };
}

Predicate versionPredicate(const QString &value)
{
    return [value](const Node &node) {
        if (node.type != ResourceType::Model)
            return false;
        if (value == QLatin1String("none"))
            return node.version.isEmpty();
        if (node.version.isEmpty())
            return false;
        if (value == QLatin1String("latest"))
            return node.version == node.latestVersion;
        if (node.latestVersion.isEmpty())
            return false;
        const int order = compareVersions(node.version, node.latestVersion);
        return value == QLatin1String("prerelease") ? order > 0 : order < 0;
    };
}

Predicate predicateFor(const SelectorGraph &graph, const SelectionCriterion &criterion)
{
    const QString &value = criterion.value;
    switch (criterion.method) {
    case SelectorMethodKind::Fqn: {
        const FqnSelector selector(value);
        return [selector](const Node &node) {
            return node.type != ResourceType::Source
                && selector.matches(node.fqn, !node.version.isEmpty());
        };
    }
    case SelectorMethodKind::Tag: {
        const SelectorPattern pattern(value);
        return [pattern](const Node &node) {
            return anyTagMatches(node, pattern);
        };
    }
    case SelectorMethodKind::Group: {
        const SelectorPattern pattern(value);
        return [pattern](const Node &node) {
            const QString group = node.group();
            return isParsedNode(node) && !group.isEmpty() && pattern.matches(group);
        };
    }
    case SelectorMethodKind::Access:
        return [value](const Node &node) {
            return node.type == ResourceType::Model && node.access() == value;
        };
    case SelectorMethodKind::Source:
        return sourcePredicate(value);
    case SelectorMethodKind::Exposure:
        return namedPredicate(ResourceType::Exposure, value);
    case SelectorMethodKind::Path:
        return pathPredicate(graph, value);
    case SelectorMethodKind::File:
        return filePredicate(value);
    case SelectorMethodKind::Package: {
        if (value == QLatin1String("this")) {
            // dbt's "this" is the root project; a mesh has one root per workspace project.
            QStringList projects;
            for (const DbtProject &project : graph.manifest().projects)
                projects.append(project.name);
            return [projects](const Node &node) {
                return projects.contains(node.packageName);
            };
        }
        const SelectorPattern pattern(value);
        return [pattern](const Node &node) {
            return pattern.matches(node.packageName);
        };
    }
    case SelectorMethodKind::Config: {
        const QStringList keys = criterion.methodArguments;
        const bool caseInsensitive = keys == QStringList{QStringLiteral("severity")};
        return [keys, value, caseInsensitive](const Node &node) {
            if (!isParsedNode(node) && node.type != ResourceType::Source)
                return false;
            const QJsonValue found = configValue(node, keys);
            return !found.isUndefined() && configValueMatches(found, value, caseInsensitive);
        };
    }
    case SelectorMethodKind::TestName: {
        const SelectorPattern pattern(value);
        return [pattern](const Node &node) {
            return isGenericTest(node) && pattern.matches(node.test.name);
        };
    }
    case SelectorMethodKind::TestType:
        if (value == QLatin1String("generic") || value == QLatin1String("schema"))
            return isGenericTest;
        if (value == QLatin1String("singular"))
            return isSingularTest;
        if (value == QLatin1String("data"))
            return [](const Node &node) {
                return node.type == ResourceType::Test;
            };
        return {}; // unit tests: Trellis has none yet
    case SelectorMethodKind::ResourceType: {
        const std::optional<ResourceType> type = resourceTypeFromName(value);
        if (!type)
            return {}; // a dbt type Trellis does not model (metric, unit_test, …)
        return [type](const Node &node) {
            return node.type == *type;
        };
    }
    case SelectorMethodKind::Version:
        return versionPredicate(value);
    case SelectorMethodKind::Metric:
    case SelectorMethodKind::SemanticModel:
    case SelectorMethodKind::SavedQuery:
    case SelectorMethodKind::UnitTest:
        return {}; // resource types Trellis does not model: nothing to match
    case SelectorMethodKind::State:
    case SelectorMethodKind::Result:
    case SelectorMethodKind::SourceStatus:
        return {}; // rejected by the parser until Trellis has a baseline
    }
    return {};
}

} // namespace

bool SelectorMethod::fqnMatches(const QStringList &fqn, const QString &selector, bool versioned)
{
    return FqnSelector(selector).matches(fqn, versioned);
}

SelectorGraph::MemberSet SelectorMethod::search(const SelectorGraph &graph,
                                                const SelectionCriterion &criterion)
{
    SelectorGraph::MemberSet found = graph.emptySet();
    const Predicate matches = predicateFor(graph, criterion);
    if (!matches)
        return found;
    for (int i = 0; i < graph.size(); ++i)
        found[size_t(i)] = matches(graph.node(i)) ? 1 : 0;
    return found;
}

} // namespace Trellis::Core
