#pragma once

#include "relationname.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

struct sqlite3;

namespace Trellis::Core {

// Guards a connection while it prepares SQL that came from a model or a preview. While an
// SqlAuthorizer exists it is the connection's authorizer: ATTACH, DETACH, load_extension(),
// fts3_tokenizer(), PRAGMAs that set a value, transaction control, triggers, virtual tables
// and every write outside the build target are refused. With no build target (previews,
// tests, analyses) nothing may be written at all. Reads are never restricted.
//
// SQLite consults the authorizer when it prepares a statement (and when it re-prepares one
// after a schema change), so prepare untrusted SQL inside the guard's lifetime. Trellis's own
// statements (ATTACH of a schema, seed loading, materialisation bookkeeping) are prepared with
// no guard in place. Triggers are refused because they would later fire inside those trusted
// statements, where no authorizer runs.
//
// One guard per connection at a time; not thread-safe (like the connection it guards).
class SqlAuthorizer
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::SqlAuthorizer)

public:
    // Installs the guard. buildTarget is the relation the statement may create, replace or
    // write; std::nullopt means read-only.
    SqlAuthorizer(sqlite3 *db, std::optional<RelationName> buildTarget);
    ~SqlAuthorizer();
    SqlAuthorizer(const SqlAuthorizer &) = delete;
    SqlAuthorizer &operator=(const SqlAuthorizer &) = delete;

    // Why the most recent statement was refused ("Trellis refused ATTACH: …"); empty when
    // nothing was. SQLite itself only says "not authorized".
    QString denial() const { return m_denial; }
    void clearDenial() { m_denial.clear(); }

    // Turns off what an authorizer cannot see: extension loading through the C API, the
    // fts3_tokenizer pointer form, writable_schema and other defensive switches. Call once per
    // connection; Trellis's own code never needs them either.
    static void hardenConnection(sqlite3 *db);

private:
    static int callback(void *self, int action, const char *arg1, const char *arg2,
                        const char *database, const char *trigger);
    int decide(int action, const char *arg1, const char *arg2, const char *database);
    int deny(QString message);
    int checkWrite(const char *verb, const char *database, const char *table);

    sqlite3 *m_db;
    std::optional<RelationName> m_target;
    QString m_denial;
};

} // namespace Trellis::Core
