#include "app/cli/verbparser.h"
#include "app/cli/verbs.h"
#include "core/graph/manifestbuilder.h"
#include "core/graph/manifestjson.h"
#include "core/graph/selector.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

// The resource types `dbt ls` lists when none is asked for.
const QList<Core::ResourceType> kListedTypes{
    Core::ResourceType::Model,  Core::ResourceType::Seed,   Core::ResourceType::Snapshot,
    Core::ResourceType::Analysis, Core::ResourceType::Test, Core::ResourceType::Source,
    Core::ResourceType::Exposure};

// dbt's text form: the fqn joined by dots, with a type prefix for sources and exposures.
QString textLine(const Core::Node &node)
{
    switch (node.type) {
    case Core::ResourceType::Source:
        return QStringLiteral("source:%1.%2.%3").arg(node.packageName, node.sourceName, node.name);
    case Core::ResourceType::Exposure:
        return QStringLiteral("exposure:%1.%2").arg(node.packageName, node.name);
    default:
        return node.fqn.join(QLatin1Char('.'));
    }
}

// The fields of `dbt ls --output json` (one object per line), plus what mesh users need most.
QJsonObject jsonLine(const Core::Node &node)
{
    const QJsonObject full = Core::ManifestJson::nodeObject(node);
    QJsonObject line;
    for (const char *key : {"name", "resource_type", "package_name", "original_file_path", "unique_id",
                            "alias", "version", "latest_version", "access", "group", "tags", "depends_on"}) {
        if (full.contains(QLatin1String(key)))
            line.insert(QLatin1String(key), full.value(QLatin1String(key)));
    }
    line.insert(QStringLiteral("config"), node.config);
    return line;
}

class LsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::LsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(QStringLiteral("ls"), tr("Lists the nodes of a workspace, as dbt ls does."),
                          QStringLiteral("PATH"), tr("Workspace folder."));
        const QCommandLineOption resourceType(
            {QStringLiteral("resource-type")},
            tr("Only nodes of this type (model, seed, snapshot, analysis, test, source, exposure, "
               "group, macro, doc, all); repeatable."),
            QStringLiteral("TYPE"));
        const QCommandLineOption output({QStringLiteral("output"), QStringLiteral("o")},
                                        tr("text (default), json (one object per line) or path."),
                                        QStringLiteral("FORMAT"), QStringLiteral("text"));
        const QCommandLineOption select({QStringLiteral("select"), QStringLiteral("s")},
                                        tr("dbt selector of the nodes to list; repeatable."),
                                        QStringLiteral("SELECTOR"));
        const QCommandLineOption exclude({QStringLiteral("exclude")},
                                         tr("dbt selector of nodes to leave out; repeatable."),
                                         QStringLiteral("SELECTOR"));
        parser.options().addOption(select);
        parser.options().addOption(exclude);
        parser.options().addOption(resourceType);
        parser.options().addOption(output);
        if (const int exit = parser.parse(arguments, out, err); exit >= 0)
            return exit;

        const QString format = parser.options().value(output);
        if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("path")) {
            err << tr("trellis ls: unknown output format '%1'; use text, json or path").arg(format) << '\n';
            return UsageError;
        }
        QList<Core::ResourceType> types;
        for (const QString &name : parser.options().values(resourceType)) {
            if (name == QLatin1String("all") || name == QLatin1String("default")) {
                types = kListedTypes;
                continue;
            }
            const std::optional<Core::ResourceType> type = Core::resourceTypeFromName(name);
            if (!type) {
                err << tr("trellis ls: unknown resource type '%1'").arg(name) << '\n';
                return UsageError;
            }
            types.append(*type);
        }
        if (types.isEmpty())
            types = kListedTypes;
        if (!QFileInfo(parser.positional()).isDir()) {
            err << tr("trellis ls: '%1' is not a folder").arg(parser.positional()) << '\n';
            return UsageError;
        }

        const Core::Manifest manifest = Core::ManifestBuilder::build(parser.positional());
        const Core::Result<QStringList> selected = Core::selectNodes(
            manifest, parser.options().values(select), parser.options().values(exclude), types);
        if (!selected) {
            err << QStringLiteral("trellis ls: ") << selected.error().toString() << '\n';
            return UsageError;
        }
        // dbt warns, but does not fail, when the selection matches nothing.
        if (selected->isEmpty() && parser.options().isSet(select)) {
            err << tr("trellis ls: the selection criterion '%1' does not match any enabled node")
                       .arg(parser.options().values(select).join(QLatin1Char(' ')))
                << '\n';
        }
        // dbt ls prints in unique id order.
        QStringList ids = *selected;
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const Core::Node &node = *manifest.find(id);
            if (format == QLatin1String("json"))
                out << QJsonDocument(jsonLine(node)).toJson(QJsonDocument::Compact) << '\n';
            else if (format == QLatin1String("path"))
                out << node.originalFilePath << '\n';
            else
                out << textLine(node) << '\n';
        }
        return Success;
    }
};

} // namespace

Verb lsVerb()
{
    return {QStringLiteral("ls"), LsCommand::tr("List the nodes of a workspace (as dbt ls)"), &LsCommand::run};
}

} // namespace Trellis::App::Cli
