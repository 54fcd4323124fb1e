#pragma once

#include "widgets/projecttree/projecttreemodel.h"
#include "widgets/quickopen/fuzzylistmodel.h"

#include <QMetaType>

namespace Trellis::Core {
class Manifest;
}

namespace Trellis::Widgets {

// Where a quick-open entry leads: a file, and a line in it (1-based; 0 for the top).
struct QuickOpenTarget
{
    QString path;
    int line = 0;
};

// What Ctrl+P offers: every file of every project (matched by name, then by project and
// relative path) and every node of the manifest (by name, then by unique id), which opens the
// file that defines it at its declaration. GUI thread (the entries carry icons).
std::vector<FuzzyEntry> quickOpenEntries(const std::vector<ProjectListing> &projects,
                                         const Core::Manifest *manifest);

} // namespace Trellis::Widgets

Q_DECLARE_METATYPE(Trellis::Widgets::QuickOpenTarget)
