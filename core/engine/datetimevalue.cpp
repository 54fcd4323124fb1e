#include "datetimevalue.h"

#include <array>
#include <cstdio>

namespace Trellis::Core {

namespace {

constexpr qint64 kMicrosPerHour = 3'600'000'000LL;
constexpr qint64 kMicrosPerMinute = 60'000'000LL;
constexpr qint64 kMicrosPerSecond = 1'000'000LL;

// Division that rounds towards minus infinity, so boundaries before 1970 count like after.
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly n digits at pos; false if any is missing.
bool readDigits(std::string_view text, size_t &pos, int n, int &out)
{
    if (pos + n > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    pos += n;
    out = value;
    return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != b[i])
            return false;
    }
    return true;
}

qint64 monthIndex(const DateTimeValue &value)
{
    return qint64(value.year()) * 12 + (value.month() - 1);
}

} // namespace

qint64 DateTimeValue::daysFromCivil(int year, int month, int day)
{
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void DateTimeValue::civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

int DateTimeValue::daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return kDays[size_t(month - 1)];
}

DateTimeValue DateTimeValue::fromDays(qint64 days, qint64 micros, bool hasTime)
{
    DateTimeValue value;
    value.m_days = days;
    value.m_micros = micros;
    value.m_hasTime = hasTime;
    return value;
}

DateTimeValue DateTimeValue::fromDate(int year, int month, int day)
{
    return fromDays(daysFromCivil(year, month, day), 0, false);
}

std::optional<DateTimeValue> DateTimeValue::parse(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);

    size_t pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-'
        || !readDigits(text, pos, 2, month) || pos >= text.size() || text[pos++] != '-'
        || !readDigits(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    if (pos == text.size())
        return fromDays(days, 0, false);

    if (text[pos] != ' ' && text[pos] != 'T')
        return std::nullopt;
    ++pos;
    int hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':'
        || !readDigits(text, pos, 2, minute))
        return std::nullopt;
    qint64 micros = 0;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readDigits(text, pos, 2, second))
            return std::nullopt;
        if (pos < text.size() && text[pos] == '.') {
            ++pos;
            int digits = 0;
            qint64 fraction = 0;
            while (pos < text.size() && isDigit(text[pos])) {
                // Nanoseconds are accepted but kept only to the microsecond.
                if (digits < 6)
                    fraction = fraction * 10 + (text[pos] - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0 || digits > 9)
                return std::nullopt;
            for (int kept = qMin(digits, 6); kept < 6; ++kept)
                fraction *= 10;
            micros = fraction;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    qint64 total = days * kMicrosPerDay + hour * kMicrosPerHour + minute * kMicrosPerMinute
        + second * kMicrosPerSecond + micros;

    if (pos < text.size()) {
        if (text[pos] == 'Z' || text[pos] == 'z') {
            ++pos;
        } else if (text[pos] == '+' || text[pos] == '-') {
            const bool negative = text[pos] == '-';
            ++pos;
            int offsetHours = 0, offsetMinutes = 0;
            if (!readDigits(text, pos, 2, offsetHours))
                return std::nullopt;
            if (pos < text.size() && text[pos] == ':')
                ++pos;
            if (pos < text.size() && !readDigits(text, pos, 2, offsetMinutes))
                return std::nullopt;
            // Local time = UTC + offset, so UTC = local - offset.
            const qint64 offset = offsetHours * kMicrosPerHour + offsetMinutes * kMicrosPerMinute;
            total += negative ? offset : -offset;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    return fromDays(floorDiv(total, kMicrosPerDay),
                    total - floorDiv(total, kMicrosPerDay) * kMicrosPerDay, true);
}

std::optional<DatePart> DateTimeValue::parsePart(std::string_view name)
{
    struct Alias
    {
        std::string_view name;
        DatePart part;
    };
    static constexpr std::array kAliases {
        Alias { "year", DatePart::Year },
        Alias { "years", DatePart::Year },
        Alias { "y", DatePart::Year },
        Alias { "yy", DatePart::Year },
        Alias { "yyyy", DatePart::Year },
        Alias { "yr", DatePart::Year },
        Alias { "yrs", DatePart::Year },
        Alias { "quarter", DatePart::Quarter },
        Alias { "quarters", DatePart::Quarter },
        Alias { "q", DatePart::Quarter },
        Alias { "qtr", DatePart::Quarter },
        Alias { "qtrs", DatePart::Quarter },
        Alias { "month", DatePart::Month },
        Alias { "months", DatePart::Month },
        Alias { "mm", DatePart::Month },
        Alias { "mon", DatePart::Month },
        Alias { "mons", DatePart::Month },
        Alias { "week", DatePart::Week },
        Alias { "weeks", DatePart::Week },
        Alias { "w", DatePart::Week },
        Alias { "wk", DatePart::Week },
        Alias { "weekofyear", DatePart::Week },
        Alias { "day", DatePart::Day },
        Alias { "days", DatePart::Day },
        Alias { "d", DatePart::Day },
        Alias { "dd", DatePart::Day },
        Alias { "dayofmonth", DatePart::Day },
        Alias { "hour", DatePart::Hour },
        Alias { "hours", DatePart::Hour },
        Alias { "h", DatePart::Hour },
        Alias { "hh", DatePart::Hour },
        Alias { "hr", DatePart::Hour },
        Alias { "hrs", DatePart::Hour },
        Alias { "minute", DatePart::Minute },
        Alias { "minutes", DatePart::Minute },
        Alias { "m", DatePart::Minute },
        Alias { "mi", DatePart::Minute },
        Alias { "min", DatePart::Minute },
        Alias { "mins", DatePart::Minute },
        Alias { "second", DatePart::Second },
        Alias { "seconds", DatePart::Second },
        Alias { "s", DatePart::Second },
        Alias { "sec", DatePart::Second },
        Alias { "secs", DatePart::Second },
        Alias { "millisecond", DatePart::Millisecond },
        Alias { "milliseconds", DatePart::Millisecond },
        Alias { "ms", DatePart::Millisecond },
        Alias { "msec", DatePart::Millisecond },
        Alias { "microsecond", DatePart::Microsecond },
        Alias { "microseconds", DatePart::Microsecond },
        Alias { "us", DatePart::Microsecond },
        Alias { "usec", DatePart::Microsecond },
    };
    for (const Alias &alias : kAliases) {
        if (equalsIgnoringCase(name, alias.name))
            return alias.part;
    }
    return std::nullopt;
}

int DateTimeValue::year() const
{
    int y, m, d;
    civilFromDays(m_days, y, m, d);
    return y;
}

int DateTimeValue::month() const
{
    int y, m, d;
    civilFromDays(m_days, y, m, d);
    return m;
}

int DateTimeValue::day() const
{
    int y, m, d;
    civilFromDays(m_days, y, m, d);
    return d;
}

int DateTimeValue::dayOfYear() const
{
    return int(m_days - daysFromCivil(year(), 1, 1)) + 1;
}

int DateTimeValue::mondayBasedWeekday() const
{
    // 1970-01-01 was a Thursday, index 3 when Monday is 0.
    return int(((m_days + 3) % 7 + 7) % 7);
}

int DateTimeValue::isoWeek() const
{
    // The ISO week belongs to the year of its Thursday.
    const qint64 thursday = m_days - mondayBasedWeekday() + 3;
    int y, m, d;
    civilFromDays(thursday, y, m, d);
    return int((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
}

DateTimeValue DateTimeValue::truncated(DatePart part) const
{
    int y, m, d;
    civilFromDays(m_days, y, m, d);
    qint64 days = m_days;
    qint64 micros = m_micros;
    switch (part) {
    case DatePart::Year:
        days = daysFromCivil(y, 1, 1);
        micros = 0;
        break;
    case DatePart::Quarter:
        days = daysFromCivil(y, (m - 1) / 3 * 3 + 1, 1);
        micros = 0;
        break;
    case DatePart::Month:
        days = daysFromCivil(y, m, 1);
        micros = 0;
        break;
    case DatePart::Week:
        days = m_days - mondayBasedWeekday();
        micros = 0;
        break;
    case DatePart::Day:
        micros = 0;
        break;
    case DatePart::Hour:
        micros = micros / kMicrosPerHour * kMicrosPerHour;
        break;
    case DatePart::Minute:
        micros = micros / kMicrosPerMinute * kMicrosPerMinute;
        break;
    case DatePart::Second:
        micros = micros / kMicrosPerSecond * kMicrosPerSecond;
        break;
    case DatePart::Millisecond:
        micros = micros / 1000 * 1000;
        break;
    case DatePart::Microsecond:
        break;
    }
    return fromDays(days, m_hasTime ? micros : 0, m_hasTime);
}

std::optional<DateTimeValue> DateTimeValue::lastDay(DatePart part) const
{
    int y, m, d;
    civilFromDays(m_days, y, m, d);
    switch (part) {
    case DatePart::Year:
        return fromDate(y, 12, 31);
    case DatePart::Quarter: {
        const int lastMonth = (m - 1) / 3 * 3 + 3;
        return fromDate(y, lastMonth, daysInMonth(y, lastMonth));
    }
    case DatePart::Month:
        return fromDate(y, m, daysInMonth(y, m));
    case DatePart::Week:
        return fromDays(m_days - mondayBasedWeekday() + 6, 0, false);
    default:
        return std::nullopt;
    }
}

std::optional<DateTimeValue> DateTimeValue::plus(DatePart part, qint64 n) const
{
    // Keeps every intermediate far from overflow; the year check below does the rest.
    if (n > 4'000'000'000'000LL || n < -4'000'000'000'000LL)
        return std::nullopt;
    qint64 months = 0;
    qint64 stepMicros = 0;
    switch (part) {
    case DatePart::Year:
        months = n * 12;
        break;
    case DatePart::Quarter:
        months = n * 3;
        break;
    case DatePart::Month:
        months = n;
        break;
    case DatePart::Week:
        stepMicros = 7 * kMicrosPerDay;
        break;
    case DatePart::Day:
        stepMicros = kMicrosPerDay;
        break;
    case DatePart::Hour:
        stepMicros = kMicrosPerHour;
        break;
    case DatePart::Minute:
        stepMicros = kMicrosPerMinute;
        break;
    case DatePart::Second:
        stepMicros = kMicrosPerSecond;
        break;
    case DatePart::Millisecond:
        stepMicros = 1000;
        break;
    case DatePart::Microsecond:
        stepMicros = 1;
        break;
    }

    DateTimeValue result;
    if (stepMicros == 0) {
        int y, m, d;
        civilFromDays(m_days, y, m, d);
        const qint64 index = qint64(y) * 12 + (m - 1) + months;
        const qint64 newYear = floorDiv(index, 12);
        if (newYear < 0 || newYear > 9999)
            return std::nullopt;
        const int newMonth = int(index - newYear * 12) + 1;
        const int newDay = qMin(d, daysInMonth(int(newYear), newMonth));
        result = fromDays(daysFromCivil(int(newYear), newMonth, newDay), m_micros, m_hasTime);
    } else {
        if (n > 0 && n > (qint64(10000) * 366 * kMicrosPerDay) / stepMicros)
            return std::nullopt;
        if (n < 0 && -n > (qint64(10000) * 366 * kMicrosPerDay) / stepMicros)
            return std::nullopt;
        const qint64 total = epochMicros() + n * stepMicros;
        const qint64 days = floorDiv(total, kMicrosPerDay);
        const bool becomesTimestamp = m_hasTime || stepMicros < kMicrosPerDay;
        result = fromDays(days, total - days * kMicrosPerDay, becomesTimestamp);
        if (result.year() < 0 || result.year() > 9999)
            return std::nullopt;
    }
    return result;
}

qint64 DateTimeValue::boundariesTo(const DateTimeValue &other, DatePart part) const
{
    switch (part) {
    case DatePart::Year:
        return qint64(other.year()) - year();
    case DatePart::Quarter:
        return (qint64(other.year()) * 4 + other.quarter()) - (qint64(year()) * 4 + quarter());
    case DatePart::Month:
        return monthIndex(other) - monthIndex(*this);
    case DatePart::Week:
        return (other.truncated(DatePart::Week).m_days - truncated(DatePart::Week).m_days) / 7;
    case DatePart::Day:
        return other.m_days - m_days;
    case DatePart::Hour:
        return floorDiv(other.epochMicros(), kMicrosPerHour)
            - floorDiv(epochMicros(), kMicrosPerHour);
    case DatePart::Minute:
        return floorDiv(other.epochMicros(), kMicrosPerMinute)
            - floorDiv(epochMicros(), kMicrosPerMinute);
    case DatePart::Second:
        return floorDiv(other.epochMicros(), kMicrosPerSecond)
            - floorDiv(epochMicros(), kMicrosPerSecond);
    case DatePart::Millisecond:
        return floorDiv(other.epochMicros(), 1000) - floorDiv(epochMicros(), 1000);
    case DatePart::Microsecond:
        return other.epochMicros() - epochMicros();
    }
    return 0;
}

std::string DateTimeValue::toString() const
{
    int y, m, d;
    civilFromDays(m_days, y, m, d);
    char buffer[40];
    if (!m_hasTime) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
        return buffer;
    }
    const qint64 fraction = m_micros % kMicrosPerSecond;
    int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d,
                               hour(), minute(), second());
    if (fraction != 0 && fraction % 1000 == 0)
        std::snprintf(buffer + length, sizeof buffer - size_t(length), ".%03d",
                      int(fraction / 1000));
    else if (fraction != 0)
        std::snprintf(buffer + length, sizeof buffer - size_t(length), ".%06d", int(fraction));
    return buffer;
}

} // namespace Trellis::Core
