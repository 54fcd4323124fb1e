#pragma once

#include "core/layout/layoutgeometry.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace Trellis::Core {

// A finished layout exactly as Graphviz leaves it in the graph's string attributes (after
// attach_attrs, or in `dot -Tdot` output): Graphviz's coordinates (points, y up), node sizes in
// inches. Reading these strings out of cgraph is all the Graphviz side does; toGeometry() turns
// them into view geometry without touching Graphviz, so it can be tested on literal strings and
// never crashes on bad ones. Plain values, no thread affinity.
struct LayoutAttributes
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::LayoutAttributes)

public:
    struct Node
    {
        QString id;
        std::string position; // pos: "x,y"
        std::string width; // inches
        std::string height; // inches
    };
    struct Edge
    {
        qsizetype index = -1;
        QString from;
        QString to;
        std::string position; // pos: "e,x,y s,x,y x1,y1 x2,y2 ..." ('; ' between splines)
        std::string labelPosition; // lp: "x,y", or empty for an unlabelled edge
    };
    struct Cluster
    {
        QString project;
        QString group;
        QString label;
        std::string boundingBox; // bb: "llx,lly,urx,ury"; empty when the engine ignores clusters
        std::string labelPosition; // lp
    };

    std::string boundingBox; // the graph's bb
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Cluster> clusters;

    // Converts to points with the y axis flipped: x' = x - llx, y' = ury - y, so the graph's
    // bounding box becomes (0, 0, width, height) (dot's llx and lly are 0, so y' = height - y).
    // Malformed strings give an Error naming the node, edge or cluster. An empty edge pos gives
    // an edge without splines (Graphviz could not route it); a cluster with an empty bb is left
    // out (sfdp does not lay out clusters).
    Result<LayoutGeometry> toGeometry() const;

    // The grammar pieces, in Graphviz's coordinates (nothing flipped). A point is "x,y"; a
    // trailing ",z" (3-D layouts) or "!" (pinned) is accepted and ignored.
    static Result<QPointF> parsePoint(std::string_view text);
    // "llx,lly,urx,ury" as QRectF(llx, lly, urx - llx, ury - lly).
    static Result<QRectF> parseRect(std::string_view text);
    // An edge's pos: splines separated by ';', each with optional "e,x,y" / "s,x,y" arrow points
    // and 3k + 1 Bézier points (k >= 1). Empty text gives no splines.
    static Result<std::vector<EdgeSpline>> parseSplines(std::string_view text);
    // A single number, e.g. a node's width in inches.
    static Result<double> parseNumber(std::string_view text);
};

} // namespace Trellis::Core
