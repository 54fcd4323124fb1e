#include "lineageexporter.h"

#include "core/layout/dotwriter.h"
#include "core/layout/lineagegraph.h"
#include "widgets/lineage/lineagescene.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Trellis::Widgets {

namespace {

Core::Error fileError(const QString &path, const QString &reason)
{
    return Core::Error{path, 0, 0, LineageExporter::tr("cannot write the lineage: %1").arg(reason)};
}

// Hover dimming is a state of the screen, not of the picture: exports show every node.
class HoverSuspension
{
public:
    explicit HoverSuspension(LineageScene &scene)
        : m_scene(scene)
        , m_hovered(scene.hoveredNode())
    {
        m_scene.setHoveredNode({});
    }
    ~HoverSuspension() { m_scene.setHoveredNode(m_hovered); }
    HoverSuspension(const HoverSuspension &) = delete;
    HoverSuspension &operator=(const HoverSuspension &) = delete;

private:
    LineageScene &m_scene;
    QString m_hovered;
};

} // namespace

std::optional<LineageExporter::Format> LineageExporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("svg"))
        return Format::Svg;
    if (lower == QLatin1String("png"))
        return Format::Png;
    if (lower == QLatin1String("dot") || lower == QLatin1String("gv"))
        return Format::Dot;
    return std::nullopt;
}

Core::Result<void> LineageExporter::exportSvg(LineageScene &scene, const QString &path,
                                              const QString &title)
{
    const HoverSuspension suspension(scene);
    const QRectF source = scene.pictureRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setTitle(title);
    generator.setDescription(tr("dbt lineage exported by Trellis"));
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    // Scene units are points; 72 dpi keeps one scene unit one SVG user unit.
    generator.setResolution(72);
    QPainter painter;
    if (!painter.begin(&generator))
        return Core::fail(fileError(path, tr("the file cannot be created")));
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (!QFile::exists(path))
        return Core::fail(fileError(path, tr("the file cannot be created")));
    return {};
}

Core::Result<void> LineageExporter::exportPng(LineageScene &scene, const QString &path,
                                              double scale)
{
    const HoverSuspension suspension(scene);
    const QRectF source = scene.pictureRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Core::fail(fileError(path, tr("the picture is too large for an image")));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    if (!image.save(path, "PNG"))
        return Core::fail(fileError(path, tr("the image cannot be saved")));
    return {};
}

Core::Result<void> LineageExporter::exportDot(const Core::LineageGraph &graph, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::fail(fileError(path, file.errorString()));
    file.write(Core::DotWriter::write(graph.request()));
    if (!file.commit())
        return Core::fail(fileError(path, file.errorString()));
    return {};
}

Core::Result<void> LineageExporter::write(Format format, LineageScene &scene, const QString &path,
                                          const QString &title)
{
    switch (format) {
    case Format::Svg:
        return exportSvg(scene, path, title);
    case Format::Png:
        return exportPng(scene, path);
    case Format::Dot:
        return exportDot(scene.graph(), path);
    }
    return {};
}

} // namespace Trellis::Widgets
