#pragma once

#include <QPixmap>
#include <QWidget>

namespace Trellis::Widgets {

class LineageView;

// A small overview in the corner of a LineageView: the whole picture, and a frame around the
// part the view shows. Clicking or dragging in it moves the view there. It is hidden while the
// whole picture fits in the view. The picture is rendered into a pixmap once per picture (and
// per size), never per frame, so panning a big graph repaints only the pixmap and the frame.
// A child of the view it overlays; GUI thread.
class LineageMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit LineageMinimap(LineageView *view);

    // Call when the view shows a new picture: renders it again.
    void pictureChanged();
    // Call when the view scrolled, zoomed or resized: moves the frame, shows or hides the map.
    void visibleAreaChanged();

    // Where the minimap draws the picture, in its own coordinates.
    QRectF pictureArea() const { return m_pictureArea; }
    QPointF toScene(const QPointF &minimapPoint) const;
    QPointF fromScene(const QPointF &scenePoint) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void placeInCorner();
    void renderPicture();
    void moveViewTo(const QPointF &minimapPoint);

    LineageView *m_view;
    QPixmap m_picture;
    QRectF m_scenePicture; // the scene rectangle the pixmap shows
    QRectF m_pictureArea;
};

} // namespace Trellis::Widgets
