#pragma once

#include <QList>
#include <QString>

namespace Trellis::Core {

// SQL after rewriting, with a map back to the text the user wrote: an error SQLite reports in
// the rewritten SQL can be shown at the right place in the original.
struct RewrittenSql
{
    QString sql;

    // A stretch of the rewritten text and where it came from. Copied stretches map one to one;
    // inserted text maps to the place it was inserted at.
    struct Segment
    {
        qsizetype rewrittenStart;
        qsizetype originalStart;
        qsizetype length;
        bool copied;
    };
    QList<Segment> segments;

    // The UTF-16 index in the original text for a UTF-16 index in sql.
    qsizetype originalIndex(qsizetype rewrittenIndex) const;
};

// Rewrites the warehouse SQL that dbt models are written in into SQL that SQLite 3.40 parses
// and evaluates the same way. A pure function of the text; thread-safe. It never looks inside
// strings, quoted identifiers or comments, and leaves text it does not understand alone, so
// SQLite reports the error at the user's own words.
//
// - expr::type becomes CAST(expr AS type), for identifiers (qualified or quoted), literals,
//   parameters, parenthesised expressions, function calls (with OVER/FILTER clauses), CASE …
//   END, and chains (x::text::int → CAST(CAST(x AS text) AS int)). Type names keep their
//   parameters (numeric(12,2)) and may be several words (double precision, timestamp with time
//   zone).
// - Casts to types SQLite's CAST would get wrong go through functions instead, for :: and
//   CAST(… AS …) alike (see SqlTypeMap): ::date → to_date(…), ::timestamp_ntz →
//   to_timestamp(…), ::boolean → to_boolean(…), ::string → CAST(… AS TEXT).
// - left(…) / right(…) become "left"(…) / "right"(…): LEFT and RIGHT are join keywords in
//   SQLite's grammar and cannot name a function unquoted.
// - A bare date part, as Snowflake allows (datediff(day, a, b), date_trunc(month, x)), becomes a
//   string: datediff('day', a, b).
// - extract(part from x) becomes date_part('part', x); position(a in b) becomes position(a, b).
class DialectRewriter
{
public:
    static RewrittenSql rewrite(const QString &sql);
};

} // namespace Trellis::Core
