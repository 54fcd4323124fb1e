#pragma once

#include "core/layout/layoutrequest.h"

#include <QByteArray>

namespace Trellis::Core {

// Writes a layout request as Graphviz DOT text: the same graph, clusters, shapes, sizes and
// options computeLayout() hands to Graphviz, so `dot -Tsvg` on the file reproduces the picture's
// layout (and users can restyle it). UTF-8, one statement per line, ids quoted. Pure; never
// touches Graphviz.
class DotWriter
{
public:
    static QByteArray write(const LayoutRequest &request);

    // A DOT quoted string: `"` and `\` escaped, line breaks as Graphviz's centred "\n".
    static QByteArray quoted(const QString &text);
};

} // namespace Trellis::Core
