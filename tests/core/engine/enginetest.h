#pragma once

// Helpers shared by the engine tests: an in-memory connection with Trellis's functions, and a
// one-line evaluator that renders a result the way the data rows spell it.

#include "core/engine/sqlfunctions.h"
#include "core/engine/sqliteconnection.h"

#include <QString>
#include <QTest>

#include <sqlite3.h>

namespace EngineTest {

inline Trellis::Core::SqliteConnection memoryConnection()
{
    auto connection = Trellis::Core::SqliteConnection::open(QStringLiteral(":memory:"));
    if (!connection)
        qFatal("cannot open an in-memory database");
    if (!Trellis::Core::SqlFunctions::registerAll(connection->handle()))
        qFatal("cannot register the SQL functions");
    return std::move(connection).value();
}

// NULL, an integer, a real (shortest form), text as is, or "ERROR: <message>".
inline QString evaluate(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return QStringLiteral("ERROR: ") + QString::fromUtf8(sqlite3_errmsg(db));
    QString result;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
        switch (sqlite3_column_type(statement, 0)) {
        case SQLITE_NULL:
            result = QStringLiteral("NULL");
            break;
        case SQLITE_INTEGER:
            result = QString::number(sqlite3_column_int64(statement, 0));
            break;
        case SQLITE_FLOAT:
            result = QString::number(sqlite3_column_double(statement, 0), 'g', 17);
            break;
        default:
            result = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
    } else if (rc == SQLITE_DONE) {
        result = QStringLiteral("NO ROWS");
    } else {
        result = QStringLiteral("ERROR: ") + QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    return result;
}

inline bool execute(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("%s: %s", sql, message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace EngineTest
