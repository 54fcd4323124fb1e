#include "lineagescene.h"

#include "widgets/lineage/lineageclusteritem.h"
#include "widgets/lineage/lineageedgeitem.h"
#include "widgets/lineage/lineagenodeitem.h"
#include "widgets/lineage/lineageoverviewitem.h"

#include <QSet>
#include <QTimer>

namespace Trellis::Widgets {

namespace {

constexpr double kPictureMargin = 16;
// Long enough to catch the eye after an edit, short enough not to linger as noise.
constexpr int kChangeMarkMs = 1500;

// What a node looks like on the picture, to tell a changed node from an unchanged one.
QString appearance(const Core::LineageNodeFacts &facts, const QStringList &parents)
{
    QStringList parts{facts.name, facts.access, facts.materialized, facts.version,
                      facts.contractEnforced ? QStringLiteral("contract") : QString(),
                      facts.deprecationDate.toString(Qt::ISODate)};
    QStringList sortedParents = parents;
    sortedParents.sort();
    return parts.join(QLatin1Char('|')) + QLatin1Char('<') + sortedParents.join(QLatin1Char(','));
}

QHash<QString, QStringList> parentsOf(const Core::LineageGraph &graph)
{
    QHash<QString, QStringList> parents;
    for (const Core::LayoutEdge &edge : graph.request().edges)
        parents[edge.to].append(edge.from);
    return parents;
}

// Every id reachable from `start` along `next`, `start` included.
void collectReachable(const QString &start, const QHash<QString, QStringList> &next,
                      QSet<QString> &seen)
{
    QStringList pending{start};
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        for (const QString &neighbour : next.value(id)) {
            if (!seen.contains(neighbour)) {
                seen.insert(neighbour);
                pending.append(neighbour);
            }
        }
    }
}

} // namespace

LineageScene::LineageScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
    connect(this, &QGraphicsScene::selectionChanged, this, &LineageScene::emitSelection);
}

LineageScene::~LineageScene()
{
    // QGraphicsScene deletes the items after this class's members are gone, and deleting a
    // selected item emits selectionChanged: nobody may hear about it any more.
    const QSignalBlocker blocker(this);
    clear();
}

void LineageScene::clearGraph()
{
    m_hovered.clear();
    m_overview = nullptr;
    m_nodes.clear();
    m_edges.clear();
    m_parents.clear();
    m_children.clear();
    clear();
    m_graph = {};
    m_geometry = {};
}

void LineageScene::showGraph(const Core::LineageGraph &graph, const Core::LayoutGeometry &geometry,
                             bool markChanges)
{
    const QString selected = m_lastSelected;
    const QStringList changed = markChanges ? changedSince(graph) : QStringList();
    // Rebuilding emits selectionChanged with nothing selected; the old selection is restored
    // below, so listeners only hear about a real change.
    QSignalBlocker blocker(this);
    // `graph` and `geometry` may be this scene's own (a palette change redraws them).
    Core::LineageGraph shownGraph = graph;
    Core::LayoutGeometry shownGeometry = geometry;
    clearGraph();
    m_graph = std::move(shownGraph);
    m_geometry = std::move(shownGeometry);

    if (m_graph.isOverview()) {
        m_overview = new LineageOverviewItem(m_graph, m_geometry, m_palette.edgeColor(),
                                             m_palette.labelColor(),
                                             m_palette.emphasisedEdgeColor());
        addItem(m_overview);
        if (m_overview->nodeCenter(selected))
            m_overview->setSelectedNode(selected);
    } else {
        addLayeredItems();
    }
    recolour();
    m_changed = changed;
    for (const QString &id : changed) {
        if (LineageNodeItem *item = m_nodes.value(id))
            item->setChanged(true);
    }
    if (!m_changed.isEmpty())
        QTimer::singleShot(kChangeMarkMs, this, &LineageScene::clearChangeMarks);
    setSceneRect(pictureRect());
    if (LineageNodeItem *item = m_nodes.value(selected))
        item->setSelected(true);
    m_lastSelected = selectedId();
    blocker.unblock();
    if (m_lastSelected != selected)
        Q_EMIT selectedNodeChanged(m_lastSelected);
}

void LineageScene::addLayeredItems()
{
    for (const Core::ClusterGeometry &cluster : m_geometry.clusters) {
        addItem(new LineageClusterItem(cluster, m_palette.projectColor(cluster.project),
                                       m_palette.clusterCaptionColor(cluster.project)));
    }
    const std::vector<Core::LayoutEdge> &requested = m_graph.request().edges;
    for (const Core::EdgeGeometry &edge : m_geometry.edges) {
        const QString label = edge.index >= 0 && std::size_t(edge.index) < requested.size()
                                  ? requested[std::size_t(edge.index)].label
                                  : QString();
        auto *item = new LineageEdgeItem(edge, label, m_palette.edgeColor(),
                                         m_palette.emphasisedEdgeColor());
        addItem(item);
        m_edges.push_back(item);
        m_parents[edge.to].append(edge.from);
        m_children[edge.from].append(edge.to);
    }
    for (const Core::NodeGeometry &node : m_geometry.nodes) {
        const Core::LineageNodeFacts *facts = m_graph.find(node.id);
        if (!facts)
            continue;
        auto *item = new LineageNodeItem(*facts, node.box(), m_today);
        addItem(item);
        m_nodes.insert(node.id, item);
    }
}

QStringList LineageScene::changedSince(const Core::LineageGraph &next) const
{
    const QHash<QString, QStringList> before = parentsOf(m_graph);
    const QHash<QString, QStringList> after = parentsOf(next);
    QStringList changed;
    for (const Core::LineageNodeFacts &facts : next.nodes()) {
        const Core::LineageNodeFacts *old = m_graph.find(facts.id);
        if (!old || appearance(*old, before.value(facts.id)) != appearance(facts, after.value(facts.id)))
            changed.append(facts.id);
    }
    return changed;
}

void LineageScene::clearChangeMarks()
{
    for (const QString &id : std::as_const(m_changed)) {
        if (LineageNodeItem *item = m_nodes.value(id))
            item->setChanged(false);
    }
    m_changed.clear();
}

void LineageScene::setLens(LineageLens lens)
{
    m_lens = lens;
    recolour();
}

void LineageScene::setTestStatuses(QHash<QString, Core::TestStatus> statuses)
{
    m_testStatuses = std::move(statuses);
    recolour();
}

std::optional<Core::TestStatus> LineageScene::testStatus(const QString &id) const
{
    const auto it = m_testStatuses.constFind(id);
    return it == m_testStatuses.cend() ? std::nullopt : std::optional(*it);
}

void LineageScene::setDark(bool dark)
{
    if (dark == m_palette.isDark() && backgroundBrush().color() == m_palette.background())
        return;
    m_palette.setDark(dark);
    setBackgroundBrush(m_palette.background());
    if (!m_graph.nodes().empty())
        showGraph(m_graph, m_geometry);
}

void LineageScene::recolour()
{
    for (LineageNodeItem *item : std::as_const(m_nodes))
        item->setFill(m_palette.fill(item->facts(), m_lens, testStatus(item->id())));
    if (m_overview) {
        std::vector<QColor> fills;
        fills.reserve(m_graph.nodes().size());
        for (const Core::LineageNodeFacts &facts : m_graph.nodes())
            fills.push_back(m_palette.fill(facts, m_lens, testStatus(facts.id)));
        m_overview->setFills(std::move(fills));
    }
}

QString LineageScene::selectedId() const
{
    if (m_overview)
        return m_overview->selectedNode();
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == LineageNodeItem::Type)
            return static_cast<LineageNodeItem *>(item)->id();
    }
    return {};
}

void LineageScene::selectNode(const QString &id)
{
    if (m_overview) {
        m_overview->setSelectedNode(m_overview->nodeCenter(id) ? id : QString());
        emitSelection();
        return;
    }
    clearSelection();
    if (LineageNodeItem *item = m_nodes.value(id))
        item->setSelected(true);
}

void LineageScene::emitSelection()
{
    const QString id = selectedId();
    if (id == m_lastSelected)
        return;
    m_lastSelected = id;
    Q_EMIT selectedNodeChanged(id);
}

QString LineageScene::nodeAt(const QPointF &scenePoint, double tolerance) const
{
    if (m_overview)
        return m_overview->nodeAt(scenePoint, tolerance);
    const QList<QGraphicsItem *> hits = items(scenePoint);
    for (QGraphicsItem *item : hits) {
        if (item->type() == LineageNodeItem::Type)
            return static_cast<LineageNodeItem *>(item)->id();
    }
    return {};
}

std::optional<QPointF> LineageScene::nodeCenter(const QString &id) const
{
    if (m_overview)
        return m_overview->nodeCenter(id);
    if (const LineageNodeItem *item = m_nodes.value(id))
        return item->boundingRect().center();
    return std::nullopt;
}

QSet<QString> LineageScene::pathsThrough(const QString &id) const
{
    QSet<QString> onPath{id};
    collectReachable(id, m_parents, onPath);
    collectReachable(id, m_children, onPath);
    return onPath;
}

void LineageScene::setHoveredNode(const QString &id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    const bool highlighting = m_nodes.contains(id);
    const QSet<QString> onPath = highlighting ? pathsThrough(id) : QSet<QString>();
    for (LineageNodeItem *item : std::as_const(m_nodes))
        item->setDimmed(highlighting && !onPath.contains(item->id()));
    // An edge is on a path when both ends are and it points the way the path runs: into an
    // ancestor chain or out of a descendant chain, never across between two side branches.
    QSet<QString> upstream{id};
    QSet<QString> downstream{id};
    if (highlighting) {
        collectReachable(id, m_parents, upstream);
        collectReachable(id, m_children, downstream);
    }
    for (LineageEdgeItem *edge : m_edges) {
        const bool onIt = highlighting
                          && ((upstream.contains(edge->from()) && upstream.contains(edge->to()))
                              || (downstream.contains(edge->from())
                                  && downstream.contains(edge->to())));
        edge->setEmphasis(onIt, highlighting && !onIt);
    }
}

QRectF LineageScene::pictureRect() const
{
    return itemsBoundingRect().adjusted(-kPictureMargin, -kPictureMargin, kPictureMargin,
                                        kPictureMargin);
}

} // namespace Trellis::Widgets
