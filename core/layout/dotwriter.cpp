#include "dotwriter.h"

#include "core/layout/graphviznames.h"

#include <QHash>

namespace Trellis::Core {

namespace {

constexpr double kPointsPerInch = 72.0;

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 8);
}

QByteArray nodeStatement(const LayoutNode &node, const QByteArray &indent)
{
    QByteArray line = indent + DotWriter::quoted(node.id) + " [label="
                      + DotWriter::quoted(node.label.isEmpty() ? node.id : node.label)
                      + ", shape=" + graphvizShape(node.shape).shape;
    if (const char *style = graphvizShape(node.shape).style; *style)
        line += QByteArray(", style=") + style;
    if (node.width > 0)
        line += ", width=" + number(node.width / kPointsPerInch);
    if (node.height > 0)
        line += ", height=" + number(node.height / kPointsPerInch);
    if (node.width > 0 && node.height > 0)
        line += ", fixedsize=true";
    return line + "];\n";
}

} // namespace

QByteArray DotWriter::quoted(const QString &text)
{
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out + '"';
}

QByteArray DotWriter::write(const LayoutRequest &request)
{
    const LayoutOptions &options = request.options;
    QByteArray dot = "digraph lineage {\n";
    dot += "    graph [rankdir=" + QByteArray(graphvizRankDir(options.rankDirection))
           + ", nodesep=" + number(options.nodeSeparation / kPointsPerInch)
           + ", ranksep=" + number(options.rankSeparation / kPointsPerInch)
           + ", newrank=true, fontsize=" + number(options.fontSize) + "];\n";
    dot += "    node [fontsize=" + number(options.fontSize) + "];\n";

    // Clusters in order of first appearance, so the file is stable for a stable request.
    QList<QString> projects;
    QHash<QString, std::vector<const LayoutNode *>> members;
    for (const LayoutNode &node : request.nodes) {
        const QString project = options.projectClusters ? node.project : QString();
        if (!members.contains(project))
            projects.append(project);
        members[project].push_back(&node);
    }
    for (const QString &project : std::as_const(projects)) {
        const std::vector<const LayoutNode *> &nodes = members.value(project);
        if (project.isEmpty()) {
            for (const LayoutNode *node : nodes)
                dot += nodeStatement(*node, "    ");
            continue;
        }
        dot += "    subgraph " + quoted(QStringLiteral("cluster_") + project) + " {\n";
        dot += "        label=" + quoted(project) + ";\n";
        for (const LayoutNode *node : nodes)
            dot += nodeStatement(*node, "        ");
        dot += "    }\n";
    }
    for (const LayoutEdge &edge : request.edges) {
        dot += "    " + quoted(edge.from) + " -> " + quoted(edge.to);
        QByteArrayList attributes;
        if (edge.weight != 1)
            attributes.append("weight=" + QByteArray::number(edge.weight));
        if (!edge.label.isEmpty())
            attributes.append("label=" + quoted(edge.label));
        if (!attributes.isEmpty())
            dot += " [" + attributes.join(", ") + "]";
        dot += ";\n";
    }
    return dot + "}\n";
}

} // namespace Trellis::Core
