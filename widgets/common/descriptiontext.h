#pragma once

#include <QString>

namespace Trellis::Widgets {

// dbt descriptions are Markdown (doc blocks usually are): the text a reader should see, without
// the markup — `**Versions**` reads as "Versions", list items keep their lines.
QString descriptionText(const QString &markdown);

// The same as HTML for a rich-text label or document: escaped, lines kept.
QString descriptionHtml(const QString &markdown);

} // namespace Trellis::Widgets
