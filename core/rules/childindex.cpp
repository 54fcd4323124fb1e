#include "childindex.h"

namespace Trellis::Core {

ChildIndex::ChildIndex(const RuleContext &context)
    : m_context(context)
    , m_children(context.manifest().nodes.size())
{
    for (const Node &node : context.manifest().nodes) {
        if (node.type == ResourceType::Test)
            continue;
        for (const Node *parent : context.parentsOf(node))
            m_children[context.indexOf(*parent)].push_back(&node);
    }
}

} // namespace Trellis::Core
