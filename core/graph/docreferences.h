#pragma once

#include "core/graph/manifest.h"
#include "core/jinja/environment.h"

#include <QCoreApplication>
#include <QHash>

namespace Trellis::Core {

// Renders the Jinja in descriptions, as dbt does when it loads a manifest: `{{ doc('name') }}`
// (or `doc('package', 'name')`) becomes the text of that doc block, so hovers, node details,
// the documentation rules and manifest.json see what dbt's docs site shows. Node, column and
// source descriptions are rendered; a description without `{{` is left alone, which is nearly
// all of them.
//
// A bare name is looked for in the node's own package first, then in any package (dbt also
// tries the root project in between; in a mesh every project is its own root). A doc() that
// names no block, or a description that does not render, keeps its text and becomes a
// diagnostic at the description's entry (dbt stops the whole parse there).
class DocReferences
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DocReferences)

public:
    // Indexes the doc blocks of `manifest`; the manifest must outlive this object.
    explicit DocReferences(const Manifest &manifest);

    // Renders every description of `nodes` in place; problems go to `diagnostics`.
    void renderDescriptions(std::vector<Node> &nodes, std::vector<Diagnostic> &diagnostics) const;

private:
    void render(QString &description, const Node &node, const SourceLocation &where,
                std::vector<Diagnostic> &diagnostics) const;
    const Node *find(const QString &package, const QString &name, const QString &nodePackage) const;

    Jinja::Environment m_environment;
    QHash<QString, const Node *> m_docs; // "package.name" → doc block
    QHash<QString, const Node *> m_docsByName; // first by package name, for bare names
};

} // namespace Trellis::Core
