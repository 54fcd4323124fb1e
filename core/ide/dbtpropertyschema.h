#pragma once

#include <QStringList>

#include <string_view>

namespace Trellis::Core::Ide {

// The shape of dbt's property files (models/*.yml and friends) as far as an editor needs it:
// which keys a mapping may hold at a given path (path as YamlCursorContext gives it), the fixed
// values of keys like `access`, `materialized` or `data_type`, and whether a key is dbt's at
// all, for colouring. Follows dbt's documented property and config reference. Thread-safe.
class DbtPropertySchema
{
public:
    static QStringList keysAt(const QStringList &path);
    // The values a key takes at `path` ({models, config} + "materialized"); empty when free.
    static QStringList valuesOf(const QStringList &path, const QString &key);
    static bool isKnownKey(std::string_view key);
};

} // namespace Trellis::Core::Ide
