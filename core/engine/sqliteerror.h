#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace Trellis::Core {

// A 1-based line and column (in characters) inside a piece of SQL; 0 means unknown.
struct TextPosition
{
    int line = 0;
    int column = 0;
};

// Turns SQLite's error state into Trellis's Error value, with the place in the SQL where SQLite
// knows it (sqlite3_error_offset, a byte offset into the UTF-8 text). Stateless.
class SqliteError
{
public:
    // The connection's current error; line/column filled when SQLite reports an offset.
    static Error fromConnection(sqlite3 *db, const QByteArray &sqlUtf8 = {});

    // SQLite's byte offset into UTF-8 text, or -1 when it gave none.
    static int errorOffset(sqlite3 *db);

    // Where a byte offset falls in UTF-8 text. Offsets past the end clamp to the end.
    static TextPosition positionOfByte(const QByteArray &utf8, int byteOffset);
    // Where a UTF-16 index falls in a QString.
    static TextPosition positionOfIndex(QStringView text, qsizetype index);
    // The UTF-16 index of a byte offset into text's UTF-8 form.
    static qsizetype indexOfByte(const QByteArray &utf8, int byteOffset);
};

} // namespace Trellis::Core
