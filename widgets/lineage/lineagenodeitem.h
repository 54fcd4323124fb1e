#pragma once

#include "core/layout/lineagenodefacts.h"

#include <QColor>
#include <QDate>
#include <QGraphicsItem>

namespace Trellis::Widgets {

// One node of a lineage picture: the shape its resource type has (rounded box for models,
// cylinder for sources, folded note for seeds, hexagon for exposures, plain box for snapshots
// and analyses), the fill the lens gives it, its name and its badges, a border that turns red
// or orange when its file has errors or warnings. `box` is the layout's box in scene
// coordinates (points). Owned by the scene; GUI thread (or a headless renderer's thread).
class LineageNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 801 };

    LineageNodeItem(Core::LineageNodeFacts facts, const QRectF &box, const QDate &today);

    const Core::LineageNodeFacts &facts() const { return m_facts; }
    QString id() const { return m_facts.id; }

    void setFill(const QColor &fill);
    // Dimmed while the hover highlight shows paths that do not pass through this node.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    // Marked for a moment after a live update changed or added the node.
    void setChanged(bool changed);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QPainterPath outline() const;
    QRectF contentRect() const;
    void paintBadges(QPainter *painter, const QRectF &line) const;

    Core::LineageNodeFacts m_facts;
    QRectF m_box;
    QDate m_today;
    QColor m_fill;
    bool m_dimmed = false;
    bool m_changed = false;
};

} // namespace Trellis::Widgets
