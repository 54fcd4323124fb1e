#pragma once

#include "core/ide/definitionfinder.h"
#include "core/ide/hoverprovider.h"
#include "core/ide/meshindex.h"
#include "core/ide/sqlcompletion.h"
#include "core/ide/yamlcompletion.h"

#include <memory>

namespace Trellis::Core::Ide {

// Everything the editors ask about one manifest snapshot, built once and shared: the index and
// the services over it. Keeps the manifest alive. Immutable, so it may be built on a worker
// thread and handed to every editor; a new manifest means a new snapshot.
class LanguageSnapshot
{
public:
    explicit LanguageSnapshot(std::shared_ptr<const Manifest> manifest);

    const Manifest &manifest() const { return *m_manifest; }
    const MeshIndex &index() const { return m_index; }

    Completion complete(const QString &filePath, QStringView text, qsizetype offset) const;
    const DefinitionFinder &definitions() const { return m_definitions; }
    const HoverProvider &hovers() const { return m_hovers; }

private:
    std::shared_ptr<const Manifest> m_manifest;
    MeshIndex m_index;
    SqlCompletion m_sqlCompletion;
    YamlCompletion m_yamlCompletion;
    DefinitionFinder m_definitions;
    HoverProvider m_hovers;
};

} // namespace Trellis::Core::Ide
