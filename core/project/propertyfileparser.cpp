#include "propertyfileparser.h"

#include "core/util/textdistance.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace Trellis::Core {

namespace {

// No property file nests this deep; stopping here keeps the stack small whatever the input
// (yaml-cpp itself allows 2000 levels).
constexpr int kMaxDepth = 200;
// Aliases can make a small file expand exponentially ("billion laughs"). The values read from a
// file may add up to this many per node written in it (and at least kMinValues); past that,
// the rest of the file is skipped with an error, so neither Trellis nor whatever consumes the
// declarations walks an endless structure.
constexpr qint64 kValuesPerNode = 1024;
constexpr qint64 kMinValues = 4'000'000;

QStringList keyList(std::initializer_list<const char *> keys)
{
    QStringList list;
    list.reserve(int(keys.size()));
    for (const char *key : keys)
        list.append(QString::fromLatin1(key));
    return list;
}

QString quoted(const QStringList &keys)
{
    QStringList parts;
    for (const QString &key : keys)
        parts.append(QLatin1Char('\'') + key + QLatin1Char('\''));
    return parts.join(QLatin1String(", "));
}

// ---------------------------------------------------------------------------------------------

// Collects the file's findings. An anchored block merged into several entries would otherwise
// report the same problem once per alias, at the same position.
class Diagnostics
{
public:
    Diagnostics(const YamlDocument &document, PropertyFile &file)
        : m_document(document)
        , m_file(file)
    { }

    void warning(const YAML::Node &at, const QString &message)
    {
        add(m_file.warnings, at, message);
    }
    void error(const YAML::Node &at, const QString &message) { add(m_file.errors, at, message); }
    // Once the file is known to be unreadable past some point, what follows would only be
    // noise ("has no 'name'" for every entry the reader could no longer see).
    void silence() { m_silenced = true; }
    SourceLocation location(const YAML::Node &node) const { return m_document.location(node); }

private:
    void add(std::vector<Error> &list, const YAML::Node &at, const QString &message)
    {
        if (m_silenced)
            return;
        Error error = m_document.location(at).error(message);
        const QString key = QString::number(&list == &m_file.errors) + QLatin1Char(':')
            + QString::number(error.line) + QLatin1Char(':') + QString::number(error.column)
            + QLatin1Char(':') + message;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        list.push_back(std::move(error));
    }

    const YamlDocument &m_document;
    PropertyFile &m_file;
    QSet<QString> m_seen;
    bool m_silenced = false;
};

// ---------------------------------------------------------------------------------------------

// yaml-cpp's Node::operator= does not rebind: it writes the right-hand node into the one the
// left-hand side refers to, editing the document. Everything here that holds nodes and may be
// assigned rebinds with Node::reset() instead.
struct MapEntry
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;

    MapEntry(QString key, YAML::Node keyNode, YAML::Node value)
        : key(std::move(key))
        , keyNode(std::move(keyNode))
        , value(std::move(value))
    { }
    MapEntry(const MapEntry &other) = default;
    MapEntry &operator=(const MapEntry &other)
    {
        key = other.key;
        keyNode.reset(other.keyNode);
        value.reset(other.value);
        return *this;
    }
};

// A mapping as PyYAML builds the dict dbt sees: merge keys expanded, keys in order of first
// appearance, each with the value written last.
class Mapping
{
public:
    Mapping() = default;
    explicit Mapping(YAML::Node node)
        : m_node(std::move(node))
    { }
    Mapping(const Mapping &other) = default;
    Mapping &operator=(const Mapping &other)
    {
        m_node.reset(other.m_node);
        m_entries = other.m_entries;
        m_index = other.m_index;
        return *this;
    }

    const YAML::Node &node() const { return m_node; }
    const std::vector<MapEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }

    const MapEntry *find(QLatin1String key) const
    {
        const qsizetype index = indexOf(key);
        return index < 0 ? nullptr : &m_entries[size_t(index)];
    }
    bool contains(QLatin1String key) const { return find(key) != nullptr; }
    bool contains(const QString &key) const { return indexOf(QStringView(key)) >= 0; }

    void assign(const MapEntry &entry)
    {
        const qsizetype index = indexOf(QStringView(entry.key));
        if (index >= 0) {
            // The later key carries the value, so its position is the one worth reporting.
            m_entries[size_t(index)] = entry;
            return;
        }
        m_entries.push_back(entry);
        if (!m_index.isEmpty() || m_entries.size() > kLinearLimit) {
            if (m_index.isEmpty()) {
                for (size_t i = 0; i < m_entries.size(); ++i)
                    m_index.insert(m_entries[i].key, qsizetype(i));
            } else {
                m_index.insert(entry.key, qsizetype(m_entries.size() - 1));
            }
        }
    }

private:
    // Property mappings have a handful of keys, where a scan beats hashing; a hash keeps a
    // hostile mapping with thousands of keys linear.
    static constexpr size_t kLinearLimit = 24;

    template<typename Key> qsizetype indexOf(Key key) const
    {
        if (!m_index.isEmpty())
            return m_index.value(key.toString(), -1);
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].key == key)
                return qsizetype(i);
        }
        return -1;
    }

    YAML::Node m_node;
    std::vector<MapEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

// Reads yaml-cpp nodes the way dbt's YAML loader (PyYAML, SafeLoader) would: merge keys, later
// duplicate keys winning, YAML 1.1 scalar types, explicit `!!str` tags. Guards against alias
// cycles and alias bombs so no input can exhaust the stack or memory.
class YamlView
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::PropertyFileParser)

public:
    YamlView(Diagnostics &diagnostics, YAML::Node root)
        : m_diagnostics(diagnostics)
        , m_root(std::move(root))
    { }

    Mapping mapping(const YAML::Node &node)
    {
        const Request request(*this, node);
        return flatMapping(node);
    }

    QJsonValue json(const YAML::Node &node)
    {
        const Request request(*this, node);
        std::vector<YAML::Node> chain;
        return toJson(node, chain);
    }

    QJsonValue scalar(const YAML::Node &node)
    {
        if (!node.IsScalar())
            return QJsonValue::Null;
        // "?" marks a plain scalar, "!" a quoted one; anything else was written as a tag.
        const std::string &tag = node.Tag();
        if (tag == "?" || tag.empty())
            return YamlDocument::resolveScalar(node);
        if (tag == "!" || tag == "tag:yaml.org,2002:str" || tag == "tag:yaml.org,2002:binary"
            || tag == "tag:yaml.org,2002:timestamp")
            return YamlDocument::scalarText(node);
        if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float"
            || tag == "tag:yaml.org,2002:bool" || tag == "tag:yaml.org,2002:null")
            return YamlDocument::resolveScalar(node);
        // PyYAML's safe loader has no constructor for other tags (!!python/object, !custom…)
        // and refuses the file.
        m_diagnostics.error(
            node,
            tr("dbt's YAML loader cannot read the tag '%1'").arg(QString::fromStdString(tag)));
        return YamlDocument::scalarText(node);
    }

    bool exhausted() const { return m_exhausted; }

private:
    // Remembers the value a reader asked for, the place to blame when aliases blow it up.
    class Request
    {
    public:
        Request(YamlView &view, const YAML::Node &node)
            : m_view(view)
        {
            if (m_view.m_requestDepth++ == 0)
                m_view.m_request.reset(node);
        }
        ~Request() { --m_view.m_requestDepth; }
        Request(const Request &) = delete;
        Request &operator=(const Request &) = delete;

    private:
        YamlView &m_view;
    };

    // A mapping with its merge keys resolved. Like PyYAML, which flattens a node once and keeps
    // the result, each node is flattened once, so merges of merges stay linear.
    Mapping flatMapping(const YAML::Node &node)
    {
        std::vector<YAML::Node> chain;
        return flatMapping(node, chain);
    }

    Mapping flatMapping(const YAML::Node &node, std::vector<YAML::Node> &chain)
    {
        if (!node.IsMap())
            return Mapping(node);
        const auto key = identity(node);
        if (key) {
            if (const auto cached = m_flattened.constFind(*key); cached != m_flattened.cend()) {
                spend(qint64(cached->entries().size()));
                return *cached;
            }
        }
        Mapping result = flatten(node, chain);
        if (key && !m_exhausted)
            m_flattened.insert(*key, result);
        return result;
    }

    bool spend(qint64 values = 1)
    {
        m_spent += values;
        if (m_spent <= m_limit)
            return true;
        // Only a large file gets here legitimately; counting its nodes once tells it apart
        // from a small file that aliases blow up.
        if (!m_limitScaled) {
            m_limitScaled = true;
            m_limit = std::max(m_limit, kValuesPerNode * distinctNodes(m_root));
            if (m_spent <= m_limit)
                return true;
        }
        if (!m_exhausted) {
            m_exhausted = true;
            m_diagnostics.error(m_request,
                                tr("aliases make this file expand without bound; the "
                                   "rest of the file is not read"));
            m_diagnostics.silence();
        }
        return false;
    }

    // Aliased lists and mappings are converted once; the position of a node as written (with
    // its type, as a block mapping starts where its first key does) identifies it.
    static std::optional<std::pair<qint64, int>> identity(const YAML::Node &node)
    {
        const YAML::Mark mark = node.Mark();
        if (mark.is_null())
            return std::nullopt;
        return std::make_pair(qint64(mark.pos), int(node.Type()));
    }

    // The number of nodes as written: an aliased node counts once (its position identifies it).
    static qint64 distinctNodes(const YAML::Node &root)
    {
        QSet<qint64> seen;
        qint64 count = 0;
        std::vector<YAML::Node> pending { root };
        while (!pending.empty()) {
            const YAML::Node node = pending.back();
            pending.pop_back();
            ++count;
            const YAML::Mark mark = node.Mark();
            if (!mark.is_null()) {
                if (seen.contains(mark.pos))
                    continue;
                seen.insert(mark.pos);
            }
            if (node.IsSequence()) {
                for (const YAML::Node &item : node)
                    pending.push_back(item);
            } else if (node.IsMap()) {
                for (const auto &item : node) {
                    pending.push_back(item.first);
                    pending.push_back(item.second);
                }
            }
        }
        return count;
    }

    static bool inChain(const std::vector<YAML::Node> &chain, const YAML::Node &node)
    {
        return std::any_of(chain.begin(), chain.end(),
                           [&](const YAML::Node &other) { return other.is(node); });
    }

    bool tooDeep(const std::vector<YAML::Node> &chain, const YAML::Node &at)
    {
        if (int(chain.size()) < kMaxDepth)
            return false;
        m_diagnostics.error(at,
                            tr("values are nested more than %1 levels deep; "
                               "the deeper levels are not read")
                                .arg(kMaxDepth));
        return true;
    }

    // PyYAML's flatten_mapping: the entries of merged mappings come first (in a list of merged
    // mappings, earlier ones win), then the mapping's own entries, which win over merged ones.
    Mapping flatten(const YAML::Node &node, std::vector<YAML::Node> &chain)
    {
        Mapping result(node);
        if (tooDeep(chain, node))
            return result;
        chain.push_back(node);
        std::vector<MapEntry> own;
        QSet<QString> ownKeys;
        for (const auto &item : node) {
            if (!spend())
                break;
            const YAML::Node keyNode = item.first;
            const YAML::Node value = item.second;
            if (!keyNode.IsScalar()) {
                m_diagnostics.error(keyNode,
                                    tr("a key must be plain text, not %1")
                                        .arg(keyNode.IsMap()            ? tr("a mapping")
                                                 : keyNode.IsSequence() ? tr("a list")
                                                                        : tr("empty")));
                continue;
            }
            const QString key = YamlDocument::scalarText(keyNode);
            if (key == QLatin1String("<<") && keyNode.Tag() != "!") {
                mergeInto(result, value, chain);
                continue;
            }
            // A scan for the usual handful of keys; a set once a mapping is large.
            if (ownKeys.isEmpty() && own.size() >= 24) {
                for (const MapEntry &entry : own)
                    ownKeys.insert(entry.key);
            }
            const bool duplicate = ownKeys.isEmpty()
                ? std::any_of(own.begin(), own.end(),
                              [&](const MapEntry &e) { return e.key == key; })
                : ownKeys.contains(key);
            if (duplicate) {
                m_diagnostics.warning(keyNode,
                                      tr("duplicate key '%1': dbt uses only this later "
                                         "value")
                                          .arg(key));
            }
            if (!ownKeys.isEmpty())
                ownKeys.insert(key);
            own.emplace_back(key, keyNode, value);
        }
        chain.pop_back();
        for (const MapEntry &entry : own)
            result.assign(entry);
        return result;
    }

    // Adds the entries of a merge key's value, in the order PyYAML appends them, so that the
    // later assignment (the one that wins) comes from the mapping PyYAML lets win.
    void mergeInto(Mapping &merged, const YAML::Node &value, std::vector<YAML::Node> &chain)
    {
        auto mergeOne = [&](const YAML::Node &source) {
            if (inChain(chain, source)) {
                m_diagnostics.error(source,
                                    tr("a merge key ('<<') refers to a mapping that "
                                       "contains it"));
                return;
            }
            const Mapping flat = flatMapping(source, chain);
            for (const MapEntry &entry : flat.entries())
                merged.assign(entry);
        };
        if (value.IsMap()) {
            mergeOne(value);
        } else if (value.IsSequence()) {
            std::vector<YAML::Node> sources;
            for (const YAML::Node &item : value) {
                if (!item.IsMap()) {
                    m_diagnostics.error(
                        item,
                        tr("a merge key ('<<') takes mappings, not %1")
                            .arg(item.IsSequence() ? tr("a list") : tr("a plain value")));
                    continue;
                }
                sources.push_back(item);
            }
            // Last to first, so that the first mapping in the list is assigned last and wins.
            for (auto source = sources.rbegin(); source != sources.rend(); ++source)
                mergeOne(*source);
        } else {
            m_diagnostics.error(value,
                                tr("a merge key ('<<') takes a mapping or a list of "
                                   "mappings"));
        }
    }

    QJsonValue toJson(const YAML::Node &node, std::vector<YAML::Node> &chain)
    {
        if (!node.IsSequence() && !node.IsMap())
            return spend() ? scalar(node) : QJsonValue(QJsonValue::Null);
        const auto key = identity(node);
        if (key) {
            if (const auto cached = m_converted.constFind(*key); cached != m_converted.cend())
                return spend(cached->second) ? cached->first : QJsonValue(QJsonValue::Null);
        }
        const qint64 before = m_spent;
        const QJsonValue value = convertCollection(node, chain);
        if (key && !m_exhausted)
            m_converted.insert(*key, { value, m_spent - before });
        return value;
    }

    QJsonValue convertCollection(const YAML::Node &node, std::vector<YAML::Node> &chain)
    {
        if (!spend())
            return QJsonValue::Null;
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            break;
        case YAML::NodeType::Sequence: {
            if (inChain(chain, node)) {
                m_diagnostics.error(node, tr("an alias refers to a list that contains it"));
                return QJsonValue::Null;
            }
            if (tooDeep(chain, node))
                return QJsonValue::Null;
            chain.push_back(node);
            QJsonArray array;
            for (const YAML::Node &item : node)
                array.append(toJson(item, chain));
            chain.pop_back();
            return array;
        }
        case YAML::NodeType::Map: {
            if (inChain(chain, node)) {
                m_diagnostics.error(node, tr("an alias refers to a mapping that contains it"));
                return QJsonValue::Null;
            }
            if (tooDeep(chain, node))
                return QJsonValue::Null;
            const Mapping flat = flatMapping(node, chain);
            chain.push_back(node);
            QJsonObject object;
            for (const MapEntry &entry : flat.entries())
                object.insert(entry.key, toJson(entry.value, chain));
            chain.pop_back();
            return object;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return QJsonValue::Null;
    }

    Diagnostics &m_diagnostics;
    YAML::Node m_root;
    YAML::Node m_request;
    int m_requestDepth = 0;
    qint64 m_spent = 0;
    qint64 m_limit = kMinValues;
    bool m_limitScaled = false;
    bool m_exhausted = false;
    // Converted collections with the number of values each stands for, and flattened mappings.
    QHash<std::pair<qint64, int>, std::pair<QJsonValue, qint64>> m_converted;
    QHash<std::pair<qint64, int>, Mapping> m_flattened;
};

// ---------------------------------------------------------------------------------------------

// The shapes of mappings a property file contains, each with the keys dbt reads there.
enum class Shape {
    File,
    Model,
    Seed,
    Snapshot,
    Analysis,
    Column,
    AnalysisColumn,
    Version,
    IncludeExclude,
    ColumnConstraint,
    ModelConstraint,
    Docs,
    TimeSpine,
    CustomGranularity,
    Source,
    SourceTable,
    Freshness,
    FreshnessAfter,
    Quoting,
    Macro,
    MacroArgument,
    Group,
    Exposure,
    SingularTest,
};

struct Vocabulary
{
    QStringList keys;
    // dbt validates these objects strictly and refuses the whole file on an unknown key; the
    // others keep unknown keys aside and silently ignore them.
    bool strict = false;
};

const Vocabulary &vocabulary(Shape shape)
{
    // Keys per dbt-core 1.8–1.10 (contracts/graph/unparsed.py and the parser's normalisation of
    // meta/docs/group/contract/access into config), plus keys dbt's documentation lists.
    static const Vocabulary file { keyList({ "version", "models", "seeds", "snapshots", "analyses",
                                             "sources", "macros", "groups", "exposures",
                                             "semantic_models", "metrics", "saved_queries",
                                             "unit_tests", "data_tests", "anchors" }),
                                   false };
    static const Vocabulary model { keyList({ "name", "description", "config", "columns",
                                              "data_tests", "tests", "constraints", "versions",
                                              "latest_version", "deprecation_date", "access",
                                              "group", "docs", "meta", "contract", "time_spine" }),
                                    false };
    static const Vocabulary seed { keyList({ "name", "description", "config", "columns",
                                             "data_tests", "tests", "docs", "meta", "group" }),
                                   false };
    static const Vocabulary snapshot { keyList({ "name", "description", "config", "columns",
                                                 "data_tests", "tests", "docs", "meta", "group",
                                                 "relation" }),
                                       false };
    static const Vocabulary analysis {
        keyList({ "name", "description", "config", "columns", "docs", "meta", "group" }), false
    };
    static const Vocabulary column { keyList({ "name", "description", "data_type", "quote",
                                               "constraints", "data_tests", "tests", "meta", "tags",
                                               "config", "granularity", "policy_tags", "docs" }),
                                     false };
    static const Vocabulary analysisColumn { keyList({ "name", "description", "data_type", "meta",
                                                       "constraints", "docs", "config" }),
                                             false };
    static const Vocabulary version { keyList({ "v", "defined_in", "description", "access",
                                                "config", "constraints", "docs", "data_tests",
                                                "tests", "columns", "deprecation_date" }),
                                      true };
    static const Vocabulary includeExclude { keyList({ "include", "exclude" }), true };
    static const Vocabulary columnConstraint { keyList({ "type", "name", "expression",
                                                         "warn_unenforced", "warn_unsupported",
                                                         "to", "to_columns" }),
                                               true };
    static const Vocabulary modelConstraint { keyList({ "type", "name", "expression", "columns",
                                                        "warn_unenforced", "warn_unsupported", "to",
                                                        "to_columns" }),
                                              true };
    static const Vocabulary docs { keyList({ "show", "node_color" }), true };
    static const Vocabulary timeSpine {
        keyList({ "standard_granularity_column", "custom_granularities" }), true
    };
    static const Vocabulary customGranularity { keyList({ "name", "column_name" }), true };
    static const Vocabulary source { keyList({ "name", "description", "database", "schema",
                                               "loader", "loaded_at_field", "loaded_at_query",
                                               "freshness", "quoting", "meta", "tags", "config",
                                               "tables", "overrides" }),
                                     true };
    static const Vocabulary sourceTable {
        keyList({ "name", "identifier", "description", "loaded_at_field", "loaded_at_query",
                  "freshness", "quoting", "external", "meta", "tags", "config", "columns",
                  "data_tests", "tests", "docs" }),
        false
    };
    static const Vocabulary freshness { keyList({ "warn_after", "error_after", "filter" }), true };
    static const Vocabulary freshnessAfter { keyList({ "count", "period" }), true };
    static const Vocabulary quoting { keyList({ "database", "schema", "identifier", "column" }),
                                      true };
    static const Vocabulary macro {
        keyList({ "name", "description", "docs", "meta", "arguments", "config" }), false
    };
    static const Vocabulary macroArgument { keyList({ "name", "type", "description" }), true };
    static const Vocabulary group { keyList({ "name", "owner", "description", "config" }), true };
    static const Vocabulary exposure { keyList({ "name", "label", "type", "maturity", "url",
                                                 "description", "owner", "depends_on", "meta",
                                                 "tags", "config" }),
                                       true };
    static const Vocabulary singularTest {
        keyList({ "name", "description", "config", "meta", "docs" }), false
    };
    switch (shape) {
    case Shape::File:
        return file;
    case Shape::Model:
        return model;
    case Shape::Seed:
        return seed;
    case Shape::Snapshot:
        return snapshot;
    case Shape::Analysis:
        return analysis;
    case Shape::Column:
        return column;
    case Shape::AnalysisColumn:
        return analysisColumn;
    case Shape::Version:
        return version;
    case Shape::IncludeExclude:
        return includeExclude;
    case Shape::ColumnConstraint:
        return columnConstraint;
    case Shape::ModelConstraint:
        return modelConstraint;
    case Shape::Docs:
        return docs;
    case Shape::TimeSpine:
        return timeSpine;
    case Shape::CustomGranularity:
        return customGranularity;
    case Shape::Source:
        return source;
    case Shape::SourceTable:
        return sourceTable;
    case Shape::Freshness:
        return freshness;
    case Shape::FreshnessAfter:
        return freshnessAfter;
    case Shape::Quoting:
        return quoting;
    case Shape::Macro:
        return macro;
    case Shape::MacroArgument:
        return macroArgument;
    case Shape::Group:
        return group;
    case Shape::Exposure:
        return exposure;
    case Shape::SingularTest:
        return singularTest;
    }
    return file;
}

// Configs users often write at the top level of a model, seed or snapshot instead of under
// `config:`; dbt silently ignores them there.
const QStringList &nodeConfigKeys()
{
    static const QStringList keys = keyList({ "materialized",
                                              "schema",
                                              "database",
                                              "alias",
                                              "enabled",
                                              "tags",
                                              "pre_hook",
                                              "post_hook",
                                              "pre-hook",
                                              "post-hook",
                                              "persist_docs",
                                              "full_refresh",
                                              "unique_key",
                                              "incremental_strategy",
                                              "on_schema_change",
                                              "on_configuration_change",
                                              "sql_header",
                                              "grants",
                                              "column_types",
                                              "quote_columns",
                                              "delimiter",
                                              "strategy",
                                              "updated_at",
                                              "check_cols",
                                              "target_schema",
                                              "target_database",
                                              "snapshot_meta_column_names",
                                              "dbt_valid_to_current",
                                              "hard_deletes",
                                              "invalidate_hard_deletes",
                                              "event_time",
                                              "batch_size",
                                              "lookback",
                                              "begin",
                                              "concurrent_batches",
                                              "freshness",
                                              "packages",
                                              "cluster_by",
                                              "partition_by",
                                              "transient",
                                              "copy_grants",
                                              "secure",
                                              "indexes",
                                              "sort",
                                              "dist",
                                              "bind",
                                              "docs_blocks",
                                              "labels",
                                              "persist" });
    return keys;
}

// Keys dbt moves from a node's top level into its config (and refuses when both are written).
const QStringList &normalisedKeys()
{
    static const QStringList keys = keyList({ "meta", "docs", "group", "contract", "access" });
    return keys;
}

QString normalisedForSuggestion(const QString &key)
{
    QString result = key.toLower();
    result.replace(QLatin1Char('-'), QLatin1Char('_'));
    result.replace(QLatin1Char(' '), QLatin1Char('_'));
    return result;
}

// The known key a mistyped one most likely meant, or an empty string when none is close.
QString closestKey(const QString &unknown, const QStringList &known)
{
    if (unknown.size() > 64)
        return {};
    const QString typed = normalisedForSuggestion(unknown);
    return TextDistance::closest(typed, known, TextDistance::allowedEdits(typed));
}

// ---------------------------------------------------------------------------------------------

// Reports the keys of a mapping that dbt does not read there, with the most useful hint: the
// closest known key, or where the key belongs instead.
class KeyChecker
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::PropertyFileParser)

public:
    explicit KeyChecker(Diagnostics &diagnostics)
        : m_diagnostics(diagnostics)
    { }

    void check(const Mapping &mapping, Shape shape, const QString &owner)
    {
        const Vocabulary &known = vocabulary(shape);
        for (const MapEntry &entry : mapping.entries()) {
            if (!known.keys.contains(entry.key))
                report(entry, shape, known, owner);
        }
    }

private:
    void report(const MapEntry &entry, Shape shape, const Vocabulary &known, const QString &owner)
    {
        const QString &key = entry.key;
        // A close match comes first: `acess` is a typo for `access`, not a config.
        const QString suggestion = closestKey(key, known.keys);
        if (suggestion.isEmpty() && reportMisplaced(entry, shape, owner))
            return;
        QString message;
        if (!suggestion.isEmpty()) {
            message = tr("unknown key '%1' in %2; did you mean '%3'?").arg(key, owner, suggestion);
        } else if (shape == Shape::File) {
            message = tr("unknown key '%1' in %2: dbt ignores it (YAML anchors can live under "
                         "'anchors:')")
                          .arg(key, owner);
        } else if (known.strict) {
            message = tr("unknown key '%1' in %2: dbt refuses the file (it accepts %3)")
                          .arg(key, owner, quoted(known.keys));
        } else {
            message = tr("unknown key '%1' in %2: dbt ignores it").arg(key, owner);
        }
        if (known.strict)
            m_diagnostics.error(entry.keyNode, message);
        else
            m_diagnostics.warning(entry.keyNode, message);
    }

    // Keys that are right elsewhere: a model property on a seed, a config at a model's top
    // level or directly in a version. Returns whether the key was one of them.
    bool reportMisplaced(const MapEntry &entry, Shape shape, const QString &owner)
    {
        const QString &key = entry.key;
        const bool nodeLike = shape == Shape::Model || shape == Shape::Seed
            || shape == Shape::Snapshot || shape == Shape::Analysis;
        if (nodeLike && vocabulary(Shape::Model).keys.contains(key)) {
            const bool test = key == QLatin1String("data_tests") || key == QLatin1String("tests");
            m_diagnostics.warning(
                entry.keyNode,
                shape == Shape::Analysis && test
                    ? tr("dbt ignores '%1' in %2: analyses cannot have data "
                         "tests")
                          .arg(key, owner)
                    : tr("dbt ignores '%1' in %2: it applies to models only").arg(key, owner));
            return true;
        }
        if (shape == Shape::Version
            && (nodeConfigKeys().contains(key) || normalisedKeys().contains(key))) {
            m_diagnostics.error(entry.keyNode,
                                tr("dbt does not accept '%1' directly in %2; move "
                                   "it under the version's 'config:'")
                                    .arg(key, owner));
            return true;
        }
        if (nodeLike && nodeConfigKeys().contains(key)) {
            m_diagnostics.warning(entry.keyNode,
                                  tr("'%1' is a config: dbt ignores it at the top "
                                     "level of %2; move it under 'config:'")
                                      .arg(key, owner));
            return true;
        }
        return false;
    }

    Diagnostics &m_diagnostics;
};

// ---------------------------------------------------------------------------------------------

QString describe(const YAML::Node &node, YamlView &view)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return PropertyFileParser::tr("a mapping");
    case YAML::NodeType::Sequence:
        return PropertyFileParser::tr("a list");
    case YAML::NodeType::Scalar: {
        const QJsonValue value = view.scalar(node);
        if (value.isBool())
            return PropertyFileParser::tr("true/false");
        if (value.isDouble())
            return PropertyFileParser::tr("a number");
        if (value.isNull())
            return PropertyFileParser::tr("empty");
        return PropertyFileParser::tr("text");
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return PropertyFileParser::tr("empty");
}

// Python's str() of a float, as dbt prints a version given as a number: 2.0, 1.5.
QString pythonNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e16)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

// Typed access to the values of one mapping. A value of the wrong type is reported at its
// position, against the owner's name ("model 'orders'"), and read as empty.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::PropertyFileParser)

public:
    Fields(YamlView &view, Diagnostics &diagnostics, const Mapping &mapping, QString owner)
        : m_view(view)
        , m_diagnostics(diagnostics)
        , m_mapping(mapping)
        , m_owner(std::move(owner))
    { }

    const Mapping &mapping() const { return m_mapping; }
    const QString &owner() const { return m_owner; }
    const MapEntry *find(const char *key) const { return m_mapping.find(QLatin1String(key)); }
    bool has(const char *key) const { return find(key) != nullptr; }
    bool isNull(const char *key) const
    {
        const MapEntry *entry = find(key);
        return entry && valueIsNull(entry->value);
    }

    QString text(const char *key) const
    {
        const MapEntry *entry = find(key);
        return entry ? textOf(*entry) : QString();
    }

    QString textOf(const MapEntry &entry) const
    {
        const YAML::Node &value = entry.value;
        if (!value.IsScalar()) {
            if (!value.IsNull())
                wrongType(entry, tr("text"));
            return {};
        }
        const QJsonValue resolved = m_view.scalar(value);
        if (resolved.isNull())
            return {};
        if (!resolved.isString())
            wrongType(entry, tr("text"));
        return YamlDocument::scalarText(value);
    }

    std::optional<bool> boolean(const char *key) const
    {
        const MapEntry *entry = find(key);
        if (!entry || valueIsNull(entry->value))
            return std::nullopt;
        const QJsonValue resolved = m_view.scalar(entry->value);
        if (!entry->value.IsScalar() || !resolved.isBool()) {
            wrongType(*entry, tr("true or false"));
            return std::nullopt;
        }
        return resolved.toBool();
    }

    QJsonObject object(const char *key) const
    {
        const MapEntry *entry = find(key);
        if (!entry || valueIsNull(entry->value))
            return {};
        if (!entry->value.IsMap()) {
            wrongType(*entry, tr("a mapping"));
            return {};
        }
        return m_view.json(entry->value).toObject();
    }

    // The items of a list; empty for an absent or null value.
    std::vector<YAML::Node> list(const char *key) const
    {
        const MapEntry *entry = find(key);
        return entry ? listOf(*entry) : std::vector<YAML::Node>();
    }

    std::vector<YAML::Node> listOf(const MapEntry &entry) const
    {
        std::vector<YAML::Node> items;
        if (entry.value.IsSequence()) {
            for (const YAML::Node &item : entry.value)
                items.push_back(item);
        } else if (!valueIsNull(entry.value)) {
            wrongType(entry, tr("a list"));
        }
        return items;
    }

    QStringList textList(const char *key) const
    {
        QStringList texts;
        const MapEntry *entry = find(key);
        if (!entry || valueIsNull(entry->value))
            return texts;
        if (entry->value.IsScalar()) {
            // dbt wants a list here; reading the single value still helps the rest of the file.
            wrongType(*entry, tr("a list of text"));
            texts.append(YamlDocument::scalarText(entry->value));
            return texts;
        }
        for (const YAML::Node &item : listOf(*entry)) {
            const QJsonValue resolved = m_view.scalar(item);
            if (!item.IsScalar() || !resolved.isString()) {
                m_diagnostics.error(item,
                                    tr("each item of '%1' in %2 must be text, not %3")
                                        .arg(entry->key, m_owner, describe(item, m_view)));
                if (!item.IsScalar() || resolved.isNull())
                    continue;
            }
            texts.append(YamlDocument::scalarText(item));
        }
        return texts;
    }

    // A version identifier (`v:`, `latest_version:`): a number or text, as dbt prints it.
    QString versionText(const char *key) const
    {
        const MapEntry *entry = find(key);
        if (!entry || valueIsNull(entry->value))
            return {};
        const QJsonValue resolved = m_view.scalar(entry->value);
        if (!entry->value.IsScalar() || resolved.isBool()) {
            wrongType(*entry, tr("a number or text"));
            return {};
        }
        if (resolved.isDouble()) {
            const double number = resolved.toDouble();
            const QString plain = YamlDocument::scalarText(entry->value);
            // Integers print as integers; floats as Python prints them.
            if (plain.contains(QLatin1Char('.')) || plain.contains(QLatin1Char('e'))
                || plain.contains(QLatin1Char('E')) || plain.startsWith(QLatin1Char('.'))
                || plain.contains(QLatin1String("inf"), Qt::CaseInsensitive)
                || plain.contains(QLatin1String("nan"), Qt::CaseInsensitive))
                return pythonNumber(number);
            return QString::number(qint64(number));
        }
        return resolved.toString();
    }

    void wrongType(const MapEntry &entry, const QString &expected) const
    {
        m_diagnostics.error(entry.value,
                            tr("'%1' in %2 must be %3, not %4")
                                .arg(entry.key, m_owner, expected, describe(entry.value, m_view)));
    }

    // PyYAML's null: an empty value, `~` or null/Null/NULL, unquoted.
    static bool valueIsNull(const YAML::Node &node)
    {
        if (node.IsNull() || !node.IsDefined())
            return true;
        if (!node.IsScalar() || node.Tag() != "?")
            return false;
        const std::string &text = node.Scalar();
        return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
    }

private:
    YamlView &m_view;
    Diagnostics &m_diagnostics;
    const Mapping &m_mapping;
    QString m_owner;
};

// ---------------------------------------------------------------------------------------------

// Reads the data tests of one model, seed, snapshot, source table, column or version, in every
// form dbt accepts (see generic_test_builders.py in dbt-core):
//   - unique
//   - accepted_values: {values: [...], quote: false, config: {...}, severity: warn}
//   - dbt_utils.expression_is_true: {arguments: {expression: "..."}}   (dbt 1.10)
//   - name: custom_name
//     test_name: accepted_values
//     values: [...]
class TestReader
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::PropertyFileParser)

public:
    TestReader(YamlView &view, Diagnostics &diagnostics)
        : m_view(view)
        , m_diagnostics(diagnostics)
    { }

    // Reads `data_tests:` and legacy `tests:` of `fields` into `out`. Returns whether the
    // mapping declares its own tests in dbt's sense (a `data_tests` key, even empty, or a
    // non-empty `tests`), which decides whether a version inherits its model's tests.
    bool readAll(const Fields &fields, const QString &columnName, std::vector<TestDeclaration> &out)
    {
        const MapEntry *modern = fields.find("data_tests");
        const MapEntry *legacy = fields.find("tests");
        const std::vector<YAML::Node> legacyItems
            = legacy ? fields.listOf(*legacy) : std::vector<YAML::Node>();
        // dbt renames a non-empty `tests` to `data_tests`, and refuses the file when both exist.
        if (modern && !legacyItems.empty()) {
            m_diagnostics.error(legacy->keyNode,
                                tr("cannot have both 'tests' and 'data_tests' in %1; move these "
                                   "tests under 'data_tests'")
                                    .arg(fields.owner()));
        }
        if (modern) {
            for (const YAML::Node &item : fields.listOf(*modern)) {
                if (auto test = read(item, columnName, false, fields.owner()))
                    out.push_back(std::move(*test));
            }
        }
        for (const YAML::Node &item : legacyItems) {
            if (auto test = read(item, columnName, true, fields.owner()))
                out.push_back(std::move(*test));
        }
        return (modern && !Fields::valueIsNull(modern->value)) || !legacyItems.empty();
    }

private:
    // Config keys dbt lifts from a test's arguments into its config (TestBuilder.CONFIG_ARGS).
    static const QStringList &configKeys()
    {
        static const QStringList keys = keyList(
            { "severity", "tags", "enabled", "where", "limit", "warn_if", "error_if", "fail_calc",
              "store_failures", "store_failures_as", "meta", "database", "schema", "alias" });
        return keys;
    }

    static bool isValidTestName(const QString &name)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^(?:[A-Za-z_][0-9A-Za-z_]*\\.)?[A-Za-z_][0-9A-Za-z_]*$"));
        return pattern.match(name).hasMatch();
    }

    std::optional<TestDeclaration> read(const YAML::Node &entry, const QString &columnName,
                                        bool legacy, const QString &owner)
    {
        TestDeclaration test;
        test.columnName = columnName;
        test.fromLegacyTestsKey = legacy;
        test.location = m_diagnostics.location(entry);

        if (entry.IsScalar() && !Fields::valueIsNull(entry)) {
            const QJsonValue resolved = m_view.scalar(entry);
            test.name = YamlDocument::scalarText(entry);
            if (!resolved.isString() || !isValidTestName(test.name)) {
                m_diagnostics.error(entry,
                                    tr("'%1' in %2 is not a test name").arg(test.name, owner));
                return std::nullopt;
            }
            return test;
        }
        if (Fields::valueIsNull(entry)) {
            m_diagnostics.error(entry, tr("a test in %1 is empty").arg(owner));
            return std::nullopt;
        }
        if (!entry.IsMap()) {
            m_diagnostics.error(entry,
                                tr("a test in %1 must be a test name or a mapping, not %2")
                                    .arg(owner, describe(entry, m_view)));
            return std::nullopt;
        }

        const Mapping mapping = m_view.mapping(entry);
        Mapping arguments(entry);
        YAML::Node nameNode = entry;
        if (const MapEntry *testName = mapping.find(QLatin1String("test_name"))) {
            // The custom-name form: the test's name under `test_name:`, arguments beside it.
            nameNode.reset(testName->value);
            for (const MapEntry &item : mapping.entries()) {
                if (item.key != QLatin1String("test_name"))
                    arguments.assign(item);
            }
        } else {
            if (mapping.entries().size() != 1) {
                reportKeyCount(mapping, owner);
                return std::nullopt;
            }
            const MapEntry &only = mapping.entries().front();
            nameNode.reset(only.keyNode);
            if (!only.value.IsMap()) {
                if (Fields::valueIsNull(only.value)) {
                    m_diagnostics.error(only.keyNode,
                                        tr("test '%1' in %2 has an empty argument block: write "
                                           "'- %1' without the colon, or indent its arguments "
                                           "beneath it")
                                            .arg(only.key, owner));
                } else {
                    m_diagnostics.error(only.value,
                                        tr("the arguments of test '%1' in %2 must "
                                           "be a mapping, not %3")
                                            .arg(only.key, owner, describe(only.value, m_view)));
                }
                return std::nullopt;
            }
            arguments = m_view.mapping(only.value);
        }

        if (!nameNode.IsScalar()) {
            m_diagnostics.error(nameNode,
                                tr("the test name in %1 must be text, not %2")
                                    .arg(owner, describe(nameNode, m_view)));
            return std::nullopt;
        }
        const QJsonValue resolvedName = m_view.scalar(nameNode);
        test.name = YamlDocument::scalarText(nameNode);
        if (!resolvedName.isString() || !isValidTestName(test.name)) {
            m_diagnostics.error(nameNode,
                                tr("'%1' in %2 is not a test name").arg(test.name, owner));
            return std::nullopt;
        }
        const QString testOwner = tr("test '%1' in %2").arg(test.name, owner);

        // dbt 1.10's `arguments:` block holds what older versions read beside the test name;
        // its keys win over keys written beside it.
        if (const MapEntry *block = arguments.find(QLatin1String("arguments"))) {
            const MapEntry copy = *block;
            Mapping folded(arguments.node());
            for (const MapEntry &item : arguments.entries()) {
                if (item.key != QLatin1String("arguments"))
                    folded.assign(item);
            }
            if (copy.value.IsMap()) {
                const Mapping inner = m_view.mapping(copy.value);
                for (const MapEntry &item : inner.entries())
                    folded.assign(item);
            } else if (!Fields::valueIsNull(copy.value)) {
                m_diagnostics.error(copy.value,
                                    tr("'arguments' in %1 must be a mapping, not %2")
                                        .arg(testOwner, describe(copy.value, m_view)));
            }
            arguments = folded;
        }

        const Fields fields(m_view, m_diagnostics, arguments, testOwner);
        test.config = fields.object("config");
        for (const MapEntry &item : arguments.entries()) {
            const QString &key = item.key;
            if (key == QLatin1String("config") || key == QLatin1String("arguments"))
                continue;
            if (key == QLatin1String("name")) {
                test.customName = fields.textOf(item);
                test.location = m_diagnostics.location(item.value);
            } else if (key == QLatin1String("description")) {
                test.description = fields.textOf(item);
            } else if (key == QLatin1String("model")) {
                m_diagnostics.error(item.keyNode,
                                    tr("%1 cannot have an argument named 'model': "
                                       "dbt fills it in")
                                        .arg(testOwner));
            } else if (key == QLatin1String("column_name") && !columnName.isEmpty()) {
                // dbt overwrites it with the column the test sits on.
                continue;
            } else if (configKeys().contains(key)) {
                const QJsonValue value = m_view.json(item.value);
                if (test.config.contains(key)) {
                    // dbt refuses a truthy value in both places; otherwise the config one wins.
                    if (isTruthy(value)) {
                        m_diagnostics.error(item.keyNode,
                                            tr("'%1' is set both beside %2 and under its "
                                               "'config:'; keep only one")
                                                .arg(key, testOwner));
                    }
                    continue;
                }
                if (!value.isNull())
                    test.config.insert(key, value);
            } else {
                test.arguments.insert(key, m_view.json(item.value));
            }
        }
        return test;
    }

    void reportKeyCount(const Mapping &mapping, const QString &owner)
    {
        QStringList keys;
        const MapEntry *emptyKey = nullptr;
        for (const MapEntry &item : mapping.entries()) {
            keys.append(item.key);
            if (Fields::valueIsNull(item.value) && !emptyKey)
                emptyKey = &item;
        }
        if (mapping.isEmpty()) {
            m_diagnostics.error(mapping.node(), tr("a test in %1 is an empty mapping").arg(owner));
            return;
        }
        // The usual cause: the arguments were not indented under the test name.
        if (emptyKey) {
            QStringList others = keys;
            others.removeAll(emptyKey->key);
            m_diagnostics.error(emptyKey->keyNode,
                                tr("a test in %1 has %2 keys (%3): indent %4 under '%5'")
                                    .arg(owner, QString::number(keys.size()), quoted(keys),
                                         quoted(others), emptyKey->key));
            return;
        }
        m_diagnostics.error(mapping.node(),
                            tr("a test in %1 has %2 keys (%3): a test is one key, the test's "
                               "name, with its arguments beneath it, or a mapping with "
                               "'test_name:'")
                                .arg(owner, QString::number(keys.size()), quoted(keys)));
    }

    YamlView &m_view;
    Diagnostics &m_diagnostics;
};

// ---------------------------------------------------------------------------------------------

enum class NodeKind { Model, Seed, Snapshot, Analysis };

struct Name
{
    QString text;
    SourceLocation location;
};

// Maps the resources of one property file onto the declaration structs.
class PropertyReader
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::PropertyFileParser)

public:
    PropertyReader(const YamlDocument &document, PropertyFile &file)
        : m_file(file)
        , m_diagnostics(document, file)
        , m_view(m_diagnostics, document.root())
        , m_keys(m_diagnostics)
        , m_tests(m_view, m_diagnostics)
    { }

    void readFile(const YAML::Node &root)
    {
        const Mapping mapping = m_view.mapping(root);
        const QString owner = tr("this file");
        m_keys.check(mapping, Shape::File, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        if (const MapEntry *version = fields.find("version")) {
            const QJsonValue value = m_view.json(version->value);
            if (value.isDouble() && value.toDouble() == 2.0)
                m_file.version = 2;
            else if (!value.isNull())
                m_diagnostics.warning(version->value, tr("property files know only 'version: 2'"));
        }
        readNodes(fields, "models", NodeKind::Model, m_file.models);
        readNodes(fields, "seeds", NodeKind::Seed, m_file.seeds);
        readNodes(fields, "snapshots", NodeKind::Snapshot, m_file.snapshots);
        readNodes(fields, "analyses", NodeKind::Analysis, m_file.analyses);
        readSection(fields, "sources", tr("source"), m_file.sources,
                    [this](const Mapping &m) { return readSource(m); });
        readSection(fields, "macros", tr("macro"), m_file.macros,
                    [this](const Mapping &m) { return readMacro(m); });
        readSection(fields, "groups", tr("group"), m_file.groups,
                    [this](const Mapping &m) { return readGroup(m); });
        readSection(fields, "exposures", tr("exposure"), m_file.exposures,
                    [this](const Mapping &m) { return readExposure(m); });
        m_file.semanticModels = jsonList(fields, "semantic_models");
        m_file.metrics = jsonList(fields, "metrics");
        m_file.savedQueries = jsonList(fields, "saved_queries");
        m_file.unitTests = jsonList(fields, "unit_tests");
        readSingularTests(fields);
    }

private:
    // --- helpers ---

    // "model 'orders'", or "this model" while the name is missing.
    static QString ownerPhrase(const QString &noun, const QString &name)
    {
        return name.isEmpty() ? tr("this %1").arg(noun) : tr("%1 '%2'").arg(noun, name);
    }

    Name readName(const Mapping &mapping, const QString &noun)
    {
        Name name;
        name.location = m_diagnostics.location(mapping.node());
        const MapEntry *entry = mapping.find(QLatin1String("name"));
        if (!entry || Fields::valueIsNull(entry->value)) {
            m_diagnostics.error(entry ? entry->value : mapping.node(),
                                tr("this %1 has no 'name'").arg(noun));
            return name;
        }
        name.location = m_diagnostics.location(entry->value);
        const QJsonValue resolved = m_view.scalar(entry->value);
        if (!entry->value.IsScalar()) {
            m_diagnostics.error(entry->value,
                                tr("the name of this %1 must be text, not %2")
                                    .arg(noun, describe(entry->value, m_view)));
            return name;
        }
        name.text = YamlDocument::scalarText(entry->value);
        if (!resolved.isString()) {
            m_diagnostics.error(entry->value,
                                tr("the name of %1 '%2' must be text, not %3; put "
                                   "it in quotes")
                                    .arg(noun, name.text, describe(entry->value, m_view)));
        }
        return name;
    }

    // Calls `read` on each mapping of a top-level list; entries without a usable name are
    // reported and dropped, as are second entries of the same name.
    template<typename Declaration, typename ReadFunction>
    void readSection(const Fields &fields, const char *key, const QString &noun,
                     std::vector<Declaration> &out, ReadFunction read)
    {
        const MapEntry *section = fields.find(key);
        if (!section)
            return;
        if (section->value.IsMap()) {
            m_diagnostics.error(section->value,
                                tr("'%1' must be a list whose entries start with "
                                   "'- name:', not a mapping")
                                    .arg(section->key));
            return;
        }
        QSet<QString> seen;
        for (const YAML::Node &item : fields.listOf(*section)) {
            if (m_view.exhausted())
                return;
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each entry of '%1' must be a mapping with a "
                                       "'name', not %2")
                                        .arg(section->key, describe(item, m_view)));
                continue;
            }
            std::optional<Declaration> declaration = read(m_view.mapping(item));
            if (!declaration || declaration->name.isEmpty())
                continue;
            if (seen.contains(declaration->name)) {
                m_diagnostics.error(item,
                                    tr("%1 '%2' is declared twice in this file; dbt "
                                       "refuses duplicate entries")
                                        .arg(noun, declaration->name));
                continue;
            }
            seen.insert(declaration->name);
            out.push_back(std::move(*declaration));
        }
    }

    QJsonArray jsonList(const Fields &fields, const char *key)
    {
        const MapEntry *entry = fields.find(key);
        if (!entry || Fields::valueIsNull(entry->value))
            return {};
        if (!entry->value.IsSequence()) {
            fields.wrongType(*entry, tr("a list"));
            return {};
        }
        return m_view.json(entry->value).toArray();
    }

    void readDocs(const Fields &fields, QJsonObject &into)
    {
        const MapEntry *entry = fields.find("docs");
        if (!entry || Fields::valueIsNull(entry->value))
            return;
        if (!entry->value.IsMap()) {
            fields.wrongType(*entry, tr("a mapping"));
            return;
        }
        const Mapping docs = m_view.mapping(entry->value);
        const QString owner = tr("'docs' of %1").arg(fields.owner());
        m_keys.check(docs, Shape::Docs, owner);
        const Fields docFields(m_view, m_diagnostics, docs, owner);
        docFields.boolean("show");
        docFields.text("node_color");
        into = m_view.json(entry->value).toObject();
    }

    QJsonArray readConstraints(const Fields &fields, Shape shape)
    {
        QJsonArray constraints;
        static const QStringList types
            = keyList({ "check", "not_null", "unique", "primary_key", "foreign_key", "custom" });
        for (const YAML::Node &item : fields.list("constraints")) {
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each constraint in %1 must be a mapping with a "
                                       "'type', not %2")
                                        .arg(fields.owner(), describe(item, m_view)));
                continue;
            }
            const Mapping constraint = m_view.mapping(item);
            const QString owner = tr("a constraint of %1").arg(fields.owner());
            m_keys.check(constraint, shape, owner);
            const Fields constraintFields(m_view, m_diagnostics, constraint, owner);
            const QString type = constraintFields.text("type");
            if (!constraintFields.has("type") || type.isEmpty()) {
                m_diagnostics.error(item,
                                    tr("a constraint of %1 has no 'type'").arg(fields.owner()));
            } else if (!types.contains(type)) {
                m_diagnostics.error(
                    constraintFields.find("type")->value,
                    tr("'%1' is not a constraint type; dbt knows %2").arg(type, quoted(types)));
            }
            constraintFields.textList("to_columns");
            if (shape == Shape::ModelConstraint)
                constraintFields.textList("columns");
            constraints.append(m_view.json(item));
        }
        return constraints;
    }

    // --- models, seeds, snapshots, analyses ---

    static QString nodeNoun(NodeKind kind)
    {
        switch (kind) {
        case NodeKind::Model:
            return tr("model");
        case NodeKind::Seed:
            return tr("seed");
        case NodeKind::Snapshot:
            return tr("snapshot");
        case NodeKind::Analysis:
            return tr("analysis");
        }
        return tr("model");
    }

    static Shape nodeShape(NodeKind kind)
    {
        switch (kind) {
        case NodeKind::Model:
            return Shape::Model;
        case NodeKind::Seed:
            return Shape::Seed;
        case NodeKind::Snapshot:
            return Shape::Snapshot;
        case NodeKind::Analysis:
            return Shape::Analysis;
        }
        return Shape::Model;
    }

    void readNodes(const Fields &fields, const char *key, NodeKind kind,
                   std::vector<NodeDeclaration> &out)
    {
        readSection(fields, key, nodeNoun(kind), out,
                    [this, kind](const Mapping &m) { return readNode(m, kind); });
    }

    std::optional<NodeDeclaration> readNode(const Mapping &mapping, NodeKind kind)
    {
        NodeDeclaration node;
        const QString noun = nodeNoun(kind);
        const Name name = readName(mapping, noun);
        node.name = name.text;
        node.location = name.location;
        const QString owner = ownerPhrase(noun, node.name);
        m_keys.check(mapping, nodeShape(kind), owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        node.description = fields.text("description");
        node.config = fields.object("config");
        readTopLevel(fields, kind, node);
        readColumns(fields, kind == NodeKind::Analysis ? Shape::AnalysisColumn : Shape::Column,
                    node.columns);
        if (kind != NodeKind::Analysis)
            m_tests.readAll(fields, QString(), node.tests);
        if (kind == NodeKind::Model) {
            node.constraints = readConstraints(fields, Shape::ModelConstraint);
            readVersions(fields, node);
        }
        return node;
    }

    // Keys dbt reads at a node's top level besides name/description/config/columns/tests go
    // to `topLevel` as written; the manifest builder applies dbt's precedence.
    void readTopLevel(const Fields &fields, NodeKind kind, NodeDeclaration &node)
    {
        const Vocabulary &known = vocabulary(nodeShape(kind));
        for (const MapEntry &entry : fields.mapping().entries()) {
            const QString &key = entry.key;
            if (!known.keys.contains(key) || !readTopLevelValue(fields, entry, node))
                continue;
            node.topLevel.insert(key, m_view.json(entry.value));
            if (normalisedKeys().contains(key) && node.config.contains(key)) {
                m_diagnostics.error(entry.keyNode,
                                    tr("'%1' is set both at the top level of %2 and under its "
                                       "'config:'; dbt refuses this, keep only the one under "
                                       "'config:'")
                                        .arg(key, fields.owner()));
            }
        }
    }

    // Checks one top-level value; returns whether it belongs in `topLevel`.
    bool readTopLevelValue(const Fields &fields, const MapEntry &entry, NodeDeclaration &node)
    {
        const QString &key = entry.key;
        if (key == QLatin1String("meta") || key == QLatin1String("contract")
            || key == QLatin1String("time_spine") || key == QLatin1String("docs")) {
            if (Fields::valueIsNull(entry.value))
                return true;
            if (!entry.value.IsMap()) {
                fields.wrongType(entry, tr("a mapping"));
                return false;
            }
            if (key == QLatin1String("docs")) {
                QJsonObject docs;
                readDocs(fields, docs);
            } else if (key == QLatin1String("time_spine")) {
                checkTimeSpine(entry, fields.owner());
            }
            return true;
        }
        if (key == QLatin1String("access") || key == QLatin1String("group")
            || key == QLatin1String("relation")) {
            fields.textOf(entry);
            return true;
        }
        if (key == QLatin1String("latest_version")) {
            node.latestVersion = fields.versionText("latest_version");
            return true;
        }
        if (key == QLatin1String("deprecation_date")) {
            node.deprecationDate = fields.textOf(entry);
            return true;
        }
        return false;
    }

    void checkTimeSpine(const MapEntry &entry, const QString &nodeOwner)
    {
        const Mapping spine = m_view.mapping(entry.value);
        const QString owner = tr("'time_spine' of %1").arg(nodeOwner);
        m_keys.check(spine, Shape::TimeSpine, owner);
        const Fields fields(m_view, m_diagnostics, spine, owner);
        if (fields.text("standard_granularity_column").isEmpty()) {
            m_diagnostics.error(entry.value,
                                tr("%1 needs a 'standard_granularity_column'").arg(owner));
        }
        for (const YAML::Node &item : fields.list("custom_granularities")) {
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each custom granularity in %1 must be a mapping, "
                                       "not %2")
                                        .arg(owner, describe(item, m_view)));
                continue;
            }
            const Mapping granularity = m_view.mapping(item);
            m_keys.check(granularity, Shape::CustomGranularity, owner);
            const Fields granularityFields(m_view, m_diagnostics, granularity, owner);
            if (granularityFields.text("name").isEmpty())
                m_diagnostics.error(item,
                                    tr("a custom granularity in %1 has no 'name'").arg(owner));
            granularityFields.text("column_name");
        }
    }

    // --- columns ---

    void readColumns(const Fields &fields, Shape shape, std::vector<ColumnDeclaration> &out)
    {
        const MapEntry *entry = fields.find("columns");
        if (!entry)
            return;
        readColumnItems(fields, fields.listOf(*entry), shape, out);
    }

    void readColumnItems(const Fields &fields, const std::vector<YAML::Node> &items, Shape shape,
                         std::vector<ColumnDeclaration> &out)
    {
        QHash<QString, size_t> byName;
        for (size_t i = 0; i < out.size(); ++i)
            byName.insert(out[i].name, i);
        for (const YAML::Node &item : items) {
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each column of %1 must be a mapping with a 'name', "
                                       "not %2")
                                        .arg(fields.owner(), describe(item, m_view)));
                continue;
            }
            std::optional<ColumnDeclaration> column
                = readColumn(m_view.mapping(item), shape, fields.owner());
            if (!column || column->name.isEmpty())
                continue;
            // dbt keys columns by name, so a second entry replaces the first.
            if (const auto existing = byName.constFind(column->name); existing != byName.cend()) {
                m_diagnostics.warning(item,
                                      tr("column '%1' of %2 is declared twice; dbt keeps "
                                         "only this later entry")
                                          .arg(column->name, fields.owner()));
                out[*existing] = std::move(*column);
                continue;
            }
            byName.insert(column->name, out.size());
            out.push_back(std::move(*column));
        }
    }

    std::optional<ColumnDeclaration> readColumn(const Mapping &mapping, Shape shape,
                                                const QString &parentOwner)
    {
        ColumnDeclaration column;
        const Name name = readName(mapping, tr("column of %1").arg(parentOwner));
        column.name = name.text;
        column.location = name.location;
        const QString owner = tr("column '%1' of %2").arg(column.name, parentOwner);
        m_keys.check(mapping, shape, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        column.description = fields.text("description");
        column.dataType = fields.text("data_type");
        column.meta = fields.object("meta");
        column.config = fields.object("config");
        column.constraints = readConstraints(fields, Shape::ColumnConstraint);
        readDocs(fields, column.docs);
        if (shape == Shape::Column) {
            column.quote = fields.boolean("quote");
            column.tags = fields.textList("tags");
            column.granularity = fields.text("granularity");
            column.policyTags = fields.textList("policy_tags");
            m_tests.readAll(fields, column.name, column.tests);
        }
        return column;
    }

    // --- versions ---

    void readVersions(const Fields &fields, NodeDeclaration &node)
    {
        QSet<QString> seen;
        for (const YAML::Node &item : fields.list("versions")) {
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each version of %1 must be a mapping with 'v', "
                                       "not %2")
                                        .arg(fields.owner(), describe(item, m_view)));
                continue;
            }
            std::optional<VersionDeclaration> version = readVersion(m_view.mapping(item), fields);
            if (!version)
                continue;
            if (seen.contains(version->version)) {
                m_diagnostics.error(
                    item,
                    tr("version %1 of %2 is declared twice").arg(version->version, fields.owner()));
                continue;
            }
            seen.insert(version->version);
            node.versions.push_back(std::move(*version));
        }
        // dbt compares the values as YAML gave them, so 2 and 2.0 are the same version.
        const auto sameVersion = [](const QString &a, const QString &b) {
            bool aIsNumber = false;
            bool bIsNumber = false;
            const double aNumber = a.toDouble(&aIsNumber);
            const double bNumber = b.toDouble(&bIsNumber);
            return aIsNumber && bIsNumber ? aNumber == bNumber : a == b;
        };
        const QString &latest = node.latestVersion;
        if (latest.isEmpty()
            || std::any_of(
                node.versions.begin(), node.versions.end(),
                [&](const VersionDeclaration &v) { return sameVersion(v.version, latest); }))
            return;
        QStringList versions(seen.begin(), seen.end());
        versions.sort();
        const YAML::Node &at = fields.find("latest_version")->value;
        if (versions.isEmpty()) {
            m_diagnostics.error(at,
                                tr("latest_version %1 is given, but %2 has no versions")
                                    .arg(latest, fields.owner()));
        } else {
            m_diagnostics.error(
                at,
                tr("latest_version %1 is not one of the versions of %2 (%3)")
                    .arg(latest, fields.owner(), versions.join(QLatin1String(", "))));
        }
    }

    std::optional<VersionDeclaration> readVersion(const Mapping &mapping, const Fields &model)
    {
        VersionDeclaration version;
        // properties.h documents "undefined" for a version without include/exclude; a default
        // QJsonValue is null.
        version.includeColumns = QJsonValue(QJsonValue::Undefined);
        const Fields probe(m_view, m_diagnostics, mapping, model.owner());
        const MapEntry *v = probe.find("v");
        version.version = probe.versionText("v");
        if (!v || version.version.isEmpty()) {
            if (!v || Fields::valueIsNull(v->value))
                m_diagnostics.error(v ? v->value : mapping.node(),
                                    tr("a version of %1 has no 'v'").arg(model.owner()));
            return std::nullopt;
        }
        version.location = m_diagnostics.location(v->value);
        const QString owner = tr("version %1 of %2").arg(version.version, model.owner());
        m_keys.check(mapping, Shape::Version, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        version.definedIn = fields.text("defined_in");
        version.description = fields.text("description");
        version.config = fields.object("config");
        version.deprecationDate = fields.text("deprecation_date");
        version.constraints = readConstraints(fields, Shape::ModelConstraint);
        if (const MapEntry *access = fields.find("access")) {
            fields.textOf(*access);
            version.topLevel.insert(access->key, m_view.json(access->value));
        }
        if (const MapEntry *docs = fields.find("docs"); docs && docs->value.IsMap()) {
            QJsonObject json;
            readDocs(fields, json);
            version.topLevel.insert(docs->key, json);
        } else if (docs && !Fields::valueIsNull(docs->value)) {
            fields.wrongType(*docs, tr("a mapping"));
        }
        version.testsDeclared = m_tests.readAll(fields, QString(), version.tests);

        const MapEntry *columns = fields.find("columns");
        if (!columns)
            return version;
        bool haveIncludeExclude = false;
        std::vector<YAML::Node> declared;
        for (const YAML::Node &item : fields.listOf(*columns)) {
            if (item.IsMap()) {
                const Mapping columnMapping = m_view.mapping(item);
                if (!columnMapping.contains(QLatin1String("name"))
                    && (columnMapping.contains(QLatin1String("include"))
                        || columnMapping.contains(QLatin1String("exclude")))) {
                    if (haveIncludeExclude) {
                        m_diagnostics.error(
                            item, tr("%1 can have only one include/exclude entry").arg(owner));
                        continue;
                    }
                    haveIncludeExclude = true;
                    readIncludeExclude(columnMapping, owner, version);
                    continue;
                }
            }
            declared.push_back(item);
        }
        readColumnItems(fields, declared, Shape::Column, version.columns);
        return version;
    }

    void readIncludeExclude(const Mapping &mapping, const QString &owner,
                            VersionDeclaration &version)
    {
        m_keys.check(mapping, Shape::IncludeExclude, tr("the columns of %1").arg(owner));
        const Fields fields(m_view, m_diagnostics, mapping, owner);
        bool includesAll = false;
        if (const MapEntry *include = fields.find("include")) {
            if (include->value.IsSequence()) {
                QJsonArray names;
                for (const QString &name : fields.textList("include"))
                    names.append(name);
                version.includeColumns = names;
            } else {
                const QString text = fields.textOf(*include);
                if (text == QLatin1String("*") || text == QLatin1String("all")) {
                    version.includeColumns = text;
                    includesAll = true;
                } else {
                    m_diagnostics.error(include->value,
                                        tr("'include' in %1 must be \"*\", all, "
                                           "or a list of column names")
                                            .arg(owner));
                }
            }
        } else {
            m_diagnostics.error(mapping.node(),
                                tr("the columns of %1 have 'exclude' without "
                                   "'include'; add include: \"*\" to the same "
                                   "entry")
                                    .arg(owner));
        }
        version.excludeColumns = fields.textList("exclude");
        const MapEntry *exclude = fields.find("exclude");
        if (exclude && !version.excludeColumns.isEmpty() && !includesAll && fields.has("include")) {
            m_diagnostics.error(exclude->keyNode,
                                tr("'exclude' in %1 only works with include: "
                                   "\"*\" or include: all")
                                    .arg(owner));
        }
    }

    // --- sources ---

    void readFreshness(const Fields &fields, QJsonObject &freshness, bool &isNull)
    {
        const MapEntry *entry = fields.find("freshness");
        if (!entry)
            return;
        if (Fields::valueIsNull(entry->value)) {
            isNull = true;
            return;
        }
        if (!entry->value.IsMap()) {
            fields.wrongType(*entry, tr("a mapping"));
            return;
        }
        const QString owner = tr("the freshness of %1").arg(fields.owner());
        checkFreshness(m_view.mapping(entry->value), owner);
        freshness = m_view.json(entry->value).toObject();
    }

    void checkFreshness(const Mapping &mapping, const QString &owner)
    {
        m_keys.check(mapping, Shape::Freshness, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);
        fields.text("filter");
        static const QStringList periods = keyList({ "minute", "hour", "day" });
        for (const char *key : { "warn_after", "error_after" }) {
            const MapEntry *after = fields.find(key);
            if (!after || Fields::valueIsNull(after->value))
                continue;
            if (!after->value.IsMap()) {
                fields.wrongType(*after, tr("a mapping with 'count' and 'period'"));
                continue;
            }
            const QString afterOwner = tr("'%1' of %2").arg(after->key, owner);
            const Mapping afterMapping = m_view.mapping(after->value);
            m_keys.check(afterMapping, Shape::FreshnessAfter, afterOwner);
            const Fields afterFields(m_view, m_diagnostics, afterMapping, afterOwner);
            if (const MapEntry *count = afterFields.find("count")) {
                const QJsonValue value = m_view.json(count->value);
                if (!value.isNull()
                    && (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())))
                    afterFields.wrongType(*count, tr("a whole number"));
            }
            if (const MapEntry *period = afterFields.find("period")) {
                const QString text = afterFields.textOf(*period);
                if (!text.isEmpty() && !periods.contains(text)) {
                    m_diagnostics.error(period->value,
                                        tr("'period' in %1 must be minute, hour or "
                                           "day, not '%2'")
                                            .arg(afterOwner, text));
                }
            }
        }
    }

    QJsonObject readQuoting(const Fields &fields)
    {
        const MapEntry *entry = fields.find("quoting");
        if (!entry || Fields::valueIsNull(entry->value))
            return {};
        if (!entry->value.IsMap()) {
            fields.wrongType(*entry, tr("a mapping"));
            return {};
        }
        const QString owner = tr("the quoting of %1").arg(fields.owner());
        const Mapping quoting = m_view.mapping(entry->value);
        m_keys.check(quoting, Shape::Quoting, owner);
        const Fields quotingFields(m_view, m_diagnostics, quoting, owner);
        for (const char *key : { "database", "schema", "identifier", "column" })
            quotingFields.boolean(key);
        return m_view.json(entry->value).toObject();
    }

    std::optional<SourceDeclaration> readSource(const Mapping &mapping)
    {
        SourceDeclaration source;
        const Name name = readName(mapping, tr("source"));
        source.name = name.text;
        source.location = name.location;
        const QString owner = tr("source '%1'").arg(source.name);
        m_keys.check(mapping, Shape::Source, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        source.description = fields.text("description");
        source.database = fields.text("database");
        source.schema = fields.text("schema");
        source.loader = fields.text("loader");
        source.loadedAtField = fields.text("loaded_at_field");
        source.loadedAtQuery = fields.text("loaded_at_query");
        source.overrides = fields.text("overrides");
        readFreshness(fields, source.freshness, source.freshnessNull);
        source.quoting = readQuoting(fields);
        source.meta = fields.object("meta");
        source.tags = fields.textList("tags");
        source.config = fields.object("config");

        const MapEntry *tables = fields.find("tables");
        if (tables && tables->value.IsMap()) {
            m_diagnostics.error(tables->value,
                                tr("'tables' of %1 must be a list whose entries "
                                   "start with '- name:', not a mapping")
                                    .arg(owner));
            return source;
        }
        QSet<QString> seen;
        for (const YAML::Node &item : fields.list("tables")) {
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each table of %1 must be a mapping with a 'name', "
                                       "not %2")
                                        .arg(owner, describe(item, m_view)));
                continue;
            }
            std::optional<SourceTableDeclaration> table = readTable(m_view.mapping(item), owner);
            if (!table || table->name.isEmpty())
                continue;
            if (seen.contains(table->name)) {
                m_diagnostics.error(item,
                                    tr("table '%1' of %2 is declared twice; dbt refuses "
                                       "duplicate entries")
                                        .arg(table->name, owner));
                continue;
            }
            seen.insert(table->name);
            source.tables.push_back(std::move(*table));
        }
        return source;
    }

    std::optional<SourceTableDeclaration> readTable(const Mapping &mapping,
                                                    const QString &sourceOwner)
    {
        SourceTableDeclaration table;
        const Name name = readName(mapping, tr("table of %1").arg(sourceOwner));
        table.name = name.text;
        table.location = name.location;
        const QString owner = tr("table '%1' of %2").arg(table.name, sourceOwner);
        m_keys.check(mapping, Shape::SourceTable, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        table.identifier = fields.text("identifier");
        table.description = fields.text("description");
        table.loadedAtField = fields.text("loaded_at_field");
        table.loadedAtFieldNull = fields.isNull("loaded_at_field");
        table.loadedAtQuery = fields.text("loaded_at_query");
        readFreshness(fields, table.freshness, table.freshnessNull);
        table.quoting = readQuoting(fields);
        table.external = fields.object("external");
        table.meta = fields.object("meta");
        table.tags = fields.textList("tags");
        table.config = fields.object("config");
        readDocs(fields, table.docs);
        readColumns(fields, Shape::Column, table.columns);
        m_tests.readAll(fields, QString(), table.tests);
        return table;
    }

    // --- macros, groups, exposures, singular tests ---

    std::optional<MacroDeclaration> readMacro(const Mapping &mapping)
    {
        MacroDeclaration macro;
        const Name name = readName(mapping, tr("macro"));
        macro.name = name.text;
        macro.location = name.location;
        const QString owner = tr("macro '%1'").arg(macro.name);
        m_keys.check(mapping, Shape::Macro, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        macro.description = fields.text("description");
        macro.meta = fields.object("meta");
        macro.config = fields.object("config");
        readDocs(fields, macro.docs);
        for (const YAML::Node &item : fields.list("arguments")) {
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each argument of %1 must be a mapping with a "
                                       "'name', not %2")
                                        .arg(owner, describe(item, m_view)));
                continue;
            }
            const Mapping argument = m_view.mapping(item);
            const Name argumentName = readName(argument, tr("argument of %1").arg(owner));
            const QString argumentOwner = tr("argument '%1' of %2").arg(argumentName.text, owner);
            m_keys.check(argument, Shape::MacroArgument, argumentOwner);
            const Fields argumentFields(m_view, m_diagnostics, argument, argumentOwner);
            argumentFields.text("type");
            argumentFields.text("description");
            if (!argumentName.text.isEmpty())
                macro.arguments.append(m_view.json(item));
        }
        return macro;
    }

    // Owners of groups and exposures: name and/or email (one or several addresses), plus any
    // other keys, which dbt keeps.
    QJsonObject readOwner(const Fields &fields)
    {
        const MapEntry *entry = fields.find("owner");
        if (!entry || Fields::valueIsNull(entry->value)) {
            m_diagnostics.error(entry ? entry->value : fields.mapping().node(),
                                tr("%1 has no 'owner' (a name or an email)").arg(fields.owner()));
            return {};
        }
        if (!entry->value.IsMap()) {
            fields.wrongType(*entry, tr("a mapping with 'name' and/or 'email'"));
            return {};
        }
        const QString owner = tr("the owner of %1").arg(fields.owner());
        const Mapping ownerMapping = m_view.mapping(entry->value);
        const Fields ownerFields(m_view, m_diagnostics, ownerMapping, owner);
        ownerFields.text("name");
        if (const MapEntry *email = ownerFields.find("email"); email && email->value.IsSequence())
            ownerFields.textList("email");
        else
            ownerFields.text("email");
        const QJsonObject json = m_view.json(entry->value).toObject();
        const auto given = [&json](const char *key) {
            const QJsonValue value = json.value(QLatin1String(key));
            return !value.isNull() && !value.isUndefined();
        };
        if (!given("name") && !given("email")) {
            m_diagnostics.error(
                entry->value,
                tr("the owner of %1 needs a 'name' or an 'email'").arg(fields.owner()));
        }
        return json;
    }

    static QString emailText(const QJsonValue &email)
    {
        if (email.isArray()) {
            QStringList addresses;
            for (const QJsonValue &address : email.toArray())
                addresses.append(address.toString());
            return addresses.join(QLatin1String(", "));
        }
        return email.toString();
    }

    std::optional<GroupDeclaration> readGroup(const Mapping &mapping)
    {
        GroupDeclaration group;
        const Name name = readName(mapping, tr("group"));
        group.name = name.text;
        group.location = name.location;
        const QString owner = tr("group '%1'").arg(group.name);
        m_keys.check(mapping, Shape::Group, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        group.description = fields.text("description");
        group.config = fields.object("config");
        group.owner = readOwner(fields);
        group.ownerName = group.owner.value(QLatin1String("name")).toString();
        group.ownerEmail = emailText(group.owner.value(QLatin1String("email")));
        return group;
    }

    std::optional<ExposureDeclaration> readExposure(const Mapping &mapping)
    {
        ExposureDeclaration exposure;
        const Name name = readName(mapping, tr("exposure"));
        exposure.name = name.text;
        exposure.location = name.location;
        const QString owner = tr("exposure '%1'").arg(exposure.name);
        m_keys.check(mapping, Shape::Exposure, owner);
        const Fields fields(m_view, m_diagnostics, mapping, owner);

        static const QRegularExpression namePattern(QStringLiteral("^[\\w-]+$"),
                                                    QRegularExpression::UseUnicodePropertiesOption);
        if (!exposure.name.isEmpty() && !namePattern.match(exposure.name).hasMatch()) {
            m_diagnostics.warning(mapping.find(QLatin1String("name"))->value,
                                  tr("dbt deprecates exposure names with characters other than "
                                     "letters, digits, '_' and '-'; put a display name in "
                                     "'label'"));
        }
        exposure.label = fields.text("label");
        exposure.type = fields.text("type");
        static const QStringList types
            = keyList({ "dashboard", "notebook", "analysis", "ml", "application" });
        if (!fields.has("type") || fields.isNull("type")) {
            m_diagnostics.error(mapping.node(),
                                tr("%1 has no 'type' (%2)").arg(owner, quoted(types)));
        } else if (!exposure.type.isEmpty() && !types.contains(exposure.type)) {
            m_diagnostics.error(fields.find("type")->value,
                                tr("'type' of %1 must be one of %2").arg(owner, quoted(types)));
        }
        exposure.maturity = fields.text("maturity");
        static const QStringList maturities = keyList({ "low", "medium", "high" });
        if (!exposure.maturity.isEmpty() && !maturities.contains(exposure.maturity)) {
            m_diagnostics.error(
                fields.find("maturity")->value,
                tr("'maturity' of %1 must be one of %2").arg(owner, quoted(maturities)));
        }
        exposure.url = fields.text("url");
        exposure.description = fields.text("description");
        exposure.owner = readOwner(fields);
        exposure.dependsOn = fields.textList("depends_on");
        exposure.meta = fields.object("meta");
        exposure.tags = fields.textList("tags");
        exposure.config = fields.object("config");
        return exposure;
    }

    void readSingularTests(const Fields &fields)
    {
        const MapEntry *entry = fields.find("data_tests");
        if (!entry)
            return;
        for (const YAML::Node &item : fields.listOf(*entry)) {
            if (!item.IsMap()) {
                m_diagnostics.error(item,
                                    tr("each entry of 'data_tests' must be a mapping with a "
                                       "'name', not %1")
                                        .arg(describe(item, m_view)));
                continue;
            }
            const Mapping mapping = m_view.mapping(item);
            const Name name = readName(mapping, tr("singular test"));
            const QString owner = tr("singular test '%1'").arg(name.text);
            m_keys.check(mapping, Shape::SingularTest, owner);
            const Fields testFields(m_view, m_diagnostics, mapping, owner);
            testFields.text("description");
            testFields.object("config");
            if (!name.text.isEmpty())
                m_file.singularTests.append(m_view.json(item));
        }
    }

    PropertyFile &m_file;
    Diagnostics m_diagnostics;
    YamlView m_view;
    KeyChecker m_keys;
    TestReader m_tests;
};

} // namespace

Result<PropertyFile> PropertyFileParser::parse(const YamlDocument &document)
{
    PropertyFile file;
    file.path = document.path();
    const YAML::Node &root = document.root();
    if (!root.IsDefined() || root.IsNull())
        return file;
    if (!root.IsMap()) {
        const SourceLocation where = document.location(root);
        return fail(where.error(tr("a property file must be a mapping of 'models:', "
                                   "'sources:' and so on, not %1")
                                    .arg(root.IsSequence() ? tr("a list") : tr("a plain value"))));
    }
    PropertyReader reader(document, file);
    reader.readFile(root);
    // Findings come out in the order the reader visits the file; readers of the list expect
    // the order of the file.
    const auto byPosition = [](const Error &a, const Error &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    };
    std::stable_sort(file.warnings.begin(), file.warnings.end(), byPosition);
    std::stable_sort(file.errors.begin(), file.errors.end(), byPosition);
    return file;
}

Result<PropertyFile> PropertyFileParser::load(const QString &path)
{
    Result<YamlDocument> document = YamlDocument::load(path);
    if (!document)
        return fail(document.error());
    return parse(*document);
}

} // namespace Trellis::Core
