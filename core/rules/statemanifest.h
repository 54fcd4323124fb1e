#pragma once

#include "core/graph/node.h"

#include <QCoreApplication>

#include <vector>

namespace Trellis::Core {

// The models of a saved manifest.json (dbt's own, or `trellis manifest`'s), as the baseline
// that breaking changes are measured against (dbt's --state). Only what the contract checks
// compare is read: ids, names, versions, deprecation date, config (contract, materialized,
// enabled), columns with data types and constraints, model constraints, file paths. Blocking
// file I/O; thread-safe.
class StateManifest
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::StateManifest)

public:
    // `path` is a manifest.json, or a folder holding one (as dbt's --state takes).
    static Result<std::vector<Node>> readModels(const QString &path);
    static Result<std::vector<Node>> parseModels(const QByteArray &json, const QString &path);

private:
    static Node model(const QJsonObject &object);
};

} // namespace Trellis::Core
