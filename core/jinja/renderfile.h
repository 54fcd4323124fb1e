#pragma once

#include "core/util/result.h"

#include <QString>

#include <string>

namespace Trellis::Core::Jinja {

// Everything `trellis render FILE [--context JSON_FILE]` does except printing: reads the
// template (as bytes; binary, invalid UTF-8 and oversized files are refused with a clear
// message), reads the optional JSON context (an object), and renders with a plain Jinja2
// environment configured as dbt configures it. Errors carry the template's path and position.
Result<std::string> renderFile(const QString &templatePath, const QString &contextJsonPath = {});

} // namespace Trellis::Core::Jinja
