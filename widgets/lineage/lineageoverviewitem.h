#pragma once

#include "core/layout/layoutgeometry.h"
#include "core/layout/lineagegraph.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>
#include <vector>

namespace Trellis::Widgets {

// The whole-mesh overview drawn as one item: a small dot per node at the place sfdp gave it and
// every edge as one straight-line path, names only once zoomed in far enough to read them.
// Thousands of separate items would make building and hit-testing the scene the slow part, so
// this item draws and finds nodes itself. Scene coordinates in points; owned by the scene; GUI
// thread (or a headless renderer's thread).
class LineageOverviewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 804 };

    LineageOverviewItem(const Core::LineageGraph &graph, const Core::LayoutGeometry &geometry,
                        const QColor &edgeColor, const QColor &textColor,
                        const QColor &selectionColor);

    // Fills parallel to the graph's nodes, e.g. after a lens change.
    void setFills(std::vector<QColor> fills);
    // The node whose dot is within `tolerance` of `scenePoint` (nearest first), or empty.
    QString nodeAt(const QPointF &scenePoint, double tolerance) const;
    std::optional<QPointF> nodeCenter(const QString &id) const;
    void setSelectedNode(const QString &id);
    QString selectedNode() const { return m_selected; }
    int nodeCount() const { return int(m_dots.size()); }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Dot
    {
        QString id;
        QString name;
        QPointF center;
        QColor fill;
    };

    std::vector<Dot> m_dots;
    QPainterPath m_edges;
    QRectF m_bounds;
    QColor m_edgeColor;
    QColor m_textColor;
    QColor m_selectionColor;
    QString m_selected;
};

} // namespace Trellis::Widgets
