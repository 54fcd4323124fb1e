#pragma once

#include "core/util/result.h"

#include <QString>

struct sqlite3;

namespace Trellis::Core::Build {

// Remembers, in the workspace database itself (main."__trellis_builds"), the hash of what each
// relation was last built from: its compiled SQL, configuration and its inputs' hashes. A node
// whose new hash equals the stored one, and whose relation still exists, is up to date and is
// reused instead of rebuilt. Trusted bookkeeping SQL on the build connection; one thread.
class BuildLedger
{
public:
    explicit BuildLedger(sqlite3 *db);

    Result<void> ensureTable();
    // The stored hash, or empty when the node was never built (or the ledger was reset).
    QString hash(const QString &uniqueId) const;
    Result<void> record(const QString &uniqueId, const QString &relation, const QString &hash);
    Result<void> forget(const QString &uniqueId);

private:
    sqlite3 *m_db;
};

} // namespace Trellis::Core::Build
