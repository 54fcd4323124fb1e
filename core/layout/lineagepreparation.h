#pragma once

#include "core/graph/manifest.h"
#include "core/graph/selectorgraph.h"
#include "core/layout/lineageselection.h"

#include <memory>
#include <optional>

namespace Trellis::Core {

// What a lineage needs of a new manifest before it can be drawn: the selector graph over it and
// the current selection evaluated in it, with that selection's graph. On a mesh of thousands of
// models this costs tens of milliseconds, too much for the GUI thread at every edit that changes
// the graph, so views compute it on a worker and adopt the result. Pure; any thread.
struct LineagePreparation
{
    struct Request
    {
        std::shared_ptr<const Manifest> manifest;
        QString selector;
        QStringList expandedIds;
        int nodeCap = 0;
        bool projectLevel = false;
        bool select = true; // false: the selector graph only (the view selects itself)

        bool selectsLike(const Request &other) const
        {
            return selector == other.selector && expandedIds == other.expandedIds
                   && nodeCap == other.nodeCap && projectLevel == other.projectLevel
                   && select == other.select;
        }
    };

    Request request;
    // Declared after the manifest it borrows, so it is destroyed first.
    std::shared_ptr<const SelectorGraph> selectorGraph;
    std::optional<Result<LineageSelection>> selection;
    LineageGraph graph; // of the selection, when it picked something

    static LineagePreparation prepare(Request request);
};

} // namespace Trellis::Core
