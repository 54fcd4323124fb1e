#pragma once

#include <QByteArrayView>

#include <string>
#include <string_view>
#include <vector>

namespace Trellis::Core {

// Reads RFC 4180 CSV from UTF-8 bytes in memory, one record at a time, without copying fields
// that need no unescaping. Handles quoted fields with doubled quotes, delimiters and line
// breaks inside quotes, CRLF or LF line ends, a UTF-8 byte order mark and any one-byte
// delimiter. Reports where each record starts (1-based line) so problems can name it. Does not
// own the bytes; field views stay valid until the next call of next(). Not thread-safe.
class CsvReader
{
public:
    enum class Status {
        Record, // fields holds the next record
        End, // no more records
        BadRecord, // this record is malformed (see problem()); reading continues after it
        Fatal, // an unterminated quote: nothing after it can be trusted
    };

    CsvReader(QByteArrayView data, char delimiter = ',');

    Status next(std::vector<std::string_view> &fields);

    // The line on which the record last returned starts.
    qint64 recordLine() const { return m_recordLine; }
    // What is wrong with the last BadRecord/Fatal record (English; the loader translates).
    const char *problem() const { return m_problem; }
    // Rewinds to the first record.
    void restart();

private:
    void skipToLineEnd();

    QByteArrayView m_data;
    char m_delimiter;
    qsizetype m_pos = 0;
    qsizetype m_start = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    const char *m_problem = "";
    std::vector<std::string> m_unescaped; // one per field index, reused between records
};

} // namespace Trellis::Core
