#include "csvreader.h"

#include <QCoreApplication>

namespace Trellis::Core {

CsvReader::CsvReader(QByteArrayView data, char delimiter)
    : m_data(data)
    , m_delimiter(delimiter)
{
    if (m_data.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        m_start = 3;
    m_pos = m_start;
}

void CsvReader::restart()
{
    m_pos = m_start;
    m_line = 1;
    m_recordLine = 1;
}

void CsvReader::skipToLineEnd()
{
    const qsizetype size = m_data.size();
    while (m_pos < size && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
        ++m_pos;
    if (m_pos < size && m_data[m_pos] == '\r')
        ++m_pos;
    if (m_pos < size && m_data[m_pos] == '\n')
        ++m_pos;
    ++m_line;
}

CsvReader::Status CsvReader::next(std::vector<std::string_view> &fields)
{
    fields.clear();
    const char *data = m_data.data();
    const qsizetype size = m_data.size();
    if (m_pos >= size)
        return Status::End;
    m_recordLine = m_line;

    for (;;) {
        const size_t index = fields.size();
        if (m_pos < size && data[m_pos] == '"') {
            // Quoted field: copy only when a doubled quote must become one.
            ++m_pos;
            const qsizetype begin = m_pos;
            bool needsCopy = false;
            qsizetype end = -1;
            while (m_pos < size) {
                const char c = data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                        needsCopy = true;
                        m_pos += 2;
                        continue;
                    }
                    end = m_pos;
                    ++m_pos;
                    break;
                }
                if (c == '\n')
                    ++m_line;
                ++m_pos;
            }
            if (end < 0) {
                m_problem = QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader",
                                              "a quoted field is never closed");
                return Status::Fatal;
            }
            if (needsCopy) {
                if (m_unescaped.size() <= index)
                    m_unescaped.resize(index + 1);
                std::string &copy = m_unescaped[index];
                copy.clear();
                for (qsizetype i = begin; i < end; ++i) {
                    copy.push_back(data[i]);
                    if (data[i] == '"')
                        ++i;
                }
                fields.emplace_back(copy);
            } else {
                fields.emplace_back(data + begin, size_t(end - begin));
            }
            if (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\n'
                && data[m_pos] != '\r') {
                m_problem = QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader",
                                              "text follows a closing quote");
                skipToLineEnd();
                return Status::BadRecord;
            }
        } else {
            const qsizetype begin = m_pos;
            while (m_pos < size) {
                const char c = data[m_pos];
                if (c == m_delimiter || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            fields.emplace_back(data + begin, size_t(m_pos - begin));
        }

        if (m_pos >= size)
            return Status::Record;
        const char c = data[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            continue;
        }
        // End of record: \r\n, \n or a lone \r.
        if (c == '\r')
            ++m_pos;
        if (m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return Status::Record;
    }
}

} // namespace Trellis::Core
