#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Trellis::Core::Build {

// One common table expression of a query's top-level WITH: its name and where its body lies
// (the text between its parentheses), as offsets into the query.
struct CteSpan
{
    QString name;
    qsizetype bodyStart = 0;
    qsizetype bodyEnd = 0;
};

// Finds the CTEs of a query (dbt model source with Jinja, or compiled SQL) and builds the query
// that previews one of them: the WITH list up to its end, then `select * from <cte>`. Strings,
// quoted names and comments are skipped; Jinja is text whose parentheses balance. Pure;
// thread-safe.
class CteQuery
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::CteQuery)

public:
    static QList<CteSpan> ctes(const QString &query);
    // The CTE whose body contains `offset`; empty when none does.
    static QString cteAt(const QString &query, qsizetype offset);
    // `with <every CTE of compiledSql> select * from <name>`; an error when it has no such CTE.
    static Result<QString> selectFrom(const QString &compiledSql, const QString &name);
};

} // namespace Trellis::Core::Build
