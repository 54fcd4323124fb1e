#pragma once

#include <QString>

#include <vector>

namespace Trellis::Core {

// How a node is outlined. Graphviz clips edges at the outline, so the view should draw the same
// shape it asked for; the box it gets back is the shape's bounding box either way.
enum class NodeShape { Box, RoundedBox, Ellipse, Cylinder, Note, Hexagon };

// A node to lay out. `id` is the dbt unique id (e.g. `model.platform.stg_orders`) and is how the
// result refers to it. `project` puts the node in that project's cluster, `group` (a group name
// or unique id, optional) in a cluster for the group inside it. Width and height are in points
// (1/72 inch); 0 means "size it from the label". An empty label shows the id.
struct LayoutNode
{
    QString id;
    QString label;
    QString project;
    QString group;
    double width = 0;
    double height = 0;
    NodeShape shape = NodeShape::Box;
};

// A directed edge between two node ids, upstream (`from`) to downstream (`to`). `weight` (at
// least 1) asks dot to keep the edge short and straight; `label`, when set, is placed by the
// layout and its position comes back with the edge. In a dot layout with clusters the label is
// placed after the nodes and edges (Graphviz's xlabel), because dot 2.42 corrupts its heap on
// labelled edges between clusters; it then takes no room of its own.
struct LayoutEdge
{
    QString from;
    QString to;
    int weight = 1;
    QString label;
};

// Where rank 0 goes: LeftToRight puts upstream nodes on the left (dot's rankdir=LR).
enum class RankDirection { LeftToRight, TopToBottom, RightToLeft, BottomToTop };

// Dot draws the layered lineage; neato and sfdp (both in Graphviz's neato_layout plugin) suit
// small overview graphs with no natural direction. Only dot honours rankDirection. neato and
// sfdp route curved edges around nodes only when no two edges join the same pair of nodes and
// no edge is a self-loop (Graphviz 2.42's router aborts on those); otherwise edges are straight.
enum class LayoutEngine { Dot, Neato, Sfdp };

// Distances are in points. The defaults are Graphviz's own (nodesep 0.25 in, ranksep 0.5 in,
// fontsize 14).
struct LayoutOptions
{
    static constexpr int kDefaultMaxNodes = 400;

    LayoutEngine engine = LayoutEngine::Dot;
    RankDirection rankDirection = RankDirection::LeftToRight;
    // Project clusters keep each project's nodes together, and they make dot much faster on
    // large graphs (it orders each cluster on its own), so leave them on unless a caller really
    // wants one flat layout.
    bool projectClusters = true;
    bool groupClusters = false;
    double nodeSeparation = 18;
    double rankSeparation = 36;
    double fontSize = 14;
    // Force-directed engines only: false draws every edge straight and skips Graphviz's spline
    // router, which costs more than the placement itself on thousands of nodes.
    bool routeEdges = true;
    // Force-directed engines only: how nodes that the forces put on each other are separated.
    // Exact moves them apart one by one (Graphviz's prism), which costs twice the placement
    // itself on thousands of nodes; Scale spreads the whole layout evenly until none overlap,
    // which costs next to nothing but leaves more empty room.
    enum class OverlapRemoval { Exact, Scale };
    OverlapRemoval overlapRemoval = OverlapRemoval::Exact;
    // Requests with more nodes than this fail with LayoutError::TooManyNodes before Graphviz
    // sees them: dot's time grows much faster than linearly, and the view should offer a
    // collapsed (project-level) graph instead.
    int maxNodes = kDefaultMaxNodes;
};

// Everything one layout needs, as plain values that can cross threads.
struct LayoutRequest
{
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
    LayoutOptions options;
};

} // namespace Trellis::Core
