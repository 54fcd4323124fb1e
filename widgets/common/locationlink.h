#pragma once

#include <QString>

namespace Trellis::Widgets {

// A file location as a link in rich text ("<a href=…>model.sql:3</a>"), for labels that show an
// error where it happened, and the location back from the link a label reports as activated.
struct LocationLink
{
    QString file;
    int line = 0; // 1-based; 0: the file as a whole

    // The link, HTML-escaped, showing the file's name and line; empty when there is no file.
    QString html() const;
    static LocationLink fromLink(const QString &link);
};

} // namespace Trellis::Widgets
