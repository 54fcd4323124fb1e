#pragma once

#include "core/layout/layoutgeometry.h"

#include <QColor>
#include <QGraphicsItem>

namespace Trellis::Widgets {

// The box around one project's (or group's) nodes, tinted with the project's colour and
// labelled with its name in the corner Graphviz left free. Drawn under edges and nodes; not
// selectable. Owned by the scene.
class LineageClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 803 };

    LineageClusterItem(const Core::ClusterGeometry &geometry, const QColor &tint,
                       const QColor &captionColor);

    QString project() const { return m_geometry.project; }
    QString group() const { return m_geometry.group; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Core::ClusterGeometry m_geometry;
    QColor m_tint;
    QColor m_captionColor;
};

} // namespace Trellis::Widgets
