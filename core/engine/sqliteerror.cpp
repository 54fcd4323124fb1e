#include "sqliteerror.h"

#include <sqlite3.h>

namespace Trellis::Core {

Error SqliteError::fromConnection(sqlite3 *db, const QByteArray &sqlUtf8)
{
    Error error;
    error.message = QString::fromUtf8(sqlite3_errmsg(db));
    const int offset = errorOffset(db);
    if (offset >= 0 && !sqlUtf8.isEmpty()) {
        const TextPosition position = positionOfByte(sqlUtf8, offset);
        error.line = position.line;
        error.column = position.column;
    }
    return error;
}

int SqliteError::errorOffset(sqlite3 *db)
{
    return sqlite3_error_offset(db);
}

qsizetype SqliteError::indexOfByte(const QByteArray &utf8, int byteOffset)
{
    const qsizetype clamped = qBound(qsizetype(0), qsizetype(byteOffset), utf8.size());
    // Decoding the prefix counts surrogate pairs the same way QString indexes them.
    return QString::fromUtf8(utf8.constData(), clamped).size();
}

TextPosition SqliteError::positionOfIndex(QStringView text, qsizetype index)
{
    const qsizetype end = qBound(qsizetype(0), index, text.size());
    TextPosition position { 1, 1 };
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++position.line;
            position.column = 1;
        } else if (!text[i].isLowSurrogate()) {
            ++position.column;
        }
    }
    return position;
}

TextPosition SqliteError::positionOfByte(const QByteArray &utf8, int byteOffset)
{
    const QString text = QString::fromUtf8(utf8);
    return positionOfIndex(text, indexOfByte(utf8, byteOffset));
}

} // namespace Trellis::Core
