#pragma once

#include <QVariant>

struct sqlite3_stmt;

namespace Trellis::Core {

// The value of one result column of the current row, as Trellis passes SQL values around:
// qint64, double, QString, QByteArray, or a null QVariant for NULL.
QVariant sqliteColumnValue(sqlite3_stmt *statement, int column);

} // namespace Trellis::Core
