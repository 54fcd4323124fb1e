#include "nodedetailsdocument.h"

#include "widgets/common/descriptiontext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrlQuery>

namespace Trellis::Widgets {

namespace {

const QString kNodeScheme = QStringLiteral("trellis-node");
const QString kFileScheme = QStringLiteral("trellis-file");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), escaped(text));
}

QString nodeLinkTo(const Core::Manifest &manifest, const QString &uniqueId)
{
    const Core::Node *node = manifest.find(uniqueId);
    if (!node)
        return escaped(uniqueId);
    const QString label = node->version.isEmpty()
                              ? node->name
                              : QStringLiteral("%1 v%2").arg(node->name, node->version);
    return link(NodeDetailsDocument::nodeUrl(uniqueId), label)
           + QStringLiteral(" <small>(%1, %2)</small>")
                 .arg(escaped(Core::resourceTypeName(node->type)), escaped(node->packageName));
}

QString constraintTypes(const QJsonArray &constraints)
{
    QStringList types;
    for (const QJsonValue &constraint : constraints)
        types.append(constraint.toObject().value(QLatin1String("type")).toString());
    return types.join(QLatin1String(", "));
}

// Where a file link points, shown relative to its project so it stays short.
QString fileLabel(const Core::Node &node, const QString &path, int line)
{
    const QString shown = node.originalFilePath.isEmpty() || path != node.absolutePath
                              ? QFileInfo(path).fileName()
                              : node.originalFilePath;
    return line > 0 ? QStringLiteral("%1:%2").arg(shown).arg(line) : shown;
}

class Writer
{
public:
    Writer(const Core::Manifest &manifest, const QPalette &palette)
        : m_manifest(manifest)
        , m_muted(palette.color(QPalette::PlaceholderText).name())
    {
    }

    void row(const QString &label, const QString &html)
    {
        if (html.isEmpty())
            return;
        m_rows += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px\">%2</td>"
                                 "<td>%3</td></tr>")
                      .arg(m_muted, escaped(label), html);
    }

    QString muted(const QString &text) const
    {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(m_muted, escaped(text));
    }

    void section(const QString &title, const QString &html)
    {
        m_sections += QStringLiteral("<h4>%1</h4>%2").arg(escaped(title), html);
    }

    QString links(const QStringList &ids) const
    {
        if (ids.isEmpty())
            return muted(NodeDetailsDocument::tr("none"));
        QStringList items;
        for (const QString &id : ids)
            items.append(nodeLinkTo(m_manifest, id));
        return items.join(QLatin1String("<br>"));
    }

    QString document(const QString &title, const QString &subtitle) const
    {
        return QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"0\" cellpadding=\"2\">%3"
                              "</table>%4")
            .arg(escaped(title), subtitle, m_rows, m_sections);
    }

private:
    const Core::Manifest &m_manifest;
    QString m_muted;
    QString m_rows;
    QString m_sections;
};

QString ownerText(const QJsonObject &owner)
{
    const QString name = owner.value(QLatin1String("name")).toString();
    const QString email = owner.value(QLatin1String("email")).toString();
    if (!name.isEmpty() && !email.isEmpty())
        return QStringLiteral("%1 &lt;%2&gt;").arg(escaped(name), escaped(email));
    return escaped(name.isEmpty() ? email : name);
}

// The tests whose attached node is `node`, in manifest order.
std::vector<const Core::Node *> testsOf(const Core::Manifest &manifest, const Core::Node &node)
{
    std::vector<const Core::Node *> tests;
    for (const QString &id : manifest.children(node.uniqueId)) {
        const Core::Node *child = manifest.find(id);
        if (child && child->type == Core::ResourceType::Test
            && (child->test.attachedNode.isEmpty() || child->test.attachedNode == node.uniqueId))
            tests.push_back(child);
    }
    return tests;
}

QString testLabel(const Core::Node &test)
{
    return test.test.name.isEmpty() ? test.name : test.test.name;
}

} // namespace

QString NodeDetailsDocument::html(const Core::Manifest &manifest, const Core::Node &node,
                                  const std::vector<Core::Diagnostic> &findings,
                                  const QPalette &palette, QDate today)
{
    Writer out(manifest, palette);
    const bool isModel = node.type == Core::ResourceType::Model;
    const QString subtitle
        = out.muted(tr("%1 in project %2").arg(Core::resourceTypeName(node.type), node.packageName));

    QStringList files;
    if (!node.absolutePath.isEmpty()) {
        const int line = node.absolutePath == node.declaredAt.file ? node.declaredAt.line : 1;
        files.append(link(fileUrl(node.absolutePath, line), fileLabel(node, node.absolutePath, line)));
    }
    if (!node.declaredAt.file.isEmpty() && node.declaredAt.file != node.absolutePath) {
        files.append(link(fileUrl(node.declaredAt.file, node.declaredAt.line),
                          fileLabel(node, node.declaredAt.file, node.declaredAt.line)));
    }
    out.row(tr("File"), files.join(QLatin1String("<br>")));
    out.row(tr("Description"), node.description.isEmpty() ? out.muted(tr("none"))
                                                          : descriptionHtml(node.description));
    if (isModel)
        out.row(tr("Access"), escaped(node.access()));
    if (!node.group().isEmpty()) {
        const Core::Node *group = manifest.find(
            QStringLiteral("group.%1.%2").arg(node.packageName, node.group()));
        QString text = escaped(node.group());
        if (group && !group->owner.isEmpty())
            text += QStringLiteral(" — ") + tr("owner %1").arg(ownerText(group->owner));
        out.row(tr("Group"), text);
    }
    if (!node.materialized().isEmpty())
        out.row(tr("Materialized"), escaped(node.materialized()));
    if (isModel) {
        QString contract = node.contractEnforced() ? tr("enforced") : tr("not enforced");
        if (const QString constraints = constraintTypes(node.constraints); !constraints.isEmpty())
            contract += QStringLiteral("; ") + tr("constraints: %1").arg(escaped(constraints));
        out.row(tr("Contract"), contract);
    }
    if (!node.version.isEmpty()) {
        int versions = 0;
        for (const Core::Node &other : manifest.nodes) {
            if (other.type == Core::ResourceType::Model && other.packageName == node.packageName
                && other.name == node.name)
                ++versions;
        }
        const QString latest = node.latestVersion.isEmpty() ? node.version : node.latestVersion;
        out.row(tr("Version"),
                latest == node.version
                    ? tr("v%1 of %2, latest").arg(node.version).arg(versions)
                    : tr("v%1 of %2, latest is v%3").arg(node.version).arg(versions).arg(latest));
    }
    if (!node.deprecationDate.isEmpty()) {
        const QDate date = QDate::fromString(node.deprecationDate.left(10), Qt::ISODate);
        const bool past = date.isValid() && date < today;
        out.row(tr("Deprecation"), past ? QStringLiteral("<s>%1</s> ").arg(escaped(node.deprecationDate))
                                              + out.muted(tr("(past)"))
                                        : escaped(node.deprecationDate));
    }
    if (node.type == Core::ResourceType::Source) {
        // An empty database is the target's, as dbt reads a source without one.
        QStringList parts{node.schema, node.identifier};
        if (!node.database.isEmpty())
            parts.prepend(node.database);
        out.row(tr("Relation"), escaped(parts.join(QLatin1Char('.'))));
    }

    const std::vector<const Core::Node *> tests = testsOf(manifest, node);
    if (!node.columns.empty()) {
        // One block per column rather than a table: the dock is narrow, and a five-column
        // table breaks names and headers mid-word.
        QString blocks;
        for (const Core::ColumnDeclaration &column : node.columns) {
            QStringList columnTests;
            for (const Core::Node *test : tests) {
                if (test->test.columnName == column.name)
                    columnTests.append(link(nodeUrl(test->uniqueId), testLabel(*test)));
            }
            QStringList facts;
            if (const QString constraints = constraintTypes(column.constraints); !constraints.isEmpty())
                facts.append(tr("constraints: %1").arg(escaped(constraints)));
            if (!columnTests.isEmpty())
                facts.append(tr("tests: %1").arg(columnTests.join(QLatin1String(", "))));
            QString block = QStringLiteral("<b>%1</b> %2")
                                .arg(escaped(column.name),
                                     out.muted(column.dataType.isEmpty() ? tr("no data type")
                                                                         : column.dataType));
            if (!facts.isEmpty())
                block += QStringLiteral("<br>") + facts.join(QStringLiteral(" · "));
            if (!column.description.isEmpty())
                block += QStringLiteral("<br>") + descriptionHtml(column.description);
            blocks += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:4px\">%1</p>").arg(block);
        }
        out.section(tr("Columns"), blocks);
    }
    if (!tests.empty()) {
        QStringList items;
        for (const Core::Node *test : tests) {
            QString item = link(nodeUrl(test->uniqueId), testLabel(*test));
            if (!test->test.columnName.isEmpty())
                item += QStringLiteral(" ") + out.muted(tr("on %1").arg(test->test.columnName));
            items.append(item);
        }
        out.section(tr("Tests"), items.join(QLatin1String("<br>")));
    }
    out.section(tr("Parents"), out.links(manifest.parents(node.uniqueId)));
    QStringList children;
    for (const QString &id : manifest.children(node.uniqueId)) {
        const Core::Node *child = manifest.find(id);
        if (!child || child->type != Core::ResourceType::Test)
            children.append(id);
    }
    out.section(tr("Children"), out.links(children));

    QStringList found;
    for (const Core::Diagnostic &finding : findings) {
        if (finding.nodeId != node.uniqueId)
            continue;
        found.append(QStringLiteral("%1 <b>%2</b> %3 %4")
                         .arg(escaped(Core::Diagnostic::severityName(finding.severity)),
                              escaped(finding.code), escaped(finding.message),
                              link(fileUrl(finding.file, finding.line),
                                   fileLabel(node, finding.file, finding.line))));
    }
    out.section(tr("Findings"), found.isEmpty() ? out.muted(tr("none"))
                                                : found.join(QLatin1String("<br>")));
    return out.document(node.version.isEmpty() ? node.name
                                               : QStringLiteral("%1 v%2").arg(node.name, node.version),
                        subtitle);
}

QUrl NodeDetailsDocument::nodeUrl(const QString &uniqueId)
{
    QUrl url;
    url.setScheme(kNodeScheme);
    url.setPath(uniqueId);
    return url;
}

QUrl NodeDetailsDocument::fileUrl(const QString &path, int line)
{
    QUrl url;
    url.setScheme(kFileScheme);
    url.setPath(QDir::fromNativeSeparators(path));
    url.setQuery(QStringLiteral("line=%1").arg(line));
    return url;
}

std::optional<QString> NodeDetailsDocument::nodeLink(const QUrl &url)
{
    if (url.scheme() != kNodeScheme)
        return std::nullopt;
    return url.path();
}

std::optional<NodeDetailsDocument::FileLink> NodeDetailsDocument::fileLink(const QUrl &url)
{
    if (url.scheme() != kFileScheme)
        return std::nullopt;
    return FileLink{url.path(), QUrlQuery(url).queryItemValue(QStringLiteral("line")).toInt()};
}

} // namespace Trellis::Widgets
