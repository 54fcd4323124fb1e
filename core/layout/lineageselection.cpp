#include "lineageselection.h"

#include "core/graph/selector.h"

#include <QRegularExpression>
#include <QSet>

namespace Trellis::Core {

std::optional<FocusSelector> FocusSelector::parse(const QString &expression)
{
    // N+ pattern +N, where the pattern has no graph or set operator of its own.
    static const QRegularExpression form(QStringLiteral(R"(^\s*(?:(\d+)\+)?([^\s+,@]+)(?:\+(\d+))?\s*$)"));
    const QRegularExpressionMatch match = form.match(expression);
    if (!match.hasMatch())
        return std::nullopt;
    FocusSelector focus;
    focus.pattern = match.captured(2);
    if (match.hasCaptured(1))
        focus.upstream = match.captured(1).toInt();
    if (match.hasCaptured(3))
        focus.downstream = match.captured(3).toInt();
    return focus;
}

QString FocusSelector::toString() const
{
    QString text = pattern;
    if (upstream)
        text.prepend(QString::number(*upstream) + QLatin1Char('+'));
    if (downstream)
        text.append(QLatin1Char('+') + QString::number(*downstream));
    return text;
}

QString FocusSelector::patternFor(const Node &node)
{
    switch (node.type) {
    case ResourceType::Source:
        return QStringLiteral("source:%1.%2").arg(node.sourceName, node.name);
    case ResourceType::Exposure:
        return QStringLiteral("exposure:%1").arg(node.name);
    default:
        return node.version.isEmpty() ? node.name
                                      : QStringLiteral("%1.v%2").arg(node.name, node.version);
    }
}

Result<LineageSelection> LineageSelection::select(const SelectorGraph &graph,
                                                  const QString &expression,
                                                  const QStringList &expandedIds, int nodeCap,
                                                  bool projectLevel)
{
    const Manifest &manifest = graph.manifest();
    QStringList picked;
    if (expression.trimmed().isEmpty()) {
        for (int member = 0; member < graph.size(); ++member)
            picked.append(graph.node(member).uniqueId);
    } else {
        const Result<Selector> selector = Selector::parse(expression);
        if (!selector)
            return fail(selector.error());
        picked = selector->select(graph, IndirectSelection::Empty);
    }
    QSet<QString> seen(picked.cbegin(), picked.cend());
    for (const QString &id : expandedIds) {
        if (!seen.contains(id) && manifest.find(id)) {
            seen.insert(id);
            picked.append(id);
        }
    }

    LineageSelection selection;
    selection.ids = LineageGraph::shownIds(manifest, picked);
    selection.overCap = selection.ids.size() > nodeCap;
    selection.projectLevel = projectLevel || selection.overCap;
    return selection;
}

LineageGraph LineageSelection::graph(const Manifest &manifest) const
{
    return projectLevel ? LineageGraph::projects(manifest, ids)
                        : LineageGraph::resources(manifest, ids);
}

} // namespace Trellis::Core
