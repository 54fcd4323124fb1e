#include "lineageoverviewitem.h"

#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Trellis::Widgets {

namespace {

constexpr double kDotRadius = Core::LineageMetrics::kOverviewDotSize / 2;
// Names appear once dots are drawn this big: only then is there room between them for text.
constexpr double kLabelledDotPixels = 30;
// Names keep this size on screen whatever the zoom.
constexpr double kLabelPixels = 11;
constexpr double kMinDotPixels = 5;
// Wide enough for a long model name.
constexpr double kMaxLabelPixels = 240;

} // namespace

LineageOverviewItem::LineageOverviewItem(const Core::LineageGraph &graph,
                                         const Core::LayoutGeometry &geometry,
                                         const QColor &edgeColor, const QColor &textColor,
                                         const QColor &selectionColor)
    : m_edgeColor(edgeColor)
    , m_textColor(textColor)
    , m_selectionColor(selectionColor)
{
    QHash<QString, QPointF> centers;
    centers.reserve(qsizetype(geometry.nodes.size()));
    m_dots.reserve(geometry.nodes.size());
    for (const Core::NodeGeometry &node : geometry.nodes) {
        const Core::LineageNodeFacts *facts = graph.find(node.id);
        if (!facts)
            continue;
        m_dots.push_back({node.id, facts->name, node.center, QColor()});
        centers.insert(node.id, node.center);
    }
    // Centre to centre: the dots are drawn over the ends, so no clipping is needed.
    for (const Core::LayoutEdge &edge : graph.request().edges) {
        const auto from = centers.constFind(edge.from);
        const auto to = centers.constFind(edge.to);
        if (from == centers.cend() || to == centers.cend())
            continue;
        m_edges.moveTo(*from);
        m_edges.lineTo(*to);
    }
    // Names are drawn at a fixed pixel size right of their dots, and only from a zoom on: room
    // on the right for the widest name at that zoom.
    m_bounds = geometry.bounds.adjusted(-kDotRadius - 2, -kDotRadius - 2,
                                        kMaxLabelPixels * kDotRadius * 2 / kLabelledDotPixels,
                                        kDotRadius + 2);
    setFlag(ItemUsesExtendedStyleOption);
}

void LineageOverviewItem::setFills(std::vector<QColor> fills)
{
    for (std::size_t i = 0; i < m_dots.size() && i < fills.size(); ++i)
        m_dots[i].fill = fills[i];
    update();
}

QString LineageOverviewItem::nodeAt(const QPointF &scenePoint, double tolerance) const
{
    QString nearest;
    double best = (kDotRadius + tolerance) * (kDotRadius + tolerance);
    for (const Dot &dot : m_dots) {
        const QPointF d = dot.center - scenePoint;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= best) {
            best = distance;
            nearest = dot.id;
        }
    }
    return nearest;
}

std::optional<QPointF> LineageOverviewItem::nodeCenter(const QString &id) const
{
    const auto it = std::find_if(m_dots.begin(), m_dots.end(),
                                 [&id](const Dot &dot) { return dot.id == id; });
    if (it == m_dots.end())
        return std::nullopt;
    return it->center;
}

void LineageOverviewItem::setSelectedNode(const QString &id)
{
    m_selected = id;
    update();
}

void LineageOverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double reach = std::max(kDotRadius, kMinDotPixels / 2 / lod);
    const QRectF exposed = option->exposedRect.adjusted(-reach, -reach, reach, reach);
    // Thousands of crossing lines: a thin translucent cosmetic pen keeps them a texture that
    // shows where the dependencies run without hiding the dots.
    QColor edge = m_edgeColor;
    edge.setAlpha(90);
    QPen edgePen(edge, 0);
    edgePen.setCosmetic(true);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    painter->setPen(edgePen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_edges);

    painter->setPen(Qt::NoPen);
    // Zoomed far out, dots keep a few pixels so the colours still show where everything is.
    const double radius = std::max(kDotRadius, kMinDotPixels / 2 / lod);
    for (const Dot &dot : m_dots) {
        if (!exposed.contains(dot.center))
            continue;
        painter->setBrush(dot.fill);
        painter->drawEllipse(dot.center, radius, radius);
    }
    if (const std::optional<QPointF> selected = nodeCenter(m_selected)) {
        painter->setBrush(Qt::NoBrush);
        QPen ring(m_selectionColor, 3);
        ring.setCosmetic(true);
        painter->setPen(ring);
        painter->drawEllipse(*selected, kDotRadius + 3, kDotRadius + 3);
    }

    if (lod * Core::LineageMetrics::kOverviewDotSize < kLabelledDotPixels)
        return;
    // Drawn in device pixels so the text stays small and crisp at any zoom.
    const QTransform toDevice = painter->worldTransform();
    painter->save();
    painter->resetTransform();
    QFont font;
    font.setPixelSize(int(kLabelPixels));
    painter->setFont(font);
    painter->setPen(m_textColor);
    const double radiusPixels = kDotRadius * lod;
    // A name may reach into the exposed area from a dot left of it.
    const QRectF labelled = option->exposedRect.adjusted(-kMaxLabelPixels / lod,
                                                         -kLabelPixels / lod, 0,
                                                         kLabelPixels / lod);
    for (const Dot &dot : m_dots) {
        if (!labelled.contains(dot.center))
            continue;
        const QPointF at = toDevice.map(dot.center);
        painter->drawText(at + QPointF(radiusPixels + 3, kLabelPixels / 2 - 1), dot.name);
    }
    painter->restore();
}

} // namespace Trellis::Widgets
