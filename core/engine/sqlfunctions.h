#pragma once

#include "core/util/result.h"

#include <QStringList>

struct sqlite3;

namespace Trellis::Core {

// Registers the warehouse functions that dbt models commonly use but SQLite lacks, on one
// connection (call it for every connection, worker ones included). Pure functions are flagged
// deterministic and innocuous so views and generated columns may use them; nothing touches
// files, the network or the database. Functions that this SQLite already has built in (iif,
// ifnull, instr, the math functions; concat, concat_ws and string_agg from 3.44 on) are not
// shadowed.
//
// Semantics where warehouses disagree (each documented at its implementation):
// - greatest/least ignore NULLs (Postgres); NULL only when every argument is NULL.
// - concat/concat_ws skip NULLs (Postgres, and SQLite's own concat from 3.44).
// - datediff counts boundaries crossed (Snowflake); weeks start on Monday.
// - split_part counts from the end for negative n (Snowflake); '' when out of range.
// - regexp_like / rlike / REGEXP match the whole string (Snowflake anchors them); regexp_substr,
//   regexp_count and regexp_replace search, and regexp_replace replaces every match.
// - left/right with a negative length drop characters from the other end (Postgres).
// - listagg of only NULLs is '' (Snowflake); string_agg of only NULLs is NULL (Postgres).
// - Unparseable dates give NULL (as SQLite's date functions do), except to_date/to_timestamp,
//   which fail loudly; try_to_date/try_to_timestamp give NULL.
// Thread-safe: registration touches only the given connection.
class SqlFunctions
{
public:
    static Result<void> registerAll(sqlite3 *db);

    // Every function name registered on this SQLite version, sorted (for completion and docs).
    static QStringList names();
};

} // namespace Trellis::Core
