#pragma once

#include "core/build/buildoutcome.h"

#include <QCoreApplication>

struct sqlite3;

namespace Trellis::Core::Build {

// Runs one compiled data test as dbt's test materialization does: counts the failing rows with
// fail_calc (default count(*)) over the test query (with `limit` when configured), decides with
// warn_if / error_if (default != 0) and severity (error or warn), and keeps a sample of the
// failing rows. The query runs read-only under GuardedSql. One thread (the connection's).
class DataTestRunner
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::DataTestRunner)

public:
    DataTestRunner(sqlite3 *db, int timeLimitMs);

    // Fills outcome.status (Pass, Warn, Fail or Error), failures, errors and sample.
    void run(const Node &test, const QString &sql, NodeOutcome &outcome) const;

    static constexpr int kSampleRows = 5;

private:
    sqlite3 *m_db;
    int m_timeLimitMs;
};

} // namespace Trellis::Core::Build
