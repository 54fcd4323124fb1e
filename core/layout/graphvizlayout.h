#pragma once

#include "core/layout/layoutgeometry.h"
#include "core/layout/layoutrequest.h"

namespace Trellis::Core {

// Lays out `request` with Graphviz, in-process and synchronously: builds a cgraph graph (one
// cluster per project and, if asked, per group), runs the engine, reads the layout back from
// Graphviz's attributes and converts it with LayoutAttributes::toGeometry(). Everything that
// touches Graphviz happens here, under graphvizMutex(), with this thread in the C locale
// (Graphviz reads and writes numbers with the C library, which a German locale would turn into
// "1,5"). Note that Graphviz itself briefly sets the process-wide LC_NUMERIC to "C" during a
// layout; an application that keeps LC_NUMERIC at "C" (as Qt recommends) is not affected.
//
// Blocking: for the GUI use LayoutService, which calls this on its own worker thread. The
// command line and tests may call it directly; concurrent calls from several threads are safe
// but run one after the other (they share the mutex with the service's worker). Requests with
// more than options.maxNodes nodes fail with LayoutError::TooManyNodes before Graphviz is called.
LayoutResult computeLayout(const LayoutRequest &request);

// The checks computeLayout() makes before calling Graphviz: node cap, unique non-empty ids,
// edges between known nodes, sane options. Pure.
Result<void, LayoutError> validateLayoutRequest(const LayoutRequest &request);

} // namespace Trellis::Core
