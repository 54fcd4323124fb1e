#include "lineageedgeitem.h"

#include "core/layout/lineagegraph.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

#include <cmath>

namespace Trellis::Widgets {

namespace {

constexpr double kArrowHalfWidth = 3.5;

QFont labelFont()
{
    QFont font;
    font.setPixelSize(qRound(Core::LineageMetrics::kBadgeFontSize + 1));
    return font;
}

} // namespace

LineageEdgeItem::LineageEdgeItem(const Core::EdgeGeometry &geometry, const QString &label,
                                 const QColor &color, const QColor &emphasisColor)
    : m_from(geometry.from)
    , m_to(geometry.to)
    , m_label(label)
    , m_labelPosition(geometry.labelPosition)
    , m_color(color)
    , m_emphasisColor(emphasisColor)
{
    for (const Core::EdgeSpline &spline : geometry.splines) {
        m_path.addPath(splinePath(spline));
        if (spline.arrowEnd && !spline.points.empty())
            m_arrows.push_back(arrowHead(spline.points.back(), *spline.arrowEnd));
        if (spline.arrowStart && !spline.points.empty())
            m_arrows.push_back(arrowHead(spline.points.front(), *spline.arrowStart));
    }
    // An edge Graphviz drew without an arrow point still needs a direction: put the head on
    // the curve's last segment.
    if (m_arrows.empty() && !geometry.splines.empty() && geometry.splines.back().points.size() >= 4) {
        const std::vector<QPointF> &points = geometry.splines.back().points;
        m_arrows.push_back(arrowHead(points[points.size() - 2], points.back()));
    }
    setZValue(1);
}

QPainterPath LineageEdgeItem::splinePath(const Core::EdgeSpline &spline)
{
    QPainterPath path;
    if (spline.points.empty())
        return path;
    path.moveTo(spline.points.front());
    for (std::size_t i = 1; i + 2 < spline.points.size(); i += 3)
        path.cubicTo(spline.points[i], spline.points[i + 1], spline.points[i + 2]);
    return path;
}

QPolygonF LineageEdgeItem::arrowHead(const QPointF &base, const QPointF &tip)
{
    const QLineF axis(base, tip);
    if (axis.length() <= 0)
        return {};
    const QLineF normal = axis.normalVector().unitVector();
    const QPointF offset(normal.dx() * kArrowHalfWidth, normal.dy() * kArrowHalfWidth);
    return QPolygonF({base + offset, tip, base - offset});
}

void LineageEdgeItem::setEmphasis(bool emphasised, bool dimmed)
{
    m_emphasised = emphasised;
    setOpacity(dimmed ? 0.15 : 1.0);
    setZValue(emphasised ? 1.5 : 1);
    update();
}

QRectF LineageEdgeItem::labelRect() const
{
    if (m_label.isEmpty() || !m_labelPosition)
        return {};
    const QFontMetricsF metrics(labelFont());
    const QRectF text = metrics.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignLeft, m_label);
    QRectF rect(QPointF(), text.size() + QSizeF(8, 4));
    rect.moveCenter(*m_labelPosition);
    return rect;
}

QRectF LineageEdgeItem::boundingRect() const
{
    QRectF rect = m_path.boundingRect();
    for (const QPolygonF &arrow : m_arrows)
        rect |= arrow.boundingRect();
    return (rect | labelRect()).adjusted(-2, -2, 2, 2);
}

void LineageEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = m_emphasised ? m_emphasisColor : m_color;
    painter->setPen(QPen(color, m_emphasised ? 2.2 : 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    for (const QPolygonF &arrow : m_arrows)
        painter->drawPolygon(arrow);

    const QRectF label = labelRect();
    if (label.isNull())
        return;
    // A light plate keeps the label readable where it crosses other edges.
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->setPen(QPen(QColor(0xd0d7de), 0.8));
    painter->drawRoundedRect(label, 3, 3);
    painter->setPen(QColor(0x3b424a));
    painter->setFont(labelFont());
    painter->drawText(label.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignVCenter, m_label);
}

} // namespace Trellis::Widgets
