#include "graphviznames.h"

namespace Trellis::Core {

GraphvizShape graphvizShape(NodeShape shape)
{
    switch (shape) {
    case NodeShape::Box:
        return {"box", ""};
    case NodeShape::RoundedBox:
        return {"box", "rounded"};
    case NodeShape::Ellipse:
        return {"ellipse", ""};
    case NodeShape::Cylinder:
        return {"cylinder", ""};
    case NodeShape::Note:
        return {"note", ""};
    case NodeShape::Hexagon:
        return {"hexagon", ""};
    }
    return {"box", ""};
}

const char *graphvizRankDir(RankDirection direction)
{
    switch (direction) {
    case RankDirection::LeftToRight:
        return "LR";
    case RankDirection::TopToBottom:
        return "TB";
    case RankDirection::RightToLeft:
        return "RL";
    case RankDirection::BottomToTop:
        return "BT";
    }
    return "LR";
}

} // namespace Trellis::Core
