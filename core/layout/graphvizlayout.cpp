#include "graphvizlayout.h"

#include "graphvizcontext.h"
#include "graphviznames.h"
#include "layoutattributes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <locale.h>
#include <memory>
#include <optional>

namespace Trellis::Core {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::GraphvizLayout)
};

constexpr double kPointsPerInch = 72.0;

// Graphviz formats and parses numbers with printf/strtod, which follow LC_NUMERIC: in a GUI that
// adopted a German locale they would write "0,25" and read "0.25" as 0. Graphviz 2.42 guards
// gvLayout and attach_attrs itself by switching the process-wide LC_NUMERIC to "C" and back
// (gv_fixLocale); this thread-local switch also covers whatever it does outside those two, and
// leaves other threads alone.
class CNumericLocaleScope
{
public:
    CNumericLocaleScope()
        : m_c(newlocale(LC_ALL_MASK, "C", locale_t(nullptr)))
    {
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CNumericLocaleScope()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    CNumericLocaleScope(const CNumericLocaleScope &) = delete;
    CNumericLocaleScope &operator=(const CNumericLocaleScope &) = delete;

private:
    locale_t m_c;
    locale_t m_previous = locale_t(nullptr);
};

// Collects what Graphviz reports through agerr (it prints to stderr otherwise) for the duration
// of one layout. The handler is process-global, hence only used under graphvizMutex().
class GraphvizMessages
{
public:
    GraphvizMessages()
        : m_previous(agseterrf(&GraphvizMessages::collect))
    {
        buffer().clear();
        agreseterrors();
    }
    ~GraphvizMessages() { agseterrf(m_previous); }
    GraphvizMessages(const GraphvizMessages &) = delete;
    GraphvizMessages &operator=(const GraphvizMessages &) = delete;

    bool hadErrors() const { return agerrors() > 0; }

    QStringList lines() const
    {
        QStringList lines;
        const QList<QByteArray> parts = buffer().split('\n');
        for (const QByteArray &part : parts) {
            const QString line = QString::fromUtf8(part).trimmed();
            if (!line.isEmpty())
                lines.append(line);
        }
        return lines;
    }

private:
    static QByteArray &buffer()
    {
        static QByteArray text;
        return text;
    }
    static int collect(char *message)
    {
        buffer().append(message);
        return 0;
    }

    agusererrf m_previous;
};

struct GraphCloser
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
using GraphPointer = std::unique_ptr<Agraph_t, GraphCloser>;

// cgraph predates const: it copies every string it is given, so casting away const is safe.
char *text(const char *value)
{
    return const_cast<char *>(value);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 8);
}

// Labels are Graphviz escString: "\N", "\G"... expand to names and "\n", "\l", "\r" break
// lines. A backslash in a name must stay a backslash, and a newline becomes a centred break.
QByteArray escapedLabel(const QString &label)
{
    const QByteArray utf8 = label.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '\n')
            escaped += "\\n";
        else if (c != '\r')
            escaped += c;
    }
    return escaped;
}

const char *engineName(LayoutEngine engine)
{
    switch (engine) {
    case LayoutEngine::Dot:
        return "dot";
    case LayoutEngine::Neato:
        return "neato";
    case LayoutEngine::Sfdp:
        return "sfdp";
    }
    return "dot";
}

bool hasClusters(const LayoutRequest &request)
{
    const LayoutOptions &options = request.options;
    return std::any_of(request.nodes.begin(), request.nodes.end(), [&](const LayoutNode &node) {
        return (options.projectClusters && !node.project.isEmpty())
            || (options.groupClusters && !node.group.isEmpty());
    });
}

// No self-loops and at most one edge between any two nodes, in either direction.
bool isSimpleGraph(const LayoutRequest &request)
{
    QSet<std::pair<QString, QString>> pairs;
    pairs.reserve(qsizetype(request.edges.size()));
    for (const LayoutEdge &edge : request.edges) {
        if (edge.from == edge.to)
            return false;
        auto pair = edge.from < edge.to ? std::make_pair(edge.from, edge.to)
                                        : std::make_pair(edge.to, edge.from);
        if (pairs.contains(pair))
            return false;
        pairs.insert(std::move(pair));
    }
    return true;
}

// Builds the cgraph graph for one request and reads its layout back. One instance per layout;
// only used under graphvizMutex().
class GraphBuilder
{
public:
    explicit GraphBuilder(const LayoutRequest &request)
        : m_request(request)
    { }

    GraphPointer build()
    {
        GraphPointer graph(agopen(text("trellis"), Agdirected, nullptr));
        if (!graph)
            return graph;
        m_root = graph.get();
        declareAttributes();
        for (const LayoutNode &node : m_request.nodes)
            addNode(node);
        for (const LayoutEdge &edge : m_request.edges)
            addEdge(edge);
        return graph;
    }

    // Call after attach_attrs(): copies the layout strings out of the graph, in request order.
    LayoutAttributes attributes() const
    {
        LayoutAttributes out;
        out.boundingBox = value(m_root, AGRAPH, m_root, "bb");
        out.nodes.reserve(m_nodes.size());
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            Agnode_t *node = m_nodes[i];
            out.nodes.push_back({m_request.nodes[i].id, value(m_root, AGNODE, node, "pos"),
                                 value(m_root, AGNODE, node, "width"),
                                 value(m_root, AGNODE, node, "height")});
        }
        out.edges.reserve(m_edges.size());
        for (std::size_t i = 0; i < m_edges.size(); ++i) {
            const LayoutEdge &edge = m_request.edges[i];
            out.edges.push_back({qsizetype(i), edge.from, edge.to,
                                 value(m_root, AGEDGE, m_edges[i], "pos"),
                                 value(m_root, AGEDGE, m_edges[i], m_edgeLabelPosition)});
        }
        for (const Cluster &cluster : m_clusters) {
            out.clusters.push_back({cluster.project, cluster.group, cluster.label,
                                    value(m_root, AGRAPH, cluster.graph, "bb"),
                                    value(m_root, AGRAPH, cluster.graph, "lp")});
        }
        return out;
    }

private:
    struct Cluster
    {
        Agraph_t *graph;
        QString project;
        QString group;
        QString label;
    };

    static std::string value(Agraph_t *root, int kind, void *object, const char *name)
    {
        Agsym_t *symbol = agattr(root, kind, text(name), nullptr);
        if (!symbol)
            return {};
        const char *value = agxget(object, symbol);
        return value ? std::string(value) : std::string();
    }

    Agsym_t *declare(int kind, const char *name, const QByteArray &defaultValue)
    {
        return agattr(m_root, kind, text(name), text(defaultValue.constData()));
    }

    void declareAttributes()
    {
        const LayoutOptions &options = m_request.options;
        const QByteArray fontSize = number(options.fontSize);
        declare(AGRAPH, "fontsize", fontSize);
        declare(AGRAPH, "nodesep", number(options.nodeSeparation / kPointsPerInch));
        if (options.engine == LayoutEngine::Dot) {
            declare(AGRAPH, "rankdir", graphvizRankDir(options.rankDirection));
            declare(AGRAPH, "ranksep", number(options.rankSeparation / kPointsPerInch));
            // Rank the whole graph at once rather than cluster by cluster: edges between
            // projects then run straight across clusters, and dot takes about 40% less time on
            // a clustered 400-node neighbourhood (tests/bench/bench_lineage).
            declare(AGRAPH, "newrank", "true");
            // Crossing minimisation is most of dot's time. Half its iterations, and no second
            // pass over the whole graph after the clusters were ordered, take a 393-node
            // neighbourhood from 95 to 68 ms CPU (tests/bench/bench_lineage) with the same
            // reading order: the clusters already keep each project's nodes together.
            declare(AGRAPH, "mclimit", "0.5");
            declare(AGRAPH, "remincross", "false");
        } else {
            // Force-directed engines overlap nodes unless told not to, and draw straight lines
            // through nodes unless asked to route splines around them. Graphviz 2.42's spline
            // router aborts the process (assertion in multispline.c) on self-loops and on
            // several edges between one pair of nodes, so such graphs keep straight edges.
            declare(AGRAPH, "overlap",
                    options.overlapRemoval == LayoutOptions::OverlapRemoval::Exact ? "false"
                                                                                   : "scale");
            const bool route = options.routeEdges && isSimpleGraph(m_request);
            declare(AGRAPH, "splines", route ? "true" : "false");
            // "+w" is an additive margin in points on each side (a bare number would scale).
            declare(AGRAPH, "sep", "+" + number(options.nodeSeparation / 2));

        }
        m_graphLabel = declare(AGRAPH, "label", "");
        declare(AGNODE, "fontsize", fontSize);
        m_nodeLabel = declare(AGNODE, "label", "\\N");
        m_shape = declare(AGNODE, "shape", "box");
        m_style = declare(AGNODE, "style", "");
        m_width = declare(AGNODE, "width", "0.75");
        m_height = declare(AGNODE, "height", "0.5");
        m_fixedSize = declare(AGNODE, "fixedsize", "false");
        declare(AGEDGE, "fontsize", fontSize);
        // dot 2.42 frees memory twice (and so may crash) when a labelled edge joins two nodes
        // of one rank in a graph with clusters: it grows the rank array under the clusters'
        // feet. External labels are placed after the layout and never take that path; they
        // reserve no space, which matters little for the short labels a lineage shows.
        const bool external = options.engine == LayoutEngine::Dot && hasClusters(m_request);
        m_edgeLabel = declare(AGEDGE, external ? "xlabel" : "label", "");
        m_edgeLabelPosition = external ? "xlp" : "lp";
        m_weight = declare(AGEDGE, "weight", "1");
    }

    Agraph_t *clusterFor(const LayoutNode &node)
    {
        const LayoutOptions &options = m_request.options;
        Agraph_t *parent = m_root;
        if (options.projectClusters && !node.project.isEmpty())
            parent = cluster(m_root, node.project, {}, node.project);
        if (options.groupClusters && !node.group.isEmpty())
            parent = cluster(parent, node.project, node.group, node.group);
        return parent;
    }

    Agraph_t *cluster(Agraph_t *parent, const QString &project, const QString &group,
                      const QString &label)
    {
        const auto key = std::make_pair(project, group);
        if (auto found = m_clusterIndex.constFind(key); found != m_clusterIndex.cend())
            return m_clusters[*found].graph;
        // Names only need to be unique and start with "cluster"; the project and group stay in
        // m_clusters, so odd characters in them never reach Graphviz's name space.
        const QByteArray name = "cluster_" + QByteArray::number(m_clusters.size());
        Agraph_t *graph = agsubg(parent, text(name.constData()), 1);
        agxset(graph, m_graphLabel, text(escapedLabel(label).constData()));
        m_clusterIndex.insert(key, m_clusters.size());
        m_clusters.push_back({graph, project, group, label});
        return graph;
    }

    void addNode(const LayoutNode &node)
    {
        Agraph_t *parent = clusterFor(node);
        Agnode_t *graphNode = agnode(parent, text(node.id.toUtf8().constData()), 1);
        const QString label = node.label.isEmpty() ? node.id : node.label;
        agxset(graphNode, m_nodeLabel, text(escapedLabel(label).constData()));
        const GraphvizShape shape = graphvizShape(node.shape);
        agxset(graphNode, m_shape, text(shape.shape));
        if (*shape.style)
            agxset(graphNode, m_style, text(shape.style));
        // A given size is a minimum on its own and exact when both are given, so a caller that
        // measured its label with the view's font gets exactly the box it will draw.
        if (node.width > 0)
            agxset(graphNode, m_width, text(number(node.width / kPointsPerInch).constData()));
        if (node.height > 0)
            agxset(graphNode, m_height, text(number(node.height / kPointsPerInch).constData()));
        if (node.width > 0 && node.height > 0)
            agxset(graphNode, m_fixedSize, text("true"));
        m_nodes.push_back(graphNode);
    }

    void addEdge(const LayoutEdge &edge)
    {
        Agnode_t *tail = agnode(m_root, text(edge.from.toUtf8().constData()), 0);
        Agnode_t *head = agnode(m_root, text(edge.to.toUtf8().constData()), 0);
        // No name and create = 1: every call makes a new edge, so parallel edges stay distinct
        // and are found again by position in m_edges, never by name.
        Agedge_t *graphEdge = agedge(m_root, tail, head, nullptr, 1);
        if (edge.weight != 1)
            agxset(graphEdge, m_weight, text(QByteArray::number(edge.weight).constData()));
        if (!edge.label.isEmpty())
            agxset(graphEdge, m_edgeLabel, text(escapedLabel(edge.label).constData()));
        m_edges.push_back(graphEdge);
    }

    const LayoutRequest &m_request;
    Agraph_t *m_root = nullptr;
    Agsym_t *m_graphLabel = nullptr;
    Agsym_t *m_nodeLabel = nullptr;
    Agsym_t *m_shape = nullptr;
    Agsym_t *m_style = nullptr;
    Agsym_t *m_width = nullptr;
    Agsym_t *m_height = nullptr;
    Agsym_t *m_fixedSize = nullptr;
    const char *m_edgeLabelPosition = "lp";
    Agsym_t *m_edgeLabel = nullptr;
    Agsym_t *m_weight = nullptr;
    std::vector<Agnode_t *> m_nodes;
    std::vector<Agedge_t *> m_edges;
    std::vector<Cluster> m_clusters;
    QHash<std::pair<QString, QString>, std::size_t> m_clusterIndex;
};

// The one context of the process, made on first use and kept: loading the plugins costs more
// than a small layout. A failure is remembered too, so a missing plugin is reported at once.
Result<GraphvizContext *, LayoutError> sharedContext()
{
    static std::unique_ptr<GraphvizContext> context;
    static std::optional<LayoutError> failure;
    if (context)
        return context.get();
    if (failure)
        return fail(*failure);
    auto created = GraphvizContext::create();
    if (!created) {
        failure = created.error();
        return fail(*failure);
    }
    context = std::move(created).value();
    return context.get();
}

Failure<LayoutError> invalid(const QString &message)
{
    return fail(LayoutError{LayoutError::Kind::InvalidRequest, message, 0, 0});
}

bool finiteAndNotNegative(double value)
{
    return std::isfinite(value) && value >= 0;
}

} // namespace

Result<void, LayoutError> validateLayoutRequest(const LayoutRequest &request)
{
    const LayoutOptions &options = request.options;
    if (options.maxNodes < 1)
        return invalid(Messages::tr("The node limit must be at least 1."));
    const qsizetype count = qsizetype(request.nodes.size());
    if (count > options.maxNodes) {
        return fail(LayoutError{
            LayoutError::Kind::TooManyNodes,
            Messages::tr("%1 nodes are too many to lay out at once (the limit is %2). Show the "
                         "project-level graph or select fewer nodes.")
                .arg(count)
                .arg(options.maxNodes),
            count, options.maxNodes});
    }
    if (!finiteAndNotNegative(options.nodeSeparation)
        || !finiteAndNotNegative(options.rankSeparation) || !std::isfinite(options.fontSize)
        || options.fontSize <= 0) {
        return invalid(Messages::tr("Node separation, rank separation and font size must be "
                                    "finite, and not negative."));
    }
    QSet<QString> ids;
    ids.reserve(count);
    for (const LayoutNode &node : request.nodes) {
        if (node.id.isEmpty())
            return invalid(Messages::tr("A node has no id."));
        if (ids.contains(node.id))
            return invalid(Messages::tr("The node %1 is listed twice.").arg(node.id));
        if (!finiteAndNotNegative(node.width) || !finiteAndNotNegative(node.height))
            return invalid(Messages::tr("The node %1 has an invalid size.").arg(node.id));
        ids.insert(node.id);
    }
    for (std::size_t i = 0; i < request.edges.size(); ++i) {
        const LayoutEdge &edge = request.edges[i];
        for (const QString &end : {edge.from, edge.to}) {
            if (!ids.contains(end)) {
                return invalid(Messages::tr("Edge %1 (%2 → %3) refers to %4, which is not among "
                                            "the nodes.")
                                   .arg(i)
                                   .arg(edge.from, edge.to, end));
            }
        }
        if (edge.weight < 1)
            return invalid(Messages::tr("Edge %1 has a weight below 1.").arg(i));
    }
    return {};
}

LayoutResult computeLayout(const LayoutRequest &request)
{
    if (auto valid = validateLayoutRequest(request); !valid)
        return fail(valid.error());

    std::lock_guard lock(graphvizMutex());
    CNumericLocaleScope cLocale;
    GraphvizMessages messages;

    auto context = sharedContext();
    if (!context)
        return fail(context.error());
    const char *engine = engineName(request.options.engine);
    if (auto available = (*context)->checkEngine(QLatin1String(engine)); !available)
        return fail(available.error());

    GraphBuilder builder(request);
    GraphPointer graph = builder.build();
    if (!graph) {
        return fail(LayoutError{LayoutError::Kind::LayoutFailed,
                                Messages::tr("Graphviz could not create a graph."), 0, 0});
    }
    GVC_t *gvc = (*context)->handle();
    if (gvLayout(gvc, graph.get(), engine) != 0 || messages.hadErrors()) {
        // gvLayout may have got half way; its clean-up handles a partial layout.
        gvFreeLayout(gvc, graph.get());
        return fail(LayoutError{LayoutError::Kind::LayoutFailed,
                                Messages::tr("Graphviz could not lay out the graph: %1")
                                    .arg(messages.lines().join(QLatin1Char(' '))),
                                0, 0});
    }
    attach_attrs(graph.get());
    const LayoutAttributes attributes = builder.attributes();
    gvFreeLayout(gvc, graph.get());

    auto geometry = attributes.toGeometry();
    if (!geometry) {
        return fail(LayoutError{
            LayoutError::Kind::MalformedOutput,
            Messages::tr("Graphviz's layout could not be read: %1").arg(geometry.error().message),
            0, 0});
    }
    // Graphviz writes sizes with five significant digits; a node that asked for an exact size
    // got exactly that size (fixedsize), so report it without the rounding.
    for (std::size_t i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &node = request.nodes[i];
        if (node.width > 0 && node.height > 0)
            geometry->nodes[i].size = QSizeF(node.width, node.height);
    }
    geometry->warnings = messages.lines();
    return std::move(geometry).value();
}

} // namespace Trellis::Core
