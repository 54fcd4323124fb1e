#pragma once

#include <QGraphicsView>

namespace Trellis::Widgets {

class LineageMinimap;
class LineageScene;

// Shows a LineageScene: the wheel (or a pinch) zooms around the cursor, dragging the
// background pans, a click selects, a double-click asks to open the node's file, and the
// context menu offers to focus on a node, expand its parents or children, open it or copy its
// id. A minimap in the corner shows where the view is on a picture bigger than the view. The
// view only asks; the panel that owns it decides. GUI thread.
class LineageView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit LineageView(LineageScene *scene, QWidget *parent = nullptr);

    LineageScene *lineageScene() const { return m_scene; }

    double zoom() const { return transform().m11(); }
    void zoomBy(double factor, const QPointF &anchorInViewport = {});
    void fitPicture();
    // How a new picture first shows: fitted, unless that would make its text too small to
    // read; then at the smallest readable zoom, centred on `focusId` (or the middle). Until the
    // user zooms or pans, the view keeps doing this when it is resized.
    void presentPicture(const QString &focusId = {});
    void resetZoom(); // 1:1, one point per pixel
    // Centres the view on `scenePoint` at the current zoom, e.g. from the minimap or a search.
    void panTo(const QPointF &scenePoint);
    LineageMinimap *minimap() const { return m_minimap; }

    // Where `scenePoint` shows in the viewport, and the scroll that puts it back there: used
    // to keep a node where it was when the picture is rebuilt.
    void keepAt(const QPointF &scenePoint, const QPointF &viewportPoint);
    // Call after the scene's picture changed.
    void pictureChanged();

Q_SIGNALS:
    void openRequested(const QString &id);
    void focusRequested(const QString &id);
    void expandParentsRequested(const QString &id);
    void expandChildrenRequested(const QString &id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QString nodeAt(const QPoint &viewportPoint) const;
    void updateScrollableArea();

    LineageScene *m_scene;
    LineageMinimap *m_minimap;
    bool m_presenting = false;
    QString m_presentedFocus;
};

} // namespace Trellis::Widgets
