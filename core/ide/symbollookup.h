#pragma once

#include "core/ide/jinjacall.h"
#include "core/ide/meshindex.h"

namespace Trellis::Core::Ide {

// Finds the mesh node a position in a buffer points at: the model of a `ref()`, the table of a
// `source()`, a `doc()` block, a called macro; in a property file also the model, seed or
// source table of a `- name:` entry and the group of a `group:` value. Thread-safe.
class SymbolLookup
{
public:
    explicit SymbolLookup(const MeshIndex &index);

    const Node *nodeAt(const QString &filePath, QStringView text, qsizetype offset) const;
    // The model (or seed, snapshot, …) whose own file this is; nullptr for other files.
    const Node *nodeOfFile(const QString &filePath) const;

private:
    const Node *nodeOfCall(const JinjaCall &call, const QString &project) const;
    const Node *nodeInYaml(const QString &filePath, QStringView text, qsizetype offset,
                           const QString &project) const;

    const MeshIndex &m_index;
};

} // namespace Trellis::Core::Ide
