#include "layoutgeometry.h"

namespace Trellis::Core {

const NodeGeometry *LayoutGeometry::findNode(const QString &id) const
{
    for (const NodeGeometry &node : nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

const ClusterGeometry *LayoutGeometry::findCluster(const QString &project,
                                                   const QString &group) const
{
    for (const ClusterGeometry &cluster : clusters) {
        if (cluster.project == project && cluster.group == group)
            return &cluster;
    }
    return nullptr;
}

} // namespace Trellis::Core
