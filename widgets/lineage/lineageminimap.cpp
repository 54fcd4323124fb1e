#include "lineageminimap.h"

#include "widgets/lineage/lineagescene.h"
#include "widgets/lineage/lineageview.h"

#include <QMouseEvent>
#include <QPainter>

namespace Trellis::Widgets {

namespace {

// Small enough to leave the picture visible, big enough to aim at a region of it.
constexpr int kMaxWidth = 220;
constexpr int kMaxHeight = 150;
constexpr int kMargin = 10;
constexpr int kBorder = 1;

} // namespace

LineageMinimap::LineageMinimap(LineageView *view)
    : QWidget(view)
    , m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    hide();
}

void LineageMinimap::pictureChanged()
{
    m_scenePicture = m_view->lineageScene()->pictureRect();
    // Drawn when first shown: most pictures fit their view and never need a map, and rendering
    // a scene of hundreds of nodes cost the GUI thread milliseconds at every layout.
    m_picture = {};
    if (m_scenePicture.isEmpty()) {
        hide();
        return;
    }
    const QSizeF size = m_scenePicture.size().scaled(kMaxWidth - 2 * kBorder,
                                                     kMaxHeight - 2 * kBorder, Qt::KeepAspectRatio);
    setFixedSize(size.toSize() + QSize(2 * kBorder, 2 * kBorder));
    m_pictureArea = QRectF(QPointF(kBorder, kBorder), size);
    visibleAreaChanged();
}

void LineageMinimap::renderPicture()
{
    LineageScene *scene = m_view->lineageScene();
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap((m_pictureArea.size() * ratio).toSize().expandedTo(QSize(1, 1)));
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(scene->backgroundBrush().color());
    QPainter painter(&m_picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene->render(&painter, QRectF(QPointF(0, 0), m_pictureArea.size()), m_scenePicture);
}

void LineageMinimap::visibleAreaChanged()
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    // A picture that fits needs no map; nor does a view too small to hold one beside it.
    const bool needed = !m_scenePicture.isEmpty() && !visible.contains(m_scenePicture)
                        && m_view->viewport()->width() > 2 * width()
                        && m_view->viewport()->height() > 2 * height();
    setVisible(needed);
    if (!needed)
        return;
    placeInCorner();
    raise();
    update();
}

void LineageMinimap::placeInCorner()
{
    const QRect viewport = m_view->viewport()->geometry();
    move(viewport.right() - width() - kMargin + 1, viewport.bottom() - height() - kMargin + 1);
}

QPointF LineageMinimap::toScene(const QPointF &minimapPoint) const
{
    if (m_pictureArea.isEmpty())
        return {};
    const QPointF relative = minimapPoint - m_pictureArea.topLeft();
    return m_scenePicture.topLeft()
           + QPointF(relative.x() * m_scenePicture.width() / m_pictureArea.width(),
                     relative.y() * m_scenePicture.height() / m_pictureArea.height());
}

QPointF LineageMinimap::fromScene(const QPointF &scenePoint) const
{
    if (m_scenePicture.isEmpty())
        return {};
    const QPointF relative = scenePoint - m_scenePicture.topLeft();
    return m_pictureArea.topLeft()
           + QPointF(relative.x() * m_pictureArea.width() / m_scenePicture.width(),
                     relative.y() * m_pictureArea.height() / m_scenePicture.height());
}

void LineageMinimap::paintEvent(QPaintEvent *)
{
    if (m_picture.isNull())
        renderPicture();
    QPainter painter(this);
    painter.drawPixmap(m_pictureArea.topLeft(), m_picture);
    const QColor frame = palette().color(QPalette::Highlight);
    painter.setPen(QPen(palette().color(QPalette::Mid), kBorder));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF shown = QRectF(fromScene(visible.topLeft()), fromScene(visible.bottomRight()))
                             .intersected(m_pictureArea);
    QColor wash = frame;
    wash.setAlpha(40);
    painter.setBrush(wash);
    painter.setPen(QPen(frame, 1.5));
    painter.drawRect(shown);
}

void LineageMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    moveViewTo(event->position());
    event->accept();
}

void LineageMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    moveViewTo(event->position());
    event->accept();
}

void LineageMinimap::moveViewTo(const QPointF &minimapPoint)
{
    m_view->panTo(toScene(minimapPoint));
}

} // namespace Trellis::Widgets
