#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Trellis::Core {
class LineageGraph;
}

namespace Trellis::Widgets {

class LineageScene;

// Writes the picture a LineageScene holds to a file: SVG (vector, text stays text), PNG (at a
// scale, on white) or DOT (the graph the layout was given, for Graphviz's own tools). Needs a
// QGuiApplication for SVG and PNG (fonts), which may run on the offscreen platform; DOT needs
// nothing but the graph. GUI thread.
class LineageExporter
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Widgets::LineageExporter)

public:
    enum class Format { Svg, Png, Dot };

    // "svg", "png" or "dot" (case-insensitive), e.g. from a file suffix or --format.
    static std::optional<Format> formatFromName(const QString &name);

    static Core::Result<void> exportSvg(LineageScene &scene, const QString &path,
                                        const QString &title);
    static Core::Result<void> exportPng(LineageScene &scene, const QString &path, double scale = 2);
    static Core::Result<void> exportDot(const Core::LineageGraph &graph, const QString &path);
    // Dispatches on `format`.
    static Core::Result<void> write(Format format, LineageScene &scene, const QString &path,
                                    const QString &title);
};

} // namespace Trellis::Widgets
