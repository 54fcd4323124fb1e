#pragma once

#include "relationname.h"

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

struct sqlite3;

namespace Trellis::Core {

struct SeedOptions
{
    char delimiter = ',';
    // column name → SQL type (dbt's column_types); these columns are not inferred.
    QMap<QString, QString> columnTypes;
    // Load the good rows and report the bad ones as warnings instead of failing.
    bool skipBadRows = false;
};

struct SeedColumn
{
    QString name;
    QString type; // as declared in the table
};

struct SeedReport
{
    qint64 rowCount = 0;
    QList<SeedColumn> columns;
    QList<Error> warnings; // bad rows skipped (only with skipBadRows)
    qint64 elapsedMs = 0;
};

// Loads a dbt seed (a CSV file) into a table "schema"."name", replacing it. Reads the file
// twice from memory: first to infer each column's type as dbt does (SeedTypeInference) and to
// find every bad row (wrong field count, text after a closing quote, an unterminated quote, a
// value that does not fit its column_types type), then to insert with one prepared statement,
// binding values by type, inside one savepoint: either the new table is complete or the old
// one is untouched. Nothing is dropped silently: bad rows fail the load with a list of problems
// (each with its CSV line), or, with skipBadRows, come back as warnings.
//
// Runs on the thread that owns the connection (trusted code: no authorizer); the schema must
// already be attached (WorkspaceDatabase::ensureSchema). Blocking; call it off the GUI thread.
class SeedLoader
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::SeedLoader)

public:
    using Outcome = Result<SeedReport, QList<Error>>;

    explicit SeedLoader(sqlite3 *db);

    Outcome loadFile(const QString &csvPath, const RelationName &table,
                     const SeedOptions &options = {}) const;
    // fileName only labels errors.
    Outcome loadData(QByteArrayView csv, const QString &fileName, const RelationName &table,
                     const SeedOptions &options = {}) const;

    static constexpr int kMaxReportedProblems = 100;

private:
    sqlite3 *m_db;
};

} // namespace Trellis::Core
