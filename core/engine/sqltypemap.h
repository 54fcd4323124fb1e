#pragma once

#include <QString>

namespace Trellis::Core {

// What kind of value a warehouse type name holds, as far as SQLite storage is concerned.
enum class ValueKind {
    Integer,
    Real,
    Numeric,
    Text,
    Boolean,
    Date,
    Timestamp,
    Time,
    Blob,
    Unknown
};

// Maps warehouse type names (varchar(20), timestamp_ntz, number(38,0), double precision,
// boolean, string …) onto what SQLite needs. SQLite picks a column's affinity from substrings
// of the declared name (INT, CHAR/CLOB/TEXT, BLOB, REAL/FLOA/DOUB, else NUMERIC), which goes
// wrong for some warehouse names: "string" would get NUMERIC affinity (turning '007' into 7)
// and CAST(x AS date) is a NUMERIC cast ('2024-01-31' becomes 2024). This class says what to
// declare and how to cast instead. Pure; thread-safe.
class SqlTypeMap
{
public:
    static ValueKind kindOf(QStringView typeName);

    // The affinity SQLite derives from a declared type name (its documented rules).
    static ValueKind sqliteAffinity(QStringView typeName);

    // The type to declare for a column: the name itself when SQLite's affinity already suits
    // the kind (so previews and contracts show the model's own words), else a name that does.
    static QString declaredType(QStringView typeName);

    // How "expr::type" or CAST(expr AS type) must be written for SQLite: either a CAST to
    // castType, or a call of function (to_date, to_timestamp, to_boolean) when a cast would
    // not do what the warehouse does.
    struct Cast
    {
        QString function; // empty: use CAST(… AS castType)
        QString castType;
    };
    static Cast castFor(QStringView typeName);
};

} // namespace Trellis::Core
