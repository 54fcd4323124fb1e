#include "app/cli/verbparser.h"
#include "app/cli/verbs.h"
#include "core/graph/manifestbuilder.h"
#include "core/layout/dotwriter.h"
#include "core/layout/graphvizlayout.h"
#include "core/layout/lineageselection.h"
#include "core/util/textfile.h"
#include "widgets/lineage/lineageexporter.h"
#include "widgets/lineage/lineagescene.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

QJsonArray point(const QPointF &p)
{
    return {p.x(), p.y()};
}

QJsonObject nodeObject(const Core::LineageNodeFacts &facts, const Core::NodeGeometry *box)
{
    QJsonObject node{{QStringLiteral("id"), facts.id},
                     {QStringLiteral("name"), facts.name},
                     {QStringLiteral("resource_type"), facts.typeName()},
                     {QStringLiteral("project"), facts.project}};
    auto insertIf = [&node](const char *key, const QJsonValue &value, bool present) {
        if (present)
            node.insert(QLatin1String(key), value);
    };
    insertIf("group", facts.group, !facts.group.isEmpty());
    insertIf("access", facts.access, !facts.access.isEmpty());
    insertIf("contract_enforced", true, facts.contractEnforced);
    insertIf("version", facts.version, !facts.version.isEmpty());
    insertIf("version_count", facts.versionCount, !facts.version.isEmpty());
    insertIf("latest_version", facts.latestVersion, !facts.version.isEmpty());
    insertIf("deprecation_date", facts.deprecationDate.toString(Qt::ISODate),
             facts.deprecationDate.isValid());
    insertIf("materialized", facts.materialized, !facts.materialized.isEmpty());
    insertIf("layer", facts.layer, !facts.layer.isEmpty());
    insertIf("file", facts.filePath, !facts.filePath.isEmpty());
    insertIf("node_count", facts.memberCount, facts.isProject);
    if (box) {
        const QRectF r = box->box();
        node.insert(QStringLiteral("box"), QJsonArray{r.x(), r.y(), r.width(), r.height()});
    }
    return node;
}

// The picture as data: what each node is, where the layout put it (points, y down), and every
// edge's Bézier points, for scripts that draw or check lineages themselves.
QJsonObject lineageJson(const QString &selector, const Core::LineageGraph &graph,
                        const Core::LayoutGeometry &geometry)
{
    QJsonArray nodes;
    for (const Core::LineageNodeFacts &facts : graph.nodes())
        nodes.append(nodeObject(facts, geometry.findNode(facts.id)));
    QJsonArray edges;
    for (const Core::EdgeGeometry &edge : geometry.edges) {
        QJsonArray splines;
        for (const Core::EdgeSpline &spline : edge.splines) {
            QJsonArray points;
            for (const QPointF &p : spline.points)
                points.append(point(p));
            QJsonObject object{{QStringLiteral("points"), points}};
            if (spline.arrowEnd)
                object.insert(QStringLiteral("arrow_end"), point(*spline.arrowEnd));
            splines.append(object);
        }
        QJsonObject object{{QStringLiteral("from"), edge.from},
                           {QStringLiteral("to"), edge.to},
                           {QStringLiteral("splines"), splines}};
        const Core::LayoutEdge &requested = graph.request().edges[std::size_t(edge.index)];
        if (requested.weight != 1)
            object.insert(QStringLiteral("ref_count"), requested.weight);
        edges.append(object);
    }
    QJsonArray clusters;
    for (const Core::ClusterGeometry &cluster : geometry.clusters) {
        const QRectF r = cluster.box;
        clusters.append(QJsonObject{{QStringLiteral("project"), cluster.project},
                                    {QStringLiteral("box"),
                                     QJsonArray{r.x(), r.y(), r.width(), r.height()}}});
    }
    return {{QStringLiteral("selector"), selector},
            {QStringLiteral("view"), graph.isProjectLevel() ? QStringLiteral("projects")
                                                            : QStringLiteral("resources")},
            {QStringLiteral("size"), QJsonArray{geometry.bounds.width(), geometry.bounds.height()}},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("clusters"), clusters}};
}

class LineageCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::LineageCommand)

public:
    // The options, in one place for run() and for paints(), which must read them the same way.
    struct Options
    {
        QCommandLineOption select{{QStringLiteral("select"), QStringLiteral("s")},
                                  tr("dbt selector of the nodes to draw (default: the whole mesh)."),
                                  QStringLiteral("SELECTOR")};
        QCommandLineOption format{{QStringLiteral("format"), QStringLiteral("f")},
                                  tr("dot, svg, png or json (default: from the file's suffix)."),
                                  QStringLiteral("FORMAT")};
        QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                                  tr("Where to write ('-': standard output, dot and json only)."),
                                  QStringLiteral("FILE")};
        QCommandLineOption projects{{QStringLiteral("projects")},
                                    tr("Collapse the selection to one node per project.")};
        QCommandLineOption maxNodes{{QStringLiteral("max-nodes")},
                                    tr("Beyond this many nodes, draw the projects instead "
                                       "(default %1).")
                                        .arg(Core::LineageGraph::kDefaultNodeCap),
                                    QStringLiteral("N")};

        void addTo(QCommandLineParser &parser) const
        {
            parser.addOptions({select, format, output, projects, maxNodes});
        }
        QString formatName(const QCommandLineParser &parser) const
        {
            if (parser.isSet(format))
                return parser.value(format).toLower();
            return QFileInfo(parser.value(output)).suffix().toLower();
        }
    };

    static VerbParser makeParser()
    {
        return VerbParser(QStringLiteral("lineage"),
                          tr("Draws the lineage of a selection, laid out by Graphviz as the "
                             "Lineage panel shows it."),
                          QStringLiteral("PATH"), tr("Workspace folder."));
    }

    static bool paints(const QStringList &arguments)
    {
        const Options options;
        VerbParser parser = makeParser();
        options.addTo(parser.options());
        if (!parser.options().parse(QStringList{QStringLiteral("lineage")} + arguments))
            return false;
        const QString format = options.formatName(parser.options());
        return format == QLatin1String("svg") || format == QLatin1String("png");
    }

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        const Options options;
        VerbParser parser = makeParser();
        options.addTo(parser.options());
        if (const int exit = parser.parse(arguments, out, err); exit >= 0)
            return exit;
        const QCommandLineParser &values = parser.options();
        const QString format = options.formatName(values);
        const QString target = values.value(options.output);
        if (target.isEmpty()) {
            err << tr("trellis lineage: -o FILE is required") << '\n';
            return UsageError;
        }
        const QStringList known{QStringLiteral("dot"), QStringLiteral("svg"),
                                QStringLiteral("png"), QStringLiteral("json")};
        if (!known.contains(format)) {
            err << tr("trellis lineage: unknown format '%1'; use dot, svg, png or json").arg(format)
                << '\n';
            return UsageError;
        }
        const bool picture = format == QLatin1String("svg") || format == QLatin1String("png");
        if (picture && target == QLatin1String("-")) {
            err << tr("trellis lineage: %1 needs a file, not standard output").arg(format) << '\n';
            return UsageError;
        }
        if (picture && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            err << tr("trellis lineage: drawing %1 needs a GUI application").arg(format) << '\n';
            return Failure;
        }
        int cap = Core::LineageGraph::kDefaultNodeCap;
        if (values.isSet(options.maxNodes)) {
            bool ok = false;
            cap = values.value(options.maxNodes).toInt(&ok);
            if (!ok || cap < 1) {
                err << tr("trellis lineage: --max-nodes needs a positive number") << '\n';
                return UsageError;
            }
        }
        if (!QFileInfo(parser.positional()).isDir()) {
            err << tr("trellis lineage: '%1' is not a folder").arg(parser.positional()) << '\n';
            return UsageError;
        }

        const Core::Manifest manifest = Core::ManifestBuilder::build(parser.positional());
        const Core::SelectorGraph selectorGraph(manifest);
        const QString selector = values.value(options.select);
        const Core::Result<Core::LineageSelection> selection = Core::LineageSelection::select(
            selectorGraph, selector, {}, cap, values.isSet(options.projects));
        if (!selection) {
            err << QStringLiteral("trellis lineage: ") << selection.error().toString() << '\n';
            return UsageError;
        }
        if (selection->ids.isEmpty()) {
            err << tr("trellis lineage: the selection criterion '%1' does not match any node")
                       .arg(selector)
                << '\n';
        }
        if (selection->overCap) {
            err << tr("trellis lineage: %1 nodes are more than --max-nodes %2; drawing the "
                      "projects instead")
                       .arg(selection->ids.size())
                       .arg(cap)
                << '\n';
        }
        Core::LineageGraph graph = selection->graph(manifest);
        graph.request().options.maxNodes = std::max(graph.request().options.maxNodes, cap);

        if (format == QLatin1String("dot"))
            return write(target, Core::DotWriter::write(graph.request()), out, err);
        const Core::LayoutResult layout = Core::computeLayout(graph.request());
        if (!layout) {
            err << QStringLiteral("trellis lineage: ") << layout.error().message << '\n';
            return Failure;
        }
        if (format == QLatin1String("json")) {
            return write(target,
                         QJsonDocument(lineageJson(selector, graph, *layout)).toJson(),
                         out, err);
        }
        Widgets::LineageScene scene;
        QStringList projects;
        for (const Core::DbtProject &project : manifest.projects)
            projects.append(project.name);
        scene.palette().setProjects(projects);
        scene.showGraph(graph, *layout);
        const Core::Result<void> written = Widgets::LineageExporter::write(
            *Widgets::LineageExporter::formatFromName(format), scene, target,
            selector.isEmpty() ? tr("Lineage") : selector);
        if (!written) {
            err << written.error().toString() << '\n';
            return Failure;
        }
        return Success;
    }

private:
    static int write(const QString &target, const QByteArray &bytes, QTextStream &out,
                     QTextStream &err)
    {
        if (target == QLatin1String("-")) {
            out << QString::fromUtf8(bytes);
            return Success;
        }
        if (const Core::Result<void> saved = Core::TextFile::writeAtomically(target, bytes); !saved) {
            err << saved.error().toString() << '\n';
            return Failure;
        }
        return Success;
    }
};

} // namespace

Verb lineageVerb()
{
    return {QStringLiteral("lineage"),
            LineageCommand::tr("Draw the lineage of a selection (dot, svg, png or json)"),
            &LineageCommand::run, &LineageCommand::paints};
}

} // namespace Trellis::App::Cli
