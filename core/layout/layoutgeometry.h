#pragma once

#include "core/layout/layouterror.h"
#include "core/util/result.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Trellis::Core {

// All geometry is in points (72 per inch), in doubles, with the y axis pointing down as in Qt:
// the layout's bounding box is (0, 0, width, height) and Graphviz's y (which points up) has
// become height - y.

struct NodeGeometry
{
    QString id;
    QPointF center;
    QSizeF size;

    QRectF box() const
    {
        return {center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(),
                size.height()};
    }
};

// One piecewise cubic Bézier curve: points[0] is the start, and each following triple is
// (control 1, control 2, end), so there are 3k + 1 points. When Graphviz draws an arrowhead it
// shortens the curve and reports the arrow separately: the head's arrow goes from the last point
// to arrowEnd, the tail's from arrowStart to the first point.
struct EdgeSpline
{
    std::vector<QPointF> points;
    std::optional<QPointF> arrowStart;
    std::optional<QPointF> arrowEnd;
};

// `index` is the edge's position in LayoutRequest::edges, which is how the view finds its
// weight, label or model data; two edges between the same nodes stay distinct. Usually one
// spline; several when Graphviz splits an edge. No splines means Graphviz could not route it.
struct EdgeGeometry
{
    qsizetype index = -1;
    QString from;
    QString to;
    std::vector<EdgeSpline> splines;
    std::optional<QPointF> labelPosition;
};

// A project's cluster (group empty) or a group's cluster inside its project.
struct ClusterGeometry
{
    QString project;
    QString group;
    QString label;
    QRectF box;
    std::optional<QPointF> labelPosition;
};

// The result of one layout, keyed by dbt unique ids. Nodes and edges keep the order of the
// request. Plain values: safe to copy across threads.
struct LayoutGeometry
{
    QRectF bounds;
    std::vector<NodeGeometry> nodes;
    std::vector<EdgeGeometry> edges;
    std::vector<ClusterGeometry> clusters;
    // What Graphviz warned about (e.g. an edge it could not route); the layout is still usable.
    QStringList warnings;

    const NodeGeometry *findNode(const QString &id) const;
    const ClusterGeometry *findCluster(const QString &project, const QString &group = {}) const;
};

using LayoutResult = Result<LayoutGeometry, LayoutError>;

} // namespace Trellis::Core
