#include "queryresult.h"

#include "datetimevalue.h"

namespace Trellis::Core {

void ColumnTypeTally::add(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        m_integer = true;
        break;
    case QMetaType::Double:
        m_real = true;
        break;
    case QMetaType::QString: {
        m_text = true;
        if (m_allDates || m_allTimestamps) {
            const QByteArray text = value.toString().toUtf8();
            const auto parsed
                = DateTimeValue::parse(std::string_view(text.constData(), size_t(text.size())));
            m_allDates = m_allDates && parsed && !parsed->hasTime();
            m_allTimestamps = m_allTimestamps && parsed && parsed->hasTime();
        }
        break;
    }
    case QMetaType::QByteArray:
        m_blob = true;
        break;
    default:
        break;
    }
}

QString ColumnTypeTally::type() const
{
    const int classes = int(m_integer || m_real) + int(m_text) + int(m_blob);
    if (classes == 0)
        return QStringLiteral("NULL");
    if (classes > 1)
        return QStringLiteral("MIXED");
    if (m_blob)
        return QStringLiteral("BLOB");
    if (m_text)
        return m_allDates
            ? QStringLiteral("DATE")
            : (m_allTimestamps ? QStringLiteral("TIMESTAMP") : QStringLiteral("TEXT"));
    return m_real ? QStringLiteral("REAL") : QStringLiteral("INTEGER");
}

} // namespace Trellis::Core
