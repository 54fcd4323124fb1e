#pragma once

#include "core/graph/manifest.h"
#include "core/layout/lineagenodefacts.h"
#include "core/layout/layoutrequest.h"
#include "core/layout/projectgraph.h"

#include <QDate>
#include <QHash>
#include <QSizeF>

#include <vector>

namespace Trellis::Core {

// The part of a manifest one lineage picture shows, ready to hand to the layout: either the
// resources themselves (models, seeds, sources, snapshots, exposures, analyses — tests, groups,
// macros and docs are left out) with the dependencies between them, or the project-level
// collapse of them (one node per project, edges carrying the crossing refs). Node sizes are
// estimated from the text the view draws (see LineageMetrics), so the command line and the
// window lay out the same graph without a font. Built on any thread; a plain value.
class LineageGraph
{
public:
    // The node-count cap beyond which a lineage should be collapsed instead (same as layout's).
    static constexpr int kDefaultNodeCap = LayoutOptions::kDefaultMaxNodes;

    static bool isShown(ResourceType type);
    // `ids` without what a lineage never draws, in the same order.
    static QStringList shownIds(const Manifest &manifest, const QStringList &ids);

    static LineageGraph resources(const Manifest &manifest, const QStringList &ids);
    static LineageGraph projects(const Manifest &manifest, const QStringList &ids);
    // Every resource as a small dot placed by sfdp, for a selection far beyond the node cap:
    // the same facts as resources(), but no labels to fit, no clusters and straight edges.
    static LineageGraph overview(const Manifest &manifest, const QStringList &ids);

    bool isProjectLevel() const { return m_projectLevel; }
    bool isOverview() const { return m_overview; }
    const LayoutRequest &request() const { return m_request; }
    LayoutRequest &request() { return m_request; }
    // Parallel to request().nodes.
    const std::vector<LineageNodeFacts> &nodes() const { return m_nodes; }
    const LineageNodeFacts *find(const QString &id) const;
    // Project level only: parallel to request().edges.
    const std::vector<ProjectGraph::Link> &links() const { return m_links; }

private:
    void index();
    // The manifest's edges whose two ends are both nodes of this graph (after index()).
    void addEdgesBetweenNodes(const Manifest &manifest);

    bool m_projectLevel = false;
    bool m_overview = false;
    LayoutRequest m_request;
    std::vector<LineageNodeFacts> m_nodes;
    std::vector<ProjectGraph::Link> m_links;
    QHash<QString, qsizetype> m_positions;
};

// The text sizes nodes are laid out with, in points. The view draws names and badges with
// fonts of these pixel sizes and elides what is still too wide, so an estimate is enough.
struct LineageMetrics
{
    static constexpr double kNameFontSize = 12;
    static constexpr double kBadgeFontSize = 9.5;
    static constexpr double kNameCharWidth = 7.2;
    static constexpr double kBadgeCharWidth = 5.9;
    static constexpr double kPadding = 10;
    static constexpr double kBadgePadding = 4;
    static constexpr double kBadgeGap = 4;
    static constexpr double kNameLineHeight = 18;
    static constexpr double kBadgeLineHeight = 15;
    static constexpr double kMinWidth = 110;
    static constexpr double kMaxWidth = 300;
    // An overview node: a dot, labelled only when zoomed in.
    static constexpr double kOverviewDotSize = 12;

    static double badgeWidth(const QString &text);
    static QSizeF nodeSize(const LineageNodeFacts &facts, const QDate &today);
};

} // namespace Trellis::Core
