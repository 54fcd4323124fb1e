#include "lineagepreparation.h"

#include "core/util/backgroundwork.h"

namespace Trellis::Core {

LineagePreparation LineagePreparation::prepare(Request request)
{
    LineagePreparation prepared;
    prepared.request = std::move(request);
    const Request &wanted = prepared.request;
    if (!wanted.manifest)
        return prepared;
    // As big as the mesh, and let go of last by the GUI thread.
    prepared.selectorGraph = shareFreedInBackground(new const SelectorGraph(*wanted.manifest));
    if (!wanted.select)
        return prepared;
    prepared.selection = LineageSelection::select(*prepared.selectorGraph, wanted.selector,
                                                  wanted.expandedIds, wanted.nodeCap,
                                                  wanted.projectLevel);
    if (*prepared.selection && !(*prepared.selection)->ids.isEmpty())
        prepared.graph = (*prepared.selection)->graph(*wanted.manifest);
    return prepared;
}

} // namespace Trellis::Core
