#include "rulesettings.h"

#include "core/project/yamldocument.h"
#include "core/rules/rulecodes.h"
#include "core/util/textfile.h"

#include <QDir>
#include <QJsonArray>

#include <algorithm>

namespace Trellis::Core {

namespace {

QRegularExpression pattern(QString glob)
{
    // "folder/" covers everything below the folder.
    if (glob.endsWith(QLatin1Char('/')))
        return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(glob)
                                  + QStringLiteral(".*$"));
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob));
}

Result<std::vector<QRegularExpression>> patterns(const YamlDocument &document,
                                                 const YAML::Node &list)
{
    std::vector<QRegularExpression> result;
    if (!list)
        return result;
    const QJsonValue value = YamlDocument::toJson(list);
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : items) {
        if (!item.isString() || item.toString().isEmpty())
            return fail(document.location(list).error(
                RuleSettings::tr("expected a pattern or a list of patterns")));
        result.push_back(pattern(item.toString()));
    }
    return result;
}

// `thresholds:`: dbt-project-evaluator's var names with numbers, each at least 0.
Result<RuleThresholds> parseThresholds(const YamlDocument &document, const YAML::Node &map)
{
    RuleThresholds result;
    if (!map.IsMap())
        return fail(document.location(map).error(
            RuleSettings::tr("'thresholds' maps dbt-project-evaluator's variables to numbers")));
    const std::pair<const char *, double *> decimals[] = {
        {"test_coverage_target", &result.testCoverageTarget},
        {"documentation_coverage_target", &result.documentationCoverageTarget}};
    const std::pair<const char *, int *> counts[] = {
        {"models_fanout_threshold", &result.modelsFanout},
        {"too_many_joins_threshold", &result.tooManyJoins},
        {"chained_views_threshold", &result.chainedViews}};
    for (const auto &entry : map) {
        const QString key = YamlDocument::scalarText(entry.first);
        bool isNumber = false;
        const double value = YamlDocument::scalarText(entry.second).toDouble(&isNumber);
        if (!isNumber || value < 0)
            return fail(document.location(entry.second)
                            .error(RuleSettings::tr("'%1' needs a number of at least 0").arg(key)));
        const auto named = [&](const auto &threshold) {
            return key == QLatin1String(threshold.first);
        };
        const auto decimal = std::find_if(std::begin(decimals), std::end(decimals), named);
        const auto count = std::find_if(std::begin(counts), std::end(counts), named);
        if (decimal != std::end(decimals))
            *decimal->second = value;
        else if (count != std::end(counts))
            *count->second = int(value);
        else
            return fail(document.location(entry.first)
                            .error(RuleSettings::tr("unknown threshold '%1'; expected "
                                                    "models_fanout_threshold, "
                                                    "too_many_joins_threshold, "
                                                    "chained_views_threshold, "
                                                    "test_coverage_target or "
                                                    "documentation_coverage_target")
                                       .arg(key)));
    }
    return result;
}

} // namespace

RuleSettings::RuleSettings()
{
    for (const QString &code : offByDefault())
        m_severities.insert(code, std::nullopt);
}

const QStringList &RuleSettings::offByDefault()
{
    static const QStringList codes{
        RuleCode::UndocumentedPublicModel, RuleCode::ExposureOnNonPublic,
        RuleCode::DirectJoinToSource,      RuleCode::SourceOutsideStaging,
        RuleCode::StagingOnStaging,        RuleCode::StagingOnDownstream,
        RuleCode::RootModel,               RuleCode::UnusedSource,
        RuleCode::MultipleSourcesJoined,   RuleCode::SourceFanout,
        RuleCode::ModelFanout,             RuleCode::RejoiningUpstream,
        RuleCode::HardCodedReference,      RuleCode::DuplicateSource,
        RuleCode::TooManyJoins,            RuleCode::MissingPrimaryKeyTests,
        RuleCode::TestCoverage,            RuleCode::UndocumentedModel,
        RuleCode::UndocumentedSourceTable, RuleCode::UndocumentedSource,
        RuleCode::ModelNaming,
        RuleCode::ModelDirectory,          RuleCode::SourceDirectory,
        RuleCode::ChainedViews,            RuleCode::SourceWithoutFreshness,
        RuleCode::ExposureParentMaterialization, RuleCode::DocumentationCoverage,
        RuleCode::TestDirectory};
    return codes;
}

Result<RuleSettings> RuleSettings::load(const QString &path)
{
    Result<QByteArray> bytes = TextFile::readUtf8(path);
    if (!bytes)
        return fail(bytes.error());
    return parse(*bytes, path);
}

Result<RuleSettings> RuleSettings::parse(const QByteArray &yaml, const QString &path)
{
    Result<YamlDocument> document = YamlDocument::parse(yaml, path);
    if (!document)
        return fail(document.error());
    RuleSettings settings;
    const YAML::Node &root = document->root();
    if (!root || root.IsNull())
        return settings;
    if (!root.IsMap())
        return fail(document->location(root).error(
            tr("expected 'rules:', 'ignore:' and 'thresholds:' keys")));
    for (const auto &entry : root) {
        const QString key = YamlDocument::scalarText(entry.first);
        if (key == QLatin1String("rules")) {
            if (!entry.second.IsMap())
                return fail(document->location(entry.second)
                                .error(tr("'rules' maps codes to off, info, warning or error")));
            for (const auto &rule : entry.second) {
                const QJsonValue value = YamlDocument::resolveScalar(rule.second);
                // PyYAML-style resolution reads a bare `off` as false.
                if (value == QJsonValue(false) || value.toString() == QLatin1String("off")) {
                    settings.m_severities.insert(YamlDocument::scalarText(rule.first),
                                                 std::nullopt);
                    continue;
                }
                const std::optional<Severity> severity
                    = Diagnostic::severityFromName(value.toString());
                if (!severity)
                    return fail(
                        document->location(rule.second)
                            .error(tr("unknown severity '%1'; use off, info, warning or error")
                                       .arg(YamlDocument::scalarText(rule.second))));
                settings.m_severities.insert(YamlDocument::scalarText(rule.first), *severity);
            }
        } else if (key == QLatin1String("ignore")) {
            if (!entry.second.IsSequence())
                return fail(document->location(entry.second)
                                .error(tr("'ignore' is a list of entries with a 'code'")));
            for (const YAML::Node &item : entry.second) {
                Ignore ignore;
                if (!item.IsMap() || !item["code"])
                    return fail(
                        document->location(item).error(tr("an 'ignore' entry needs a 'code'")));
                ignore.code = YamlDocument::scalarText(item["code"]);
                Result<std::vector<QRegularExpression>> nodes = patterns(*document, item["nodes"]);
                Result<std::vector<QRegularExpression>> paths = patterns(*document, item["paths"]);
                if (!nodes)
                    return fail(nodes.error());
                if (!paths)
                    return fail(paths.error());
                ignore.nodes = std::move(*nodes);
                ignore.paths = std::move(*paths);
                settings.m_ignores.push_back(std::move(ignore));
            }
        } else if (key == QLatin1String("thresholds")) {
            Result<RuleThresholds> parsed = parseThresholds(*document, entry.second);
            if (!parsed)
                return fail(parsed.error());
            settings.m_thresholds = *parsed;
        } else {
            return fail(document->location(entry.first)
                            .error(tr("unknown key '%1'; expected 'rules', 'ignore' or "
                                      "'thresholds'")
                                       .arg(key)));
        }
    }
    return settings;
}

std::optional<Diagnostic> RuleSettings::apply(Diagnostic finding, const Node *node,
                                              const QString &workspaceRoot) const
{
    if (node && silencedByNode(*node, finding.code))
        return std::nullopt;
    const auto severity = m_severities.constFind(finding.code);
    if (severity != m_severities.cend()) {
        if (!*severity)
            return std::nullopt;
        finding.severity = **severity;
    }
    if (m_ignores.empty())
        return finding;
    // A path pattern matches the finding's file or the file of its node: a model's finding may
    // sit in the property file that describes it.
    const QDir root(workspaceRoot);
    QStringList paths{root.relativeFilePath(finding.file)};
    if (node)
        paths.append(root.relativeFilePath(node->absolutePath));
    for (const Ignore &ignore : m_ignores) {
        if (ignore.code != finding.code)
            continue;
        const bool nodeMatches = ignore.nodes.empty() || matchesAny(ignore.nodes, {finding.nodeId});
        const bool pathMatches = ignore.paths.empty() || matchesAny(ignore.paths, paths);
        if (nodeMatches && pathMatches)
            return std::nullopt;
    }
    return finding;
}

bool RuleSettings::isOff(const QString &code) const
{
    const auto severity = m_severities.constFind(code);
    return severity != m_severities.cend() && !*severity;
}

bool RuleSettings::silencedByNode(const Node &node, const QString &code)
{
    // Asked for every finding: most nodes have no `trellis` meta, which a lookup tells at once.
    const auto trellis = node.meta.constFind(QLatin1String("trellis"));
    if (trellis == node.meta.constEnd())
        return false;
    const QJsonValue ignored = trellis->toObject().value(QLatin1String("ignore"));
    if (ignored.isString())
        return ignored.toString() == code;
    return ignored.toArray().contains(code);
}

bool RuleSettings::matchesAny(const std::vector<QRegularExpression> &patterns,
                              const QStringList &texts)
{
    return std::any_of(patterns.begin(), patterns.end(), [&](const QRegularExpression &p) {
        return std::any_of(texts.begin(), texts.end(),
                           [&](const QString &text) { return p.match(text).hasMatch(); });
    });
}

} // namespace Trellis::Core
