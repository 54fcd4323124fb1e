#include "sqltypemap.h"

#include <QRegularExpression>

#include <array>

namespace Trellis::Core {

namespace {

// "Numeric ( 12, 2 )" → "numeric"; "double   precision" → "double precision".
QString baseName(QStringView typeName)
{
    QString name = typeName.toString().toLower();
    const qsizetype paren = name.indexOf(u'(');
    if (paren >= 0) {
        const qsizetype close = name.indexOf(u')', paren);
        name = name.left(paren) + (close >= 0 ? name.mid(close + 1) : QString());
    }
    return name.simplified();
}

} // namespace

ValueKind SqlTypeMap::kindOf(QStringView typeName)
{
    struct Entry
    {
        const char *name;
        ValueKind kind;
    };
    static constexpr std::array kEntries {
        Entry { "int", ValueKind::Integer },
        Entry { "integer", ValueKind::Integer },
        Entry { "bigint", ValueKind::Integer },
        Entry { "smallint", ValueKind::Integer },
        Entry { "tinyint", ValueKind::Integer },
        Entry { "byteint", ValueKind::Integer },
        Entry { "int2", ValueKind::Integer },
        Entry { "int4", ValueKind::Integer },
        Entry { "int8", ValueKind::Integer },
        Entry { "int64", ValueKind::Integer },
        Entry { "mediumint", ValueKind::Integer },
        Entry { "serial", ValueKind::Integer },
        Entry { "bigserial", ValueKind::Integer },
        Entry { "float", ValueKind::Real },
        Entry { "float4", ValueKind::Real },
        Entry { "float8", ValueKind::Real },
        Entry { "float64", ValueKind::Real },
        Entry { "double", ValueKind::Real },
        Entry { "double precision", ValueKind::Real },
        Entry { "real", ValueKind::Real },
        Entry { "numeric", ValueKind::Numeric },
        Entry { "decimal", ValueKind::Numeric },
        Entry { "number", ValueKind::Numeric },
        Entry { "dec", ValueKind::Numeric },
        Entry { "bignumeric", ValueKind::Numeric },
        Entry { "varchar", ValueKind::Text },
        Entry { "char", ValueKind::Text },
        Entry { "character", ValueKind::Text },
        Entry { "character varying", ValueKind::Text },
        Entry { "nvarchar", ValueKind::Text },
        Entry { "nchar", ValueKind::Text },
        Entry { "text", ValueKind::Text },
        Entry { "string", ValueKind::Text },
        Entry { "clob", ValueKind::Text },
        Entry { "uuid", ValueKind::Text },
        Entry { "variant", ValueKind::Text },
        Entry { "json", ValueKind::Text },
        Entry { "jsonb", ValueKind::Text },
        Entry { "object", ValueKind::Text },
        Entry { "array", ValueKind::Text },
        Entry { "boolean", ValueKind::Boolean },
        Entry { "bool", ValueKind::Boolean },
        Entry { "date", ValueKind::Date },
        Entry { "timestamp", ValueKind::Timestamp },
        Entry { "timestamp_ntz", ValueKind::Timestamp },
        Entry { "timestamp_ltz", ValueKind::Timestamp },
        Entry { "timestamp_tz", ValueKind::Timestamp },
        Entry { "timestamptz", ValueKind::Timestamp },
        Entry { "datetime", ValueKind::Timestamp },
        Entry { "timestamp with time zone", ValueKind::Timestamp },
        Entry { "timestamp without time zone", ValueKind::Timestamp },
        Entry { "time", ValueKind::Time },
        Entry { "time without time zone", ValueKind::Time },
        Entry { "time with time zone", ValueKind::Time },
        Entry { "binary", ValueKind::Blob },
        Entry { "varbinary", ValueKind::Blob },
        Entry { "bytea", ValueKind::Blob },
        Entry { "blob", ValueKind::Blob },
        Entry { "bytes", ValueKind::Blob },
    };
    const QString base = baseName(typeName);
    for (const Entry &entry : kEntries) {
        if (base == QLatin1String(entry.name))
            return entry.kind;
    }
    return ValueKind::Unknown;
}

ValueKind SqlTypeMap::sqliteAffinity(QStringView typeName)
{
    const QString upper = typeName.toString().toUpper();
    if (upper.contains(QLatin1String("INT")))
        return ValueKind::Integer;
    if (upper.contains(QLatin1String("CHAR")) || upper.contains(QLatin1String("CLOB"))
        || upper.contains(QLatin1String("TEXT")))
        return ValueKind::Text;
    if (upper.contains(QLatin1String("BLOB")) || upper.trimmed().isEmpty())
        return ValueKind::Blob;
    if (upper.contains(QLatin1String("REAL")) || upper.contains(QLatin1String("FLOA"))
        || upper.contains(QLatin1String("DOUB")))
        return ValueKind::Real;
    return ValueKind::Numeric;
}

QString SqlTypeMap::declaredType(QStringView typeName)
{
    const ValueKind kind = kindOf(typeName);
    const ValueKind affinity = sqliteAffinity(typeName);
    switch (kind) {
    case ValueKind::Integer:
        return affinity == ValueKind::Integer ? typeName.toString() : QStringLiteral("INTEGER");
    case ValueKind::Real:
        return affinity == ValueKind::Real ? typeName.toString() : QStringLiteral("REAL");
    case ValueKind::Text:
        return affinity == ValueKind::Text ? typeName.toString() : QStringLiteral("TEXT");
    case ValueKind::Blob:
        return affinity == ValueKind::Blob ? typeName.toString() : QStringLiteral("BLOB");
    case ValueKind::Numeric:
    case ValueKind::Boolean:
    case ValueKind::Date:
    case ValueKind::Timestamp:
    case ValueKind::Time:
        // NUMERIC affinity leaves non-numeric text alone and stores 0/1 as integers, so these
        // names are safe as they are (unless one happens to contain INT, CHAR …).
        return affinity == ValueKind::Numeric || affinity == ValueKind::Text
            ? typeName.toString()
            : QStringLiteral("NUMERIC");
    case ValueKind::Unknown:
        break;
    }
    return typeName.toString();
}

SqlTypeMap::Cast SqlTypeMap::castFor(QStringView typeName)
{
    switch (kindOf(typeName)) {
    case ValueKind::Boolean:
        return { QStringLiteral("to_boolean"), {} };
    case ValueKind::Date:
        return { QStringLiteral("to_date"), {} };
    case ValueKind::Timestamp:
        return { QStringLiteral("to_timestamp"), {} };
    case ValueKind::Time:
        return { {}, QStringLiteral("TEXT") };
    case ValueKind::Integer:
    case ValueKind::Real:
    case ValueKind::Numeric:
    case ValueKind::Text:
    case ValueKind::Blob:
        return { {}, declaredType(typeName) };
    case ValueKind::Unknown:
        break;
    }
    return { {}, typeName.toString() };
}

} // namespace Trellis::Core
