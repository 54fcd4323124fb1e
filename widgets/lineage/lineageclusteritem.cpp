#include "lineageclusteritem.h"

#include <QPainter>

namespace Trellis::Widgets {

LineageClusterItem::LineageClusterItem(const Core::ClusterGeometry &geometry, const QColor &tint,
                                       const QColor &captionColor)
    : m_geometry(geometry)
    , m_tint(tint)
    , m_captionColor(captionColor)
{
    setZValue(0);
    setToolTip(geometry.group.isEmpty() ? geometry.project : geometry.group);
}

QRectF LineageClusterItem::boundingRect() const
{
    return m_geometry.box.adjusted(-1, -1, 1, 1);
}

void LineageClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_tint;
    fill.setAlpha(45);
    QColor border = m_tint.darker(130);
    painter->setPen(QPen(border, 1.2));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_geometry.box, 8, 8);

    QFont font;
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_captionColor);
    // Graphviz reserves a strip at the top of the cluster for its label; draw the name there,
    // on the left, where it reads as the box's title.
    const QRectF title(m_geometry.box.left() + 8, m_geometry.box.top() + 2,
                       m_geometry.box.width() - 16, 20);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                      m_geometry.label.isEmpty() ? m_geometry.project : m_geometry.label);
}

} // namespace Trellis::Widgets
