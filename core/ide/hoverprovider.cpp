#include "hoverprovider.h"

#include "core/ide/nodesummary.h"

namespace Trellis::Core::Ide {

HoverProvider::HoverProvider(const MeshIndex &index)
    : m_index(index)
    , m_lookup(index)
{ }

QString HoverProvider::html(const QString &filePath, QStringView text, qsizetype offset) const
{
    const Node *node = m_lookup.nodeAt(filePath, text, offset);
    return node ? NodeSummary::html(*node, m_index) : QString();
}

} // namespace Trellis::Core::Ide
