#include "rulesettings.h"

#include "core/project/yamldocument.h"
#include "core/rules/rulecodes.h"
#include "core/util/textfile.h"

#include <QDir>
#include <QJsonArray>

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

} // namespace

RuleSettings::RuleSettings()
{
    for (const QString &code :
         {RuleCode::UndocumentedPublicModel, RuleCode::DirectJoinToSource,
          RuleCode::SourceOutsideStaging, RuleCode::StagingOnStaging, RuleCode::StagingOnDownstream,
          RuleCode::RootModel, RuleCode::UnusedSource, RuleCode::MultipleSourcesJoined,
          RuleCode::SourceFanout})
        m_severities.insert(code, std::nullopt);
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
        return fail(document->location(root).error(tr("expected 'rules:' and 'ignore:' keys")));
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
        } else {
            return fail(document->location(entry.first)
                            .error(tr("unknown key '%1'; expected 'rules' or 'ignore'").arg(key)));
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
    const QJsonValue ignored
        = node.meta.value(QLatin1String("trellis")).toObject().value(QLatin1String("ignore"));
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
