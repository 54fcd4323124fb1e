#pragma once

#include <string_view>

namespace Trellis::Core {

// The types dbt infers for seed columns (agate's TypeTester as dbt configures it).
enum class SeedType { Integer, Number, Date, Timestamp, Boolean, Text };

// Infers one CSV column's type from its values the way dbt does: the first of Integer, Number,
// Date ('YYYY-MM-DD'), Timestamp ('YYYY-MM-DD HH:MM:SS' or ISO 8601), Boolean ('true'/'false',
// any case) and Text that every non-null value fits. Null cells are '' and 'null' (any case).
// A column with only nulls is Integer, as in dbt. Feed every value, then read type().
// A plain value; not thread-safe.
class SeedTypeInference
{
public:
    void add(std::string_view value);
    SeedType type() const;

    static bool isNull(std::string_view value);
    static bool isInteger(std::string_view value);
    static bool isNumber(std::string_view value);
    static bool isDate(std::string_view value);
    static bool isTimestamp(std::string_view value);
    static bool isBoolean(std::string_view value);
    // The canonical text of a true/false value, 1 or 0; -1 if it is neither.
    static int booleanValue(std::string_view value);

    static const char *sqlType(SeedType type);

private:
    // Bit i set: the column may still be SeedType(i).
    unsigned m_candidates = 0x1F;
};

} // namespace Trellis::Core
