#pragma once

#include "core/util/result.h"

#include <QString>

namespace Trellis::Core {

// Why a layout failed. The kind lets the view react (TooManyNodes: offer the collapsed
// project-level graph); the message is for the user as is.
struct LayoutError
{
    enum class Kind {
        InvalidRequest, // duplicate node ids, edges to unknown nodes, bad options
        TooManyNodes, // nodeCount > nodeLimit; Graphviz was not called
        EngineUnavailable, // Graphviz or its layout plugin could not be loaded
        LayoutFailed, // Graphviz reported an error
        MalformedOutput, // Graphviz's attributes could not be read back
    };

    Kind kind = Kind::LayoutFailed;
    QString message;
    qsizetype nodeCount = 0;
    qsizetype nodeLimit = 0;

    Error toError() const { return Error{{}, 0, 0, message}; }
};

} // namespace Trellis::Core
