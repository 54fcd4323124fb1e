#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace Trellis::Core {

// A preview query wrapped so SQLite returns at most a given number of rows while the user's own
// ORDER BY / LIMIT stay valid: SELECT * FROM (\n<query>\n) LIMIT n. The body is the query
// without trailing semicolons and comments; the line breaks keep a final "-- comment" from
// swallowing the closing parenthesis.
struct PreviewStatement
{
    QString sql;
    qsizetype bodyOffset = 0; // where the user's query starts in sql
    qsizetype bodyLength = 0;

    // The index in the user's query for an index in sql (clamped to the body).
    qsizetype bodyIndex(qsizetype sqlIndex) const;
};

// Builds preview statements. Refuses, with the position of the problem, text that is not one
// SELECT / WITH … SELECT / VALUES statement (a second statement would be silently ignored by
// a single prepare, which the user would not expect). Pure; thread-safe.
class PreviewSql
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::PreviewSql)

public:
    static Result<PreviewStatement> wrap(const QString &query, qint64 rowLimit);
};

} // namespace Trellis::Core
