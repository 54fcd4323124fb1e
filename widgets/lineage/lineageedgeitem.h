#pragma once

#include "core/layout/layoutgeometry.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace Trellis::Widgets {

// One dependency of a lineage picture: Graphviz's Bézier splines as cubic curves, with the
// arrowheads Graphviz left room for, and, on the project-level view, the label that lists the
// models crossing between two projects. Scene coordinates in points. Owned by the scene.
class LineageEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 802 };

    // `color` draws the edge, `emphasisColor` the edge on a highlighted path.
    LineageEdgeItem(const Core::EdgeGeometry &geometry, const QString &label, const QColor &color,
                    const QColor &emphasisColor);

    QString from() const { return m_from; }
    QString to() const { return m_to; }

    // Emphasised edges lie on a path through the hovered node; dimmed ones do not.
    void setEmphasis(bool emphasised, bool dimmed);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The curve of one spline: points[0], then (control, control, end) triples.
    static QPainterPath splinePath(const Core::EdgeSpline &spline);
    // An arrowhead from the curve's end `base` to its `tip`.
    static QPolygonF arrowHead(const QPointF &base, const QPointF &tip);

private:
    QRectF labelRect() const;

    QString m_from;
    QString m_to;
    QPainterPath m_path;
    std::vector<QPolygonF> m_arrows;
    QString m_label;
    std::optional<QPointF> m_labelPosition;
    QColor m_color;
    QColor m_emphasisColor;
    bool m_emphasised = false;
};

} // namespace Trellis::Widgets
