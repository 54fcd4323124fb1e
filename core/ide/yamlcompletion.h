#pragma once

#include "core/ide/completion.h"
#include "core/ide/meshindex.h"

#include <QCoreApplication>

namespace Trellis::Core::Ide {

// Completion in a dbt property file: the keys dbt allows where the cursor is (those the mapping
// has already left out), and the values of keys with a fixed set (`access:`, `materialized:`,
// `data_type:`, …) or taken from the mesh (`group:` lists the project's groups). Thread-safe.
class YamlCompletion
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Ide::YamlCompletion)

public:
    explicit YamlCompletion(const MeshIndex &index);

    Completion complete(const QString &filePath, QStringView text, qsizetype offset) const;

private:
    const MeshIndex &m_index;
};

} // namespace Trellis::Core::Ide
