#include "nodesummary.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Trellis::Core::Ide {

namespace {

constexpr int kMaxColumns = 25;
constexpr int kMaxDescription = 600;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString table(const QString &rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><i>%1</i></td><td>%2</td></tr>")
        .arg(escaped(label), value);
}

} // namespace

QString NodeSummary::versionText(const Node &node, const MeshIndex &index)
{
    if (node.version.isEmpty())
        return {};
    const auto count = index.versionsOf(node).size();
    return index.isLatestVersion(node) ? tr("v%1 (latest of %2)").arg(node.version).arg(count)
                                       : tr("v%1 of %2").arg(node.version).arg(count);
}

QString NodeSummary::detail(const Node &node, const MeshIndex &index)
{
    QStringList parts;
    switch (node.type) {
    case ResourceType::Model:
        parts.append(node.access());
        if (node.contractEnforced())
            parts.append(tr("contract enforced"));
        if (const QString version = versionText(node, index); !version.isEmpty())
            parts.append(version);
        if (!node.deprecationDate.isEmpty())
            parts.append(tr("deprecated %1").arg(node.deprecationDate));
        break;
    case ResourceType::Source:
        parts.append(tr("source table"));
        if (node.identifier != node.name)
            parts.append(node.identifier);
        break;
    default:
        parts.append(resourceTypeName(node.type));
        break;
    }
    parts.prepend(node.packageName);
    return parts.join(QStringLiteral(" · "));
}

// The description's first paragraph, as a card has room for (the manifest has rendered its
// doc() calls), with Markdown's **bold** and `code` kept.
QString NodeSummary::description(const Node &node)
{
    static const QRegularExpression paragraphBreak(QStringLiteral(R"(\n\s*\n)"));
    static const QRegularExpression bold(QStringLiteral(R"(\*\*(.+?)\*\*)"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString text = node.type == ResourceType::Doc ? node.rawCode : node.description;
    text = text.trimmed().section(paragraphBreak, 0, 0);
    if (text.size() > kMaxDescription)
        text = text.left(kMaxDescription) + QChar(0x2026);
    return escaped(text)
        .replace(bold, QStringLiteral("<b>\\1</b>"))
        .replace(code, QStringLiteral("<code>\\1</code>"))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString NodeSummary::ownerText(const Node &node, const MeshIndex &index)
{
    const QString groupName = node.group();
    if (groupName.isEmpty())
        return {};
    const Node *group = index.group(node.packageName, groupName);
    const QJsonObject owner = group ? group->owner : QJsonObject();
    const QString name = owner.value(QLatin1String("name")).toString();
    const QString email = owner.value(QLatin1String("email")).toString();
    QString who = name;
    if (!email.isEmpty())
        who = who.isEmpty() ? email : tr("%1 <%2>").arg(name, email);
    return who.isEmpty() ? escaped(groupName)
                         : tr("%1 (owner: %2)").arg(escaped(groupName), escaped(who));
}

QString NodeSummary::columnsTable(const Node &node)
{
    if (node.columns.empty())
        return {};
    QString rows;
    int shown = 0;
    for (const ColumnDeclaration &column : node.columns) {
        if (shown++ == kMaxColumns)
            break;
        rows += QStringLiteral(
                    "<tr><td style=\"padding-right:12px\">%1</td><td><code>%2</code></td></tr>")
                    .arg(escaped(column.name), escaped(column.dataType));
    }
    QString html = table(rows);
    const auto hidden = qsizetype(node.columns.size()) - kMaxColumns;
    if (hidden > 0)
        html += tr("… and %n more column(s)", nullptr, int(hidden));
    return html;
}

QString NodeSummary::html(const Node &node, const MeshIndex &index)
{
    QString html = QStringLiteral("<p><b>%1</b> &nbsp;<span>%2</span></p>")
                       .arg(escaped(node.name), escaped(node.uniqueId));
    if (const QString text = description(node); !text.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(text);
    QString facts;
    if (node.type == ResourceType::Model) {
        if (const QString owner = ownerText(node, index); !owner.isEmpty())
            facts += row(tr("Group"), owner);
        facts += row(tr("Access"), escaped(node.access()));
        facts += row(tr("Contract"), node.contractEnforced() ? tr("enforced") : tr("not enforced"));
        facts += row(tr("Materialized"), escaped(node.materialized()));
        if (!node.version.isEmpty()) {
            QStringList versions;
            for (const Node *version : index.versionsOf(node)) {
                QString text = QStringLiteral("v") + version->version;
                if (index.isLatestVersion(*version))
                    text = tr("%1 (latest)").arg(text);
                if (!version->deprecationDate.isEmpty())
                    text = tr("%1 (deprecated %2)").arg(text, version->deprecationDate);
                versions.append(version == &node ? QStringLiteral("<b>%1</b>").arg(escaped(text))
                                                 : escaped(text));
            }
            facts += row(tr("Versions"), versions.join(QStringLiteral(", ")));
        }
        if (!node.deprecationDate.isEmpty())
            facts += row(tr("Deprecation date"), escaped(node.deprecationDate));
    } else if (node.type == ResourceType::Source) {
        facts += row(tr("Table"), escaped(node.schema + QLatin1Char('.') + node.identifier));
        if (!node.loader.isEmpty())
            facts += row(tr("Loader"), escaped(node.loader));
    }
    if (!facts.isEmpty())
        html += table(facts);
    if (const QString columns = columnsTable(node); !columns.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("Columns"))) + columns;
    return html;
}

} // namespace Trellis::Core::Ide
