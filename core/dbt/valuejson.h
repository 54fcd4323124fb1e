#pragma once

#include "core/jinja/value.h"

#include <QJsonValue>

namespace Trellis::Core::Dbt {

// What a config() value written in Jinja becomes in the manifest: dicts become objects, lists
// and tuples arrays, scalars their JSON kind. Values JSON cannot hold (macros, relations) are
// kept as the text they print, as dbt's manifest writer does with str().
QJsonValue toJson(const Jinja::Value &value);

} // namespace Trellis::Core::Dbt
