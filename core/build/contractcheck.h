#pragma once

#include "core/engine/guardedsql.h"
#include "core/project/properties.h"

#include <QCoreApplication>

#include <vector>

namespace Trellis::Core::Build {

// One row of dbt's contract mismatch table.
struct ContractMismatch
{
    QString columnName;
    QString definitionType;
    QString contractType;
    QString reason; // "data type mismatch", "missing in contract", "missing in definition"
};

// dbt's contract preflight for SQLite: compares the columns a model's query gives (names,
// count, types) with its contract and reports the mismatches as dbt does, sorted by column name.
//
// SQLite has no column types for computed values, so a definition's type is the declared type
// when the column comes straight from a table, else what its values are (INTEGER, REAL, TEXT,
// DATE, TIMESTAMP, BLOB, from a sample of rows). Types match by family, because SQLite stores
// every warehouse type in one of a few storage classes:
// - integer family: int, integer, bigint, smallint, boolean (stored as 0/1);
// - number family: numeric, decimal, number, real, float, double: accepts integers too, since
//   SQLite stores whole numbers of NUMERIC columns as integers;
// - text family: varchar, text, string, char; date, timestamp and time (stored as ISO text);
// - blob. A column whose sample holds only NULLs, or whose type is unknown, matches anything.
// Pure; thread-safe.
class ContractCheck
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::ContractCheck)

public:
    static std::vector<ContractMismatch> compare(const SqlRows &sample,
                                                 const std::vector<ColumnDeclaration> &contract);
    // The type the definition gives column `index` of `sample`.
    static QString definitionType(const SqlRows &sample, qsizetype index);
    static bool compatible(const QString &definitionType, const QString &contractType);
    // dbt's message with the mismatch table.
    static QString message(const std::vector<ContractMismatch> &mismatches);
};

} // namespace Trellis::Core::Build
