#pragma once

#include "core/engine/guardedsql.h"
#include "core/graph/node.h"

#include <QList>

namespace Trellis::Core::Build {

// What happened to one node in a build, test or show, for progress lines and summaries.
struct NodeOutcome
{
    enum class Status { Success, Reused, Pass, Warn, Fail, Error, Skipped };

    QString uniqueId;
    ResourceType type = ResourceType::Model;
    QString name;
    QString relation; // "main"."dim_members", empty for tests and ephemeral models
    QString materialized; // view, table, incremental, ephemeral, seed, snapshot, test
    Status status = Status::Success;
    qint64 rowCount = -1; // rows built or loaded, when known
    qint64 failures = -1; // data tests: failing rows (fail_calc)
    qint64 elapsedMs = 0;
    QString note; // e.g. "built as a table: SQLite views cannot read other schemas"
    QList<Error> errors; // what went wrong, each with file and line where known
    QString detail; // a contract mismatch table, a failing test's SQL, …
    SqlRows sample; // failing rows (tests, constraints), at most a few

    bool failed() const { return status == Status::Fail || status == Status::Error; }
};

} // namespace Trellis::Core::Build
