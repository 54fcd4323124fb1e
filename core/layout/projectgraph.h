#pragma once

#include "core/layout/layoutrequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace Trellis::Core {

// The whole mesh collapsed to one node per project, for when a lineage is too big for dot (see
// LayoutError::TooManyNodes). Built from the same node and edge lists a lineage layout takes;
// pure, no Graphviz. Nodes without a project are left out, and so are edges inside one project.
//
// Node ids are project names. Each edge stands for every model-level edge from one project to
// another: its weight is their number and its label lists the upstream models they come from
// (the public models that cross), up to maxListedModels names. `links` runs parallel to
// request.edges and keeps the full lists for tooltips and drill-down.
struct ProjectGraph
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ProjectGraph)

public:
    struct Link
    {
        QString fromProject;
        QString toProject;
        int edgeCount = 0;
        QStringList crossingModels; // unique ids of the upstream models, sorted
    };
    struct ProjectSummary
    {
        QString project;
        int nodeCount = 0;
    };

    LayoutRequest request;
    std::vector<Link> links;
    std::vector<ProjectSummary> projects; // parallel to request.nodes

    static constexpr int kDefaultMaxListedModels = 5;

    static ProjectGraph build(const std::vector<LayoutNode> &nodes,
                              const std::vector<LayoutEdge> &edges,
                              int maxListedModels = kDefaultMaxListedModels);
};

} // namespace Trellis::Core
