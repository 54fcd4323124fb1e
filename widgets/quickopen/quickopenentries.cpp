#include "quickopenentries.h"

#include "core/graph/manifest.h"
#include "widgets/resources/icons.h"

namespace Trellis::Widgets {

std::vector<FuzzyEntry> quickOpenEntries(const std::vector<ProjectListing> &projects,
                                         const Core::Manifest *manifest)
{
    std::vector<FuzzyEntry> entries;
    for (const ProjectListing &project : projects) {
        for (const QString &relative : project.files) {
            const QString qualified = project.name + QLatin1Char('/') + relative;
            const QString name = relative.section(QLatin1Char('/'), -1);
            entries.push_back({name, qualified, qualified, Icons::forFile(name),
                               QVariant::fromValue(QuickOpenTarget{
                                   project.rootPath + QLatin1Char('/') + relative, 0})});
        }
    }
    if (!manifest)
        return entries;
    for (const Core::Node &node : manifest->nodes) {
        if (node.absolutePath.isEmpty())
            continue; // read from an upstream manifest.json: no file here to open
        // A node declared in YAML opens at its entry; one with a file of its own at the top.
        const int line = node.declaredAt.file == node.absolutePath ? node.declaredAt.line : 0;
        entries.push_back(
            {node.version.isEmpty() ? node.name : node.name + QLatin1String(".v") + node.version,
             node.uniqueId, node.uniqueId, Icons::forNode(node.type, node.access()),
             QVariant::fromValue(QuickOpenTarget{node.absolutePath, line})});
    }
    return entries;
}

} // namespace Trellis::Widgets
