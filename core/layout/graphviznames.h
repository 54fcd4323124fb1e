#pragma once

#include "core/layout/layoutrequest.h"

namespace Trellis::Core {

// Graphviz's spelling of the request's choices, shared by the in-process layout and the DOT
// export so that both draw the same graph.
struct GraphvizShape
{
    const char *shape;
    const char *style; // empty when the shape needs none
};

GraphvizShape graphvizShape(NodeShape shape);
const char *graphvizRankDir(RankDirection direction);

} // namespace Trellis::Core
