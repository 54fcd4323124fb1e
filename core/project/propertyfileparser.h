#pragma once

#include "core/project/properties.h"
#include "core/project/yamldocument.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace Trellis::Core {

// Reads one dbt property YAML file (models/*.yml, seeds, snapshots, analyses, sources, macros,
// groups, exposures, …) into a PropertyFile, with dbt-core 1.8–1.10 semantics: YAML as PyYAML's
// safe loader builds it (merge keys `<<` expanded, the later of two duplicate keys wins), every
// form of data test dbt accepts, versions with include/exclude, sources with freshness overrides.
//
// The parser never gives up on a file whose root is a mapping: a wrong type, a missing name or an
// unknown key becomes a diagnostic at its position and the rest of the file is still read.
// Unknown keys are errors where dbt rejects the file (sources, versions, exposures, groups, …)
// and warnings where dbt silently ignores them (models, columns, tests' owners, …) — the silent
// case is the one users trip over, so each message names the closest known key.
//
// Stateless and thread-safe; parse() only reads the document.
class PropertyFileParser
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::PropertyFileParser)

public:
    // Fails only when the root is neither a mapping nor empty.
    static Result<PropertyFile> parse(const YamlDocument &document);
    // Also fails when the file cannot be read or is not valid YAML.
    static Result<PropertyFile> load(const QString &path);
};

} // namespace Trellis::Core
