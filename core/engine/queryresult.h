#pragma once

#include "core/util/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Trellis::Core {

// How a preview runs. Times in milliseconds.
struct QueryOptions
{
    qint64 rowLimit = 500;
    int pageSize = 100;
    // The first page goes out after this long even if it is not full, so slow queries show rows.
    int firstPageMs = 50;
    // A runaway query is stopped after this long (0: never).
    int timeLimitMs = 30'000;
};

struct QueryColumn
{
    QString name;
    QString declaredType; // from the table definition, when the column comes straight from one
    QString inferredType; // from the values delivered: INTEGER, REAL, TEXT, BLOB, DATE,
                          // TIMESTAMP, MIXED, or NULL when all were NULL (set in the outcome)
};

// A batch of rows. Values are qint64, double, QString, QByteArray, or a null QVariant for NULL.
struct QueryPage
{
    quint64 token = 0;
    qint64 firstRow = 0; // index of rows[0] in the whole result
    QList<QueryColumn> columns; // on the first page only
    QList<QVariantList> rows;
};

struct QueryOutcome
{
    enum class Status { Completed, Cancelled, TimedOut, Failed };
    quint64 token = 0;
    Status status = Status::Completed;
    qint64 rowCount = 0;
    bool truncated = false; // more rows exist beyond rowLimit
    qint64 elapsedMs = 0;
    qint64 firstPageMs = -1; // -1: no page was delivered
    QList<QueryColumn> columns;
    Error error; // for Failed and TimedOut; line/column point into the query as given
};

// Tallies the storage classes of one column's values to report an inferred type.
class ColumnTypeTally
{
public:
    void add(const QVariant &value);
    QString type() const;

private:
    bool m_integer = false;
    bool m_real = false;
    bool m_text = false;
    bool m_blob = false;
    bool m_allDates = true;
    bool m_allTimestamps = true;
};

} // namespace Trellis::Core

Q_DECLARE_METATYPE(Trellis::Core::QueryPage)
Q_DECLARE_METATYPE(Trellis::Core::QueryOutcome)
