#pragma once

#include "core/project/yamldocument.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace Trellis::Core {

// `ref('model')`, `ref('project', 'model')`, `ref('model', v=2)` as written in a file.
struct RefCall
{
    QString package;   // empty for the one-argument form
    QString name;
    QString version;   // `v=` / `version=`, as text; empty when unpinned
    SourceLocation location;
    QString resolvedId; // the unique id it resolved to (set by the manifest builder); empty if none
};

// `source('source_name', 'table_name')`.
struct SourceCall
{
    QString source;
    QString table;
    SourceLocation location;
};

// What a model, test or snapshot file calls while being parsed: its references, and the configs
// it sets with `{{ config(...) }}` (merged in call order).
struct SqlCalls
{
    std::vector<RefCall> refs;
    std::vector<SourceCall> sources;
    QJsonObject config;
    QStringList macroCalls;   // other calls seen (macro names), for depends_on.macros
    std::vector<Error> problems;
};

} // namespace Trellis::Core
