#pragma once

#include "core/ide/meshindex.h"

#include <QCoreApplication>

namespace Trellis::Core::Ide {

// How the editor describes a node to the user: a one-line detail for completion lists
// ("public · contract enforced · v2 (latest)") and a small rich-text card for hovers
// (description, owner and group, access, contract, versions, deprecation, columns with types).
// Text only, HTML-escaped; translated with tr(). Thread-safe.
class NodeSummary
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Ide::NodeSummary)

public:
    static QString detail(const Node &node, const MeshIndex &index);
    static QString html(const Node &node, const MeshIndex &index);

private:
    static QString versionText(const Node &node, const MeshIndex &index);
    static QString description(const Node &node);
    static QString ownerText(const Node &node, const MeshIndex &index);
    static QString columnsTable(const Node &node);
};

} // namespace Trellis::Core::Ide
