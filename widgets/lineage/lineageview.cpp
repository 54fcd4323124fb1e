#include "lineageview.h"

#include "widgets/lineage/lineageminimap.h"
#include "widgets/lineage/lineagescene.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Trellis::Widgets {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 6;
// One wheel notch (120 units) zooms by this factor.
constexpr double kWheelStep = 1.2;
// Below this zoom the 12-pixel names of nodes blur into lines.
constexpr double kReadableZoom = 0.75;

} // namespace

LineageView::LineageView(LineageScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_minimap(new LineageMinimap(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    viewport()->setCursor(Qt::ArrowCursor);
    // Panning is by dragging; scroll bars would only take room from the picture.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void LineageView::pictureChanged()
{
    updateScrollableArea();
    m_minimap->pictureChanged();
}

void LineageView::updateScrollableArea()
{
    // The picture plus one viewport of room on every side: any point of the picture can be
    // brought anywhere on screen, which keeping a node in place across relayouts relies on (a
    // scene smaller than the viewport would be pinned to the centre instead).
    const QSizeF room = QSizeF(viewport()->size()) / zoom();
    setSceneRect(m_scene->pictureRect().adjusted(-room.width(), -room.height(), room.width(),
                                                 room.height()));
    m_minimap->visibleAreaChanged();
}

void LineageView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->visibleAreaChanged();
}

void LineageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateScrollableArea();
    if (m_presenting)
        presentPicture(m_presentedFocus);
}

void LineageView::zoomBy(double factor, const QPointF &anchorInViewport)
{
    m_presenting = false;
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    factor = target / zoom();
    const QPointF anchor = anchorInViewport.isNull() ? QPointF(viewport()->rect().center())
                                                     : anchorInViewport;
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    scale(factor, factor);
    updateScrollableArea();
    keepAt(sceneAnchor, anchor);
}

void LineageView::fitPicture()
{
    const QRectF picture = m_scene->pictureRect();
    if (picture.isEmpty())
        return;
    fitInView(picture, Qt::KeepAspectRatio);
    // A small graph fitted to a big window would be blown up past readability's sweet spot.
    if (zoom() > 1.5)
        setTransform(QTransform());
    updateScrollableArea();
    centerOn(picture.center());
}

void LineageView::presentPicture(const QString &focusId)
{
    fitPicture();
    m_presenting = true;
    m_presentedFocus = focusId;
    // An overview is for seeing the whole mesh at once; its names show once zoomed in.
    if (zoom() >= kReadableZoom || m_scene->overviewItem())
        return;
    setTransform(QTransform::fromScale(kReadableZoom, kReadableZoom));
    updateScrollableArea();
    centerOn(m_scene->nodeCenter(focusId).value_or(m_scene->pictureRect().center()));
}

void LineageView::mousePressEvent(QMouseEvent *event)
{
    m_presenting = false;
    // An overview's dots are not items of their own: select them here.
    if (m_scene->overviewItem() && event->button() == Qt::LeftButton) {
        const QString id = nodeAt(event->position().toPoint());
        if (!id.isEmpty()) {
            m_scene->selectNode(id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void LineageView::panTo(const QPointF &scenePoint)
{
    m_presenting = false;
    centerOn(scenePoint);
}

void LineageView::resetZoom()
{
    m_presenting = false;
    const QPointF center = mapToScene(viewport()->rect().center());
    setTransform(QTransform());
    updateScrollableArea();
    centerOn(center);
}

void LineageView::keepAt(const QPointF &scenePoint, const QPointF &viewportPoint)
{
    const QPointF delta = mapFromScene(scenePoint) - viewportPoint;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
}

void LineageView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kWheelStep, notches), event->position());
    event->accept();
}

bool LineageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

QString LineageView::nodeAt(const QPoint &viewportPoint) const
{
    // A few pixels of slack around an overview's small dots, whatever the zoom.
    constexpr double kTolerancePixels = 4;
    return m_scene->nodeAt(mapToScene(viewportPoint), kTolerancePixels / zoom());
}

void LineageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = nodeAt(event->position().toPoint());
    if (id.isEmpty()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    Q_EMIT openRequested(id);
    event->accept();
}

void LineageView::contextMenuEvent(QContextMenuEvent *event)
{
    const QString id = nodeAt(event->pos());
    if (id.isEmpty())
        return;
    m_scene->selectNode(id);
    const bool project = m_scene->graph().find(id) && m_scene->graph().find(id)->isProject;
    QMenu menu(this);
    menu.addAction(project ? tr("Show This Project's Models") : tr("Focus Here"), this,
                   [this, id] { Q_EMIT focusRequested(id); });
    if (!project) {
        menu.addAction(tr("Expand Parents"), this, [this, id] { Q_EMIT expandParentsRequested(id); });
        menu.addAction(tr("Expand Children"), this,
                       [this, id] { Q_EMIT expandChildrenRequested(id); });
        menu.addAction(tr("Open File"), this, [this, id] { Q_EMIT openRequested(id); });
    }
    menu.addSeparator();
    menu.addAction(project ? tr("Copy Project Name") : tr("Copy Unique Id"), this,
                   [id] { QApplication::clipboard()->setText(id); });
    menu.exec(event->globalPos());
}

} // namespace Trellis::Widgets
