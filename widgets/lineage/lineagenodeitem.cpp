#include "lineagenodeitem.h"

#include "core/layout/lineagegraph.h"
#include "widgets/lineage/lineagepalette.h"
#include "widgets/lineage/lineagescene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Trellis::Widgets {

namespace {

using Metrics = Core::LineageMetrics;

constexpr double kCylinderCap = 5; // height of the ellipse at each end of a source
constexpr double kNoteFold = 9;
constexpr double kHexagonInset = 9;
const QColor kText(0x1f2328);
const QColor kBorder(0x57606a);
const QColor kSelected(0x0969da);

QFont pixelFont(double size, bool bold = false)
{
    QFont font;
    font.setPixelSize(qRound(size));
    font.setBold(bold);
    return font;
}

QString tooltipFor(const Core::LineageNodeFacts &facts)
{
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(facts.id.toHtmlEscaped(), facts.typeName());
    if (!facts.description.isEmpty())
        text += QStringLiteral("<br>") + facts.description.toHtmlEscaped();
    return text;
}

} // namespace

LineageNodeItem::LineageNodeItem(Core::LineageNodeFacts facts, const QRectF &box,
                                 const QDate &today)
    : m_facts(std::move(facts))
    , m_box(box)
    , m_today(today)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setToolTip(tooltipFor(m_facts));
    setZValue(2);
}

void LineageNodeItem::setFill(const QColor &fill)
{
    m_fill = fill;
    update();
}

void LineageNodeItem::setDimmed(bool dimmed)
{
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.25 : 1.0);
}

void LineageNodeItem::setChanged(bool changed)
{
    m_changed = changed;
    update();
}

QRectF LineageNodeItem::boundingRect() const
{
    // Room for the thickest border (the change mark) on every side.
    return m_box.adjusted(-5, -5, 5, 5);
}

QPainterPath LineageNodeItem::shape() const
{
    return outline();
}

QPainterPath LineageNodeItem::outline() const
{
    QPainterPath path;
    const QRectF r = m_box;
    if (m_facts.isProject) {
        path.addRoundedRect(r, 10, 10);
        return path;
    }
    switch (m_facts.type) {
    case Core::ResourceType::Source: {
        const QRectF top(r.left(), r.top(), r.width(), 2 * kCylinderCap);
        const QRectF bottom(r.left(), r.bottom() - 2 * kCylinderCap, r.width(), 2 * kCylinderCap);
        path.moveTo(r.left(), r.top() + kCylinderCap);
        path.arcTo(top, 180, -180);
        path.lineTo(r.right(), r.bottom() - kCylinderCap);
        path.arcTo(bottom, 0, -180);
        path.closeSubpath();
        break;
    }
    case Core::ResourceType::Seed:
        path.moveTo(r.topLeft());
        path.lineTo(r.right() - kNoteFold, r.top());
        path.lineTo(r.right(), r.top() + kNoteFold);
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
        break;
    case Core::ResourceType::Exposure:
        path.moveTo(r.left(), r.center().y());
        path.lineTo(r.left() + kHexagonInset, r.top());
        path.lineTo(r.right() - kHexagonInset, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - kHexagonInset, r.bottom());
        path.lineTo(r.left() + kHexagonInset, r.bottom());
        path.closeSubpath();
        break;
    case Core::ResourceType::Snapshot:
    case Core::ResourceType::Analysis:
        path.addRect(r);
        break;
    default:
        path.addRoundedRect(r, 6, 6);
        break;
    }
    return path;
}

QRectF LineageNodeItem::contentRect() const
{
    QRectF r = m_box.adjusted(Metrics::kPadding, Metrics::kPadding - 2, -Metrics::kPadding,
                              -(Metrics::kPadding - 2));
    if (m_facts.isProject)
        return r;
    if (m_facts.type == Core::ResourceType::Source)
        r.adjust(0, kCylinderCap + 3, 0, 0);
    else if (m_facts.type == Core::ResourceType::Exposure)
        r.adjust(kHexagonInset, 0, -kHexagonInset, 0);
    return r;
}

void LineageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_changed) {
        painter->setPen(QPen(QColor(255, 170, 0, 200), 8));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline());
    }
    QPen border(kBorder, 1);
    if (m_facts.worstDiagnostic == Core::Severity::Error)
        border = QPen(QColor(0xcf222e), 2);
    else if (m_facts.worstDiagnostic == Core::Severity::Warning)
        border = QPen(QColor(0xd4a72c), 2);
    if (option->state & QStyle::State_Selected)
        border = QPen(kSelected, 3);
    painter->setPen(border);
    painter->setBrush(m_fill);
    painter->drawPath(outline());

    // The cylinder's front rim, and the note's folded corner, drawn over the fill.
    painter->setPen(QPen(kBorder, 1));
    if (!m_facts.isProject && m_facts.type == Core::ResourceType::Source) {
        const QRectF top(m_box.left(), m_box.top(), m_box.width(), 2 * kCylinderCap);
        QPainterPath rim;
        rim.arcMoveTo(top, 180);
        rim.arcTo(top, 180, 180);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(rim);
    } else if (!m_facts.isProject && m_facts.type == Core::ResourceType::Seed) {
        const QPointF corner(m_box.right() - kNoteFold, m_box.top());
        painter->drawPolyline(QList<QPointF>{corner, corner + QPointF(0, kNoteFold),
                                             corner + QPointF(kNoteFold, kNoteFold)});
    }

    // Text too small to read (a zoomed-out view, the minimap) costs the most and shows nothing.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) * Metrics::kNameFontSize < 4)
        return;
    const QRectF content = contentRect();
    const QFont nameFont = pixelFont(Metrics::kNameFontSize, m_facts.isProject);
    painter->setFont(nameFont);
    painter->setPen(kText);
    const QRectF nameLine(content.left(), content.top(), content.width(), Metrics::kNameLineHeight);
    const QString name = QFontMetricsF(nameFont).elidedText(m_facts.name, Qt::ElideMiddle,
                                                            nameLine.width());
    painter->drawText(nameLine, Qt::AlignLeft | Qt::AlignVCenter, name);

    const QRectF secondLine(content.left(), nameLine.bottom() + 2, content.width(),
                            Metrics::kBadgeLineHeight);
    if (m_facts.isProject) {
        painter->setFont(pixelFont(Metrics::kBadgeFontSize + 1));
        painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter,
                          m_facts.memberCount == 1
                              ? LineageScene::tr("1 node")
                              : LineageScene::tr("%1 nodes").arg(m_facts.memberCount));
    } else {
        paintBadges(painter, secondLine);
    }
}

void LineageNodeItem::paintBadges(QPainter *painter, const QRectF &line) const
{
    QFont font = pixelFont(Metrics::kBadgeFontSize);
    double x = line.left();
    for (const Core::LineageNodeFacts::Badge &badge : m_facts.badges(m_today)) {
        font.setStrikeOut(badge.struckThrough);
        const QFontMetricsF metrics(font);
        const double width = metrics.horizontalAdvance(badge.text) + 2 * Metrics::kBadgePadding;
        // A badge that does not fit is left out whole: half a badge reads as a different word.
        if (x + width > line.right() + 0.5)
            break;
        const QRectF pill(x, line.top(), width, line.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(LineagePalette::badgeColor(badge));
        painter->drawRoundedRect(pill, 4, 4);
        painter->setPen(kText);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, badge.text);
        x += width + Metrics::kBadgeGap;
    }
}

void LineageNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *lineage = qobject_cast<LineageScene *>(scene()))
        lineage->setHoveredNode(m_facts.id);
    QGraphicsItem::hoverEnterEvent(event);
}

void LineageNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *lineage = qobject_cast<LineageScene *>(scene()))
        lineage->setHoveredNode({});
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Trellis::Widgets
