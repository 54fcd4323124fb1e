#pragma once

#include "core/layout/layoutgeometry.h"
#include "core/layout/lineagegraph.h"
#include "widgets/lineage/lineagepalette.h"

#include <QDate>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <optional>

namespace Trellis::Widgets {

class LineageClusterItem;
class LineageEdgeItem;
class LineageNodeItem;
class LineageOverviewItem;

// The items of one laid-out lineage: clusters, edges and nodes placed exactly where the layout
// put them (scene units are the layout's points), or for an overview graph one item that draws
// every node as a dot. It recolours nodes by lens (test outcomes included, once known), keeps
// one node selected, and highlights every path through the hovered node (its ancestors and
// descendants on the picture) while dimming the rest. Owns its items; GUI thread. Usable
// without a view, e.g. to render an export headless.
class LineageScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit LineageScene(QObject *parent = nullptr);
    ~LineageScene() override;

    // Replaces the picture. The node selected before stays selected if it is still shown.
    // With `markChanges` (an update of the same selection, e.g. after an edit), nodes that are
    // new or whose badges or parents changed are marked for a moment.
    void showGraph(const Core::LineageGraph &graph, const Core::LayoutGeometry &geometry,
                   bool markChanges = false);
    // The ids marked by the last showGraph(), until the mark fades.
    QStringList changedNodes() const { return m_changed; }
    const Core::LineageGraph &graph() const { return m_graph; }
    void clearGraph();

    LineagePalette &palette() { return m_palette; }
    void setLens(LineageLens lens);
    LineageLens lens() const { return m_lens; }
    // The latest test outcome per unique id; nodes without an entry count as not run.
    void setTestStatuses(QHash<QString, Core::TestStatus> statuses);
    std::optional<Core::TestStatus> testStatus(const QString &id) const;
    // Switches the palette between light and dark and redraws the picture with it.
    void setDark(bool dark);

    LineageNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<LineageNodeItem *> nodeItems() const { return m_nodes.values(); }
    QString selectedId() const;
    void selectNode(const QString &id);
    // The node drawn at `scenePoint` (or within `tolerance` of an overview's dot), or empty.
    QString nodeAt(const QPointF &scenePoint, double tolerance = 0) const;
    // Where the node is drawn, if it is on the picture (as an item or an overview dot).
    std::optional<QPointF> nodeCenter(const QString &id) const;
    LineageOverviewItem *overviewItem() const { return m_overview; }

    // Highlights the paths through `id`; an empty id clears the highlight.
    void setHoveredNode(const QString &id);
    QString hoveredNode() const { return m_hovered; }
    // Ids upstream and downstream of `id` on the current picture, `id` included.
    QSet<QString> pathsThrough(const QString &id) const;

    // The picture's extent with a margin, for fitting and exporting.
    QRectF pictureRect() const;

    // The date deprecation badges compare with; today unless a test fixes it.
    void setToday(const QDate &today) { m_today = today; }

Q_SIGNALS:
    void selectedNodeChanged(const QString &id);

private:
    // Clusters, edges and node items of a dot layout.
    void addLayeredItems();
    void recolour();
    QStringList changedSince(const Core::LineageGraph &previous) const;
    void clearChangeMarks();
    void emitSelection();

    Core::LineageGraph m_graph;
    Core::LayoutGeometry m_geometry;
    LineagePalette m_palette;
    QHash<QString, Core::TestStatus> m_testStatuses;
    LineageOverviewItem *m_overview = nullptr;
    LineageLens m_lens = LineageLens::Project;
    QDate m_today = QDate::currentDate();
    QHash<QString, LineageNodeItem *> m_nodes;
    std::vector<LineageEdgeItem *> m_edges;
    QHash<QString, QStringList> m_parents;
    QHash<QString, QStringList> m_children;
    QString m_hovered;
    QString m_lastSelected;
    QStringList m_changed;
};

} // namespace Trellis::Widgets
