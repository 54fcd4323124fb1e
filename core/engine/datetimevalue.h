#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

namespace Trellis::Core {

// The units warehouse date functions take (date_trunc, datediff, dateadd, last_day).
enum class DatePart {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Millisecond,
    Microsecond
};

// A date or a timestamp without time zone, as SQLite stores them in text: 'YYYY-MM-DD' or
// 'YYYY-MM-DD HH:MM:SS[.fff]'. Holds days since 1970-01-01 (proleptic Gregorian) and the
// microseconds into that day, so arithmetic is integer arithmetic. Remembers whether it was a
// date, because warehouse functions return a date for a date and a timestamp for a timestamp.
// A plain value; no time zones (an input offset is folded into UTC, as SQLite's date functions
// do).
class DateTimeValue
{
public:
    static constexpr qint64 kMicrosPerDay = 86'400'000'000LL;

    // Accepts 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM[:SS[.f…]]' with ' ' or 'T' between date and
    // time, up to 9 fraction digits (kept to microseconds), and an optional 'Z' or ±HH:MM.
    static std::optional<DateTimeValue> parse(std::string_view text);
    static DateTimeValue fromDate(int year, int month, int day);
    static DateTimeValue fromDays(qint64 days, qint64 micros, bool hasTime);

    // Year, month and day from days since the epoch, and back (Howard Hinnant's algorithms).
    static qint64 daysFromCivil(int year, int month, int day);
    static void civilFromDays(qint64 days, int &year, int &month, int &day);
    static int daysInMonth(int year, int month);

    // Snowflake's part names and their common abbreviations, case-insensitive.
    static std::optional<DatePart> parsePart(std::string_view name);

    bool hasTime() const { return m_hasTime; }
    qint64 days() const { return m_days; }
    qint64 microsOfDay() const { return m_micros; }
    // Microseconds since the epoch, for sub-day arithmetic.
    qint64 epochMicros() const { return m_days * kMicrosPerDay + m_micros; }

    int year() const;
    int month() const;
    int day() const;
    int quarter() const { return (month() - 1) / 3 + 1; }
    int hour() const { return int(m_micros / 3'600'000'000LL); }
    int minute() const { return int(m_micros / 60'000'000LL % 60); }
    int second() const { return int(m_micros / 1'000'000 % 60); }
    int dayOfYear() const;
    // 0 = Monday … 6 = Sunday.
    int mondayBasedWeekday() const;
    int isoWeek() const;

    DateTimeValue asDate() const { return fromDays(m_days, 0, false); }
    DateTimeValue asTimestamp() const { return fromDays(m_days, m_micros, true); }

    // The start of the part's period containing this value (weeks start on Monday). A date
    // stays a date; truncating a date to an hour or finer leaves it as it is.
    DateTimeValue truncated(DatePart part) const;
    // The last day of the part's period (year, quarter, month or week) as a date.
    std::optional<DateTimeValue> lastDay(DatePart part) const;
    // Adds n parts. Months clamp to the month's end (Jan 31 + 1 month = Feb 28/29). A date plus
    // hours or finer becomes a timestamp. Empty when the result leaves years 0…9999.
    std::optional<DateTimeValue> plus(DatePart part, qint64 n) const;
    // Snowflake DATEDIFF: the number of part boundaries crossed going from this to other.
    qint64 boundariesTo(const DateTimeValue &other, DatePart part) const;

    // 'YYYY-MM-DD' for a date; 'YYYY-MM-DD HH:MM:SS' for a timestamp, with '.fff' (or '.ffffff')
    // only when there is a fraction, as SQLite's strftime('%f') would show it.
    std::string toString() const;

private:
    qint64 m_days = 0;
    qint64 m_micros = 0;
    bool m_hasTime = false;
};

} // namespace Trellis::Core
