#pragma once

#include "core/ide/symbollookup.h"

#include <optional>

namespace Trellis::Core::Ide {

// Go to definition and find references. A ref() leads to the model's file (in whichever project
// it lives), source() to the table's YAML entry, doc() and macro calls to their blocks, a
// `- name:` entry of a property file to the model's SQL file; anywhere else in a model file, to
// the model's property entry, so F12 toggles between a model and its YAML. Thread-safe.
class DefinitionFinder
{
public:
    explicit DefinitionFinder(const MeshIndex &index);

    std::optional<SourceLocation> definition(const QString &filePath, QStringView text,
                                             qsizetype offset) const;
    // Every ref() in the mesh to the model under the cursor, or to this file's model.
    std::vector<SourceLocation> references(const QString &filePath, QStringView text,
                                           qsizetype offset) const;

    static SourceLocation definitionOf(const Node &node);

private:
    const MeshIndex &m_index;
    SymbolLookup m_lookup;
};

} // namespace Trellis::Core::Ide
