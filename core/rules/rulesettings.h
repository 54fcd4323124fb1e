#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/graph/node.h"
#include "core/rules/rulethresholds.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace Trellis::Core {

// How a workspace tunes the findings: a severity per code (or off), and findings to ignore by
// code, node and path. Read from a YAML file (trellis-rules.yml at the workspace root, or the
// file given with --rules):
//
//   rules:
//     TRL0401: off            # off | info | warning | error
//   ignore:
//     - code: TRL0213         # required
//       nodes: ["model.finance.legacy_*"]     # unique id patterns, optional
//       paths: ["finance/models/legacy/"]     # the finding's or its node's file, relative to
//                                             # the workspace; "dir/" covers a folder
//   thresholds:               # dbt-project-evaluator's vars of the same names
//     models_fanout_threshold: 3
//     too_many_joins_threshold: 7
//     chained_views_threshold: 5
//     test_coverage_target: 100
//     documentation_coverage_target: 100
//
// A node silences codes for itself with `meta: {trellis: {ignore: [TRL0401]}}` (in YAML or
// config()). Patterns use * and ?, which do not cross '/'. Some advice is off until a workspace
// turns it on: TRL0402, TRL0403 and the dbt-project-evaluator rules from TRL0410 on, which assume
// conventions not every project follows. A value; thread-safe to read.
class RuleSettings
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::RuleSettings)

public:
    static constexpr const char *kFileName = "trellis-rules.yml";

    RuleSettings();

    static Result<RuleSettings> load(const QString &path);
    static Result<RuleSettings> parse(const QByteArray &yaml, const QString &path);

    // The finding as the workspace wants it: with its severity changed, or nothing when it is
    // turned off or ignored. `workspaceRoot` anchors the path patterns; `node` is the node
    // the finding concerns, if any.
    std::optional<Diagnostic> apply(Diagnostic finding, const Node *node,
                                    const QString &workspaceRoot) const;

    // The codes that stay off until a workspace turns them on.
    static const QStringList &offByDefault();

    // True when the workspace turned `code` off (or left it off by default).
    bool isOff(const QString &code) const;

    const RuleThresholds &thresholds() const { return m_thresholds; }

    // True when the node's meta silences `code` for it.
    static bool silencedByNode(const Node &node, const QString &code);

private:
    struct Ignore
    {
        QString code;
        std::vector<QRegularExpression> nodes;
        std::vector<QRegularExpression> paths;
    };

    static bool matchesAny(const std::vector<QRegularExpression> &patterns,
                           const QStringList &texts);

    QHash<QString, std::optional<Severity>> m_severities; // nullopt: off
    std::vector<Ignore> m_ignores;
    RuleThresholds m_thresholds;
};

} // namespace Trellis::Core
