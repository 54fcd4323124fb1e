#pragma once

#include "core/ide/symbollookup.h"

namespace Trellis::Core::Ide {

// The hover card for the position under the mouse: for a ref() the model's description, owner
// and group, access, contract, versions, deprecation and columns (see NodeSummary); the same
// for sources, macros and doc blocks. Empty when there is nothing to say. Thread-safe.
class HoverProvider
{
public:
    explicit HoverProvider(const MeshIndex &index);

    QString html(const QString &filePath, QStringView text, qsizetype offset) const;

private:
    const MeshIndex &m_index;
    SymbolLookup m_lookup;
};

} // namespace Trellis::Core::Ide
