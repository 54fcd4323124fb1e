// Warehouse date functions over SQLite's text dates ('YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS').
// The arithmetic lives in DateTimeValue; this file only converts arguments and results.

#include "datetimevalue.h"
#include "sqlfunctions_p.h"

#include <QCoreApplication>

#include <array>
#include <cctype>

namespace Trellis::Core::SqlFunctionsPrivate {

namespace {

std::optional<DateTimeValue> dateArgument(sqlite3_value *value)
{
    // Numbers are not dates here: SQLite would read them as Julian days, no warehouse does.
    if (sqlite3_value_type(value) != SQLITE_TEXT)
        return std::nullopt;
    return DateTimeValue::parse(textOf(value));
}

// Reads the date part argument; on failure sets an error naming the function and returns empty.
std::optional<DatePart> partArgument(sqlite3_context *context, sqlite3_value *value,
                                     const char *function)
{
    const std::string_view name = textOf(value);
    if (auto part = DateTimeValue::parsePart(name))
        return part;
    resultError(context,
                FunctionText::tr("%1(): unknown date part '%2'")
                    .arg(QString::fromLatin1(function),
                         QString::fromUtf8(name.data(), qsizetype(name.size()))));
    return std::nullopt;
}

void resultDate(sqlite3_context *context, const DateTimeValue &value)
{
    resultText(context, value.toString());
}

void dateTrunc(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const auto part = partArgument(context, argv[0], "date_trunc");
    if (!part)
        return;
    if (const auto value = dateArgument(argv[1]))
        return resultDate(context, value->truncated(*part));
    sqlite3_result_null(context);
}

void dateDiff(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const auto part = partArgument(context, argv[0], "datediff");
    if (!part)
        return;
    const auto from = dateArgument(argv[1]);
    const auto to = dateArgument(argv[2]);
    if (!from || !to)
        return sqlite3_result_null(context);
    sqlite3_result_int64(context, from->boundariesTo(*to, *part));
}

void dateAdd(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const auto part = partArgument(context, argv[0], "dateadd");
    if (!part)
        return;
    // A fractional amount is truncated toward zero, as an integer cast would.
    const qint64 amount = sqlite3_value_int64(argv[1]);
    const auto value = dateArgument(argv[2]);
    if (!value)
        return sqlite3_result_null(context);
    if (const auto sum = value->plus(*part, amount))
        return resultDate(context, *sum);
    resultError(context, FunctionText::tr("dateadd(): the result is outside the years 0 to 9999"));
}

void lastDay(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, "last_day", argc, 1, 2))
        return;
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    DatePart part = DatePart::Month;
    if (argc == 2) {
        const auto parsed = partArgument(context, argv[1], "last_day");
        if (!parsed)
            return;
        part = *parsed;
    }
    const auto value = dateArgument(argv[0]);
    if (!value)
        return sqlite3_result_null(context);
    if (const auto last = value->lastDay(part))
        return resultDate(context, *last);
    resultError(context,
                FunctionText::tr("last_day(): the date part must be year, quarter, month or week"));
}

// Parses text with a Snowflake/Postgres-style format: YYYY, YY, MM, MON, DD, HH24, MI, SS, and
// any other character must match itself.
std::optional<DateTimeValue> parseWithFormat(std::string_view text, std::string_view format)
{
    static constexpr std::array<std::string_view, 12> kMonths { "jan", "feb", "mar", "apr",
                                                                "may", "jun", "jul", "aug",
                                                                "sep", "oct", "nov", "dec" };
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    bool hasTime = false;
    size_t t = 0;
    auto digits = [&](size_t maxCount, int &out) {
        size_t count = 0;
        int value = 0;
        while (count < maxCount && t < text.size() && std::isdigit((unsigned char)text[t])) {
            value = value * 10 + (text[t++] - '0');
            ++count;
        }
        out = value;
        return count > 0;
    };
    auto startsWith = [](std::string_view s, size_t at, std::string_view token) {
        if (s.size() - at < token.size())
            return false;
        for (size_t i = 0; i < token.size(); ++i) {
            if (std::tolower((unsigned char)s[at + i]) != std::tolower((unsigned char)token[i]))
                return false;
        }
        return true;
    };
    for (size_t f = 0; f < format.size();) {
        if (startsWith(format, f, "yyyy")) {
            if (!digits(4, year))
                return std::nullopt;
            f += 4;
        } else if (startsWith(format, f, "yy")) {
            if (!digits(2, year))
                return std::nullopt;
            year += year < 70 ? 2000 : 1900;
            f += 2;
        } else if (startsWith(format, f, "mon")) {
            bool found = false;
            for (size_t i = 0; i < kMonths.size() && !found; ++i) {
                if (startsWith(text, t, kMonths[i])) {
                    month = int(i) + 1;
                    t += 3;
                    found = true;
                }
            }
            if (!found)
                return std::nullopt;
            f += 3;
        } else if (startsWith(format, f, "mm")) {
            if (!digits(2, month))
                return std::nullopt;
            f += 2;
        } else if (startsWith(format, f, "dd")) {
            if (!digits(2, day))
                return std::nullopt;
            f += 2;
        } else if (startsWith(format, f, "hh24") || startsWith(format, f, "hh")) {
            if (!digits(2, hour))
                return std::nullopt;
            f += startsWith(format, f, "hh24") ? 4 : 2;
            hasTime = true;
        } else if (startsWith(format, f, "mi")) {
            if (!digits(2, minute))
                return std::nullopt;
            f += 2;
            hasTime = true;
        } else if (startsWith(format, f, "ss")) {
            if (!digits(2, second))
                return std::nullopt;
            f += 2;
            hasTime = true;
        } else {
            if (t >= text.size() || text[t] != format[f])
                return std::nullopt;
            ++t;
            ++f;
        }
    }
    if (t != text.size() || month < 1 || month > 12 || day < 1
        || day > DateTimeValue::daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 micros = ((hour * 60LL + minute) * 60 + second) * 1'000'000LL;
    return DateTimeValue::fromDays(DateTimeValue::daysFromCivil(year, month, day), micros, hasTime);
}

// to_date / to_timestamp and their try_ forms. asDate picks the result kind; strict raises an
// error for text that is not a date instead of returning NULL.
template<bool AsDate, bool Strict>
void convertDate(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const char *name = AsDate ? (Strict ? "to_date" : "try_to_date")
                              : (Strict ? "to_timestamp" : "try_to_timestamp");
    if (!checkArgumentCount(context, name, argc, 1, 2))
        return;
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const std::string_view text = textOf(argv[0]);
    const std::optional<DateTimeValue> value
        = argc == 2 ? parseWithFormat(text, textOf(argv[1])) : DateTimeValue::parse(text);
    if (value)
        return resultDate(context, AsDate ? value->asDate() : value->asTimestamp());
    if (!Strict)
        return sqlite3_result_null(context);
    const QString shown = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (argc == 2)
        resultError(
            context,
            FunctionText::tr("%1(): '%2' does not match the format '%3'")
                .arg(QString::fromLatin1(name), shown,
                     QString::fromUtf8(textOf(argv[1]).data(), qsizetype(textOf(argv[1]).size()))));
    else
        resultError(
            context,
            FunctionText::tr("%1(): '%2' is not a date or timestamp (expected YYYY-MM-DD or "
                             "YYYY-MM-DD HH:MM:SS)")
                .arg(QString::fromLatin1(name), shown));
}

enum class Field {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    DayOfWeek,
    DayOfWeekIso,
    DayOfYear,
    Hour,
    Minute,
    Second
};

qint64 fieldOf(const DateTimeValue &value, Field field)
{
    switch (field) {
    case Field::Year:
        return value.year();
    case Field::Quarter:
        return value.quarter();
    case Field::Month:
        return value.month();
    case Field::Week:
        return value.isoWeek();
    case Field::Day:
        return value.day();
    case Field::DayOfWeek:
        // Snowflake (default WEEK_START) and Postgres agree: Sunday is 0.
        return (value.mondayBasedWeekday() + 1) % 7;
    case Field::DayOfWeekIso:
        return value.mondayBasedWeekday() + 1;
    case Field::DayOfYear:
        return value.dayOfYear();
    case Field::Hour:
        return value.hour();
    case Field::Minute:
        return value.minute();
    case Field::Second:
        return value.second();
    }
    return 0;
}

template<Field F> void extractField(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (const auto value = dateArgument(argv[0]))
        return sqlite3_result_int64(context, fieldOf(*value, F));
    sqlite3_result_null(context);
}

void datePart(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const std::string_view name = textOf(argv[0]);
    struct Named
    {
        std::string_view name;
        Field field;
    };
    static constexpr std::array kExtras {
        Named { "dayofweek", Field::DayOfWeek },       Named { "dow", Field::DayOfWeek },
        Named { "dayofweekiso", Field::DayOfWeekIso }, Named { "isodow", Field::DayOfWeekIso },
        Named { "dayofyear", Field::DayOfYear },       Named { "doy", Field::DayOfYear }
    };
    std::optional<Field> field;
    for (const Named &extra : kExtras) {
        if (QByteArrayView(name.data(), qsizetype(name.size()))
                .compare(QByteArrayView(extra.name.data(), qsizetype(extra.name.size())),
                         Qt::CaseInsensitive)
            == 0)
            field = extra.field;
    }
    if (!field) {
        const auto part = partArgument(context, argv[0], "date_part");
        if (!part)
            return;
        switch (*part) {
        case DatePart::Year:
            field = Field::Year;
            break;
        case DatePart::Quarter:
            field = Field::Quarter;
            break;
        case DatePart::Month:
            field = Field::Month;
            break;
        case DatePart::Week:
            field = Field::Week;
            break;
        case DatePart::Day:
            field = Field::Day;
            break;
        case DatePart::Hour:
            field = Field::Hour;
            break;
        case DatePart::Minute:
            field = Field::Minute;
            break;
        case DatePart::Second:
            field = Field::Second;
            break;
        default:
            return resultError(context, FunctionText::tr("date_part(): cannot extract that part"));
        }
    }
    if (const auto value = dateArgument(argv[1]))
        return sqlite3_result_int64(context, fieldOf(*value, *field));
    sqlite3_result_null(context);
}

void toBoolean(sqlite3_context *context, int, sqlite3_value **argv)
{
    switch (sqlite3_value_type(argv[0])) {
    case SQLITE_NULL:
        return sqlite3_result_null(context);
    case SQLITE_INTEGER:
        return sqlite3_result_int(context, sqlite3_value_int64(argv[0]) != 0);
    case SQLITE_FLOAT:
        return sqlite3_result_int(context, sqlite3_value_double(argv[0]) != 0.0);
    default:
        break;
    }
    const std::string_view text = textOf(argv[0]);
    QByteArray lower = QByteArray(text.data(), qsizetype(text.size())).trimmed().toLower();
    static const std::array<QByteArrayView, 6> kTrue { "true", "t", "yes", "y", "on", "1" };
    static const std::array<QByteArrayView, 6> kFalse { "false", "f", "no", "n", "off", "0" };
    for (QByteArrayView word : kTrue) {
        if (lower == word)
            return sqlite3_result_int(context, 1);
    }
    for (QByteArrayView word : kFalse) {
        if (lower == word)
            return sqlite3_result_int(context, 0);
    }
    resultError(
        context,
        FunctionText::tr("to_boolean(): '%1' is not a boolean").arg(QString::fromUtf8(lower)));
}

} // namespace

void addDateFunctions(Registrar &r)
{
    r.scalar("date_trunc", 2, dateTrunc);
    r.scalar("datediff", 3, dateDiff);
    r.scalar("timestampdiff", 3, dateDiff);
    r.scalar("dateadd", 3, dateAdd);
    r.scalar("timestampadd", 3, dateAdd);
    r.scalar("last_day", -1, lastDay);
    r.scalar("to_date", -1, convertDate<true, true>);
    r.scalar("try_to_date", -1, convertDate<true, false>);
    r.scalar("to_timestamp", -1, convertDate<false, true>);
    r.scalar("try_to_timestamp", -1, convertDate<false, false>);
    r.scalar("to_boolean", 1, toBoolean);
    r.scalar("date_part", 2, datePart);
    r.scalar("year", 1, extractField<Field::Year>);
    r.scalar("quarter", 1, extractField<Field::Quarter>);
    r.scalar("month", 1, extractField<Field::Month>);
    r.scalar("week", 1, extractField<Field::Week>);
    r.scalar("weekofyear", 1, extractField<Field::Week>);
    r.scalar("day", 1, extractField<Field::Day>);
    r.scalar("dayofmonth", 1, extractField<Field::Day>);
    r.scalar("dayofweek", 1, extractField<Field::DayOfWeek>);
    r.scalar("dayofweekiso", 1, extractField<Field::DayOfWeekIso>);
    r.scalar("dayofyear", 1, extractField<Field::DayOfYear>);
    r.scalar("hour", 1, extractField<Field::Hour>);
    r.scalar("minute", 1, extractField<Field::Minute>);
    r.scalar("second", 1, extractField<Field::Second>);
}

} // namespace Trellis::Core::SqlFunctionsPrivate
