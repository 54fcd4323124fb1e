#include "definitionfinder.h"

#include "core/ide/meshindex.h"

#include <QFileInfo>

namespace Trellis::Core::Ide {

DefinitionFinder::DefinitionFinder(const MeshIndex &index)
    : m_index(index)
    , m_lookup(index)
{ }

SourceLocation DefinitionFinder::definitionOf(const Node &node)
{
    switch (node.type) {
    case ResourceType::Model:
    case ResourceType::Seed:
    case ResourceType::Snapshot:
    case ResourceType::Analysis:
    case ResourceType::Test:
        // A model read from an upstream manifest.json may have no file here: its entry then.
        if (!node.absolutePath.isEmpty() && QFileInfo::exists(node.absolutePath)
            && node.absolutePath != node.declaredAt.file)
            return {node.absolutePath, 1, 1};
        break;
    default:
        break;
    }
    return node.declaredAt;
}

std::optional<SourceLocation> DefinitionFinder::definition(const QString &filePath,
                                                           QStringView text, qsizetype offset) const
{
    if (const Node *node = m_lookup.nodeAt(filePath, text, offset)) {
        SourceLocation location = definitionOf(*node);
        // A node declared on the cursor's own line (a source table's entry) has nowhere to go.
        if (MeshIndex::normalizedPath(location.file) != MeshIndex::normalizedPath(filePath)
            || location.line != int(text.left(offset).count(u'\n')) + 1)
            return location;
        return std::nullopt;
    }
    const Node *own = m_lookup.nodeOfFile(filePath);
    if (own && !own->declaredAt.file.isEmpty()
        && MeshIndex::normalizedPath(own->declaredAt.file) != MeshIndex::normalizedPath(filePath))
        return own->declaredAt;
    return std::nullopt;
}

std::vector<SourceLocation> DefinitionFinder::references(const QString &filePath, QStringView text,
                                                         qsizetype offset) const
{
    const Node *node = m_lookup.nodeAt(filePath, text, offset);
    if (!node)
        node = m_lookup.nodeOfFile(filePath);
    return node ? m_index.references(node->uniqueId) : std::vector<SourceLocation>();
}

} // namespace Trellis::Core::Ide
