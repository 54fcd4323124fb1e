// String and comparison functions. Lengths and positions count characters (code points), not
// bytes, as every warehouse does; the text itself stays UTF-8 throughout.

#include "sqlfunctions_p.h"

#include <QCryptographicHash>

#include <cstring>
#include <string>

namespace Trellis::Core::SqlFunctionsPrivate {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

qint64 characterCount(std::string_view text)
{
    qint64 count = 0;
    for (char c : text) {
        if (!isContinuationByte(c))
            ++count;
    }
    return count;
}

// Byte offset of the character at index (clamped to the text's end).
size_t byteOffsetOfCharacter(std::string_view text, qint64 index)
{
    size_t pos = 0;
    for (qint64 seen = 0; pos < text.size(); ++pos) {
        if (!isContinuationByte(text[pos])) {
            if (seen == index)
                return pos;
            ++seen;
        }
    }
    return text.size();
}

std::string_view charactersFrom(std::string_view text, qint64 first, qint64 count)
{
    const size_t begin = byteOffsetOfCharacter(text, first);
    const size_t end = begin + byteOffsetOfCharacter(text.substr(begin), count);
    return text.substr(begin, end - begin);
}

// Postgres left(): a negative n means "all but the last |n| characters".
void left(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const std::string_view text = textOf(argv[0]);
    const qint64 n = sqlite3_value_int64(argv[1]);
    const qint64 length = characterCount(text);
    const qint64 keep = n >= 0 ? qMin(n, length) : qMax<qint64>(0, length + n);
    resultText(context, charactersFrom(text, 0, keep));
}

// Postgres right(): a negative n means "all but the first |n| characters".
void right(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const std::string_view text = textOf(argv[0]);
    const qint64 n = sqlite3_value_int64(argv[1]);
    const qint64 length = characterCount(text);
    const qint64 keep = n >= 0 ? qMin(n, length) : qMax<qint64>(0, length + n);
    resultText(context, charactersFrom(text, length - keep, keep));
}

// lpad/rpad: pad to length characters with fill (default a space), or cut to length when the
// text is longer (from the right, in both, as Postgres and Snowflake do).
template<bool PadLeft> void pad(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, PadLeft ? "lpad" : "rpad", argc, 2, 3))
        return;
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const std::string_view text = textOf(argv[0]);
    const qint64 length = sqlite3_value_int64(argv[1]);
    const std::string_view fill = argc == 3 ? textOf(argv[2]) : std::string_view(" ");
    if (length <= 0)
        return resultText(context, {});
    const qint64 have = characterCount(text);
    if (have >= length || fill.empty())
        return resultText(context, charactersFrom(text, 0, qMin(have, length)));
    if (length > 100'000'000)
        return sqlite3_result_error_toobig(context);
    const qint64 fillLength = characterCount(fill);
    const qint64 missing = length - have;
    std::string padding;
    for (qint64 i = 0; i < missing / fillLength; ++i)
        padding.append(fill);
    padding.append(charactersFrom(fill, 0, missing % fillLength));
    resultText(context, PadLeft ? padding + std::string(text) : std::string(text) + padding);
}

// Snowflake split_part: parts are 1-based, 0 counts as 1, negative counts from the end, and
// a part that does not exist is ''.
void splitPart(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const std::string_view text = textOf(argv[0]);
    const std::string_view delimiter = textOf(argv[1]);
    qint64 n = sqlite3_value_int64(argv[2]);
    if (n == 0)
        n = 1;
    std::vector<std::string_view> parts;
    if (delimiter.empty()) {
        parts.push_back(text);
    } else {
        size_t start = 0;
        for (;;) {
            const size_t at = text.find(delimiter, start);
            if (at == std::string_view::npos) {
                parts.push_back(text.substr(start));
                break;
            }
            parts.push_back(text.substr(start, at - start));
            start = at + delimiter.size();
        }
    }
    const qint64 count = qint64(parts.size());
    const qint64 index = n > 0 ? n - 1 : count + n;
    if (index < 0 || index >= count)
        return resultText(context, {});
    resultText(context, parts[size_t(index)]);
}

// position(needle, haystack[, start]) / charindex: the 1-based character position of the
// first match at or after start, or 0.
void findPosition(sqlite3_context *context, int argc, sqlite3_value **argv, int needleArg,
                  int haystackArg)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const std::string_view needle = textOf(argv[needleArg]);
    const std::string_view haystack = textOf(argv[haystackArg]);
    const qint64 start = argc == 3 ? qMax<qint64>(1, sqlite3_value_int64(argv[2])) : 1;
    const size_t from = byteOffsetOfCharacter(haystack, start - 1);
    if (from > haystack.size() || (from == haystack.size() && !needle.empty()))
        return sqlite3_result_int64(context, 0);
    const size_t at = haystack.find(needle, from);
    if (at == std::string_view::npos)
        return sqlite3_result_int64(context, 0);
    sqlite3_result_int64(context, characterCount(haystack.substr(0, at)) + 1);
}

void position(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (checkArgumentCount(context, "position", argc, 2, 3))
        findPosition(context, argc, argv, 0, 1);
}

void charindex(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (checkArgumentCount(context, "charindex", argc, 2, 3))
        findPosition(context, argc, argv, 0, 1);
}

// Postgres strpos(haystack, needle).
void strpos(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    findPosition(context, argc, argv, 1, 0);
}

void md5(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (isNull(argv[0]))
        return sqlite3_result_null(context);
    QByteArrayView bytes;
    if (sqlite3_value_type(argv[0]) == SQLITE_BLOB) {
        bytes = QByteArrayView(static_cast<const char *>(sqlite3_value_blob(argv[0])),
                               sqlite3_value_bytes(argv[0]));
    } else {
        const std::string_view text = textOf(argv[0]);
        bytes = QByteArrayView(text.data(), qsizetype(text.size()));
    }
    const QByteArray hex = QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
    resultText(context, std::string_view(hex.constData(), size_t(hex.size())));
}

// Truth as SQLite's own CASE WHEN sees it: NULL is false, numbers are true unless zero, text
// is converted to a number first.
bool isTrue(sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_NULL:
        return false;
    case SQLITE_INTEGER:
        return sqlite3_value_int64(value) != 0;
    default:
        return sqlite3_value_double(value) != 0.0;
    }
}

void iff(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_value(context, isTrue(argv[0]) ? argv[1] : argv[2]);
}

void nvl(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_value(context, isNull(argv[0]) ? argv[1] : argv[0]);
}

// Snowflake nvl2(a, b, c): b when a is not NULL, else c.
void nvl2(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_value(context, isNull(argv[0]) ? argv[2] : argv[1]);
}

// SQLite's ordering of values of different classes: NULL < numbers < text < blobs; numbers
// compare by value, text and blobs bytewise (the BINARY collation).
int compareValues(sqlite3_value *a, sqlite3_value *b)
{
    auto rank = [](int type) {
        switch (type) {
        case SQLITE_NULL:
            return 0;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
            return 1;
        case SQLITE_TEXT:
            return 2;
        default:
            return 3;
        }
    };
    const int typeA = sqlite3_value_type(a);
    const int typeB = sqlite3_value_type(b);
    if (rank(typeA) != rank(typeB))
        return rank(typeA) < rank(typeB) ? -1 : 1;
    if (rank(typeA) == 1) {
        if (typeA == SQLITE_INTEGER && typeB == SQLITE_INTEGER) {
            const qint64 x = sqlite3_value_int64(a), y = sqlite3_value_int64(b);
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        const double x = sqlite3_value_double(a), y = sqlite3_value_double(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const void *dataA = typeA == SQLITE_TEXT ? static_cast<const void *>(sqlite3_value_text(a))
                                             : sqlite3_value_blob(a);
    const void *dataB = typeB == SQLITE_TEXT ? static_cast<const void *>(sqlite3_value_text(b))
                                             : sqlite3_value_blob(b);
    const int sizeA = sqlite3_value_bytes(a), sizeB = sqlite3_value_bytes(b);
    const int common = qMin(sizeA, sizeB);
    const int order = common > 0 ? std::memcmp(dataA, dataB, size_t(common)) : 0;
    if (order != 0)
        return order;
    return sizeA < sizeB ? -1 : (sizeA > sizeB ? 1 : 0);
}

// Postgres greatest/least: NULL arguments are ignored; the result is NULL only when all are.
// (Snowflake, and SQLite's multi-argument max/min, return NULL if any argument is NULL.)
template<bool Greatest> void extreme(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, Greatest ? "greatest" : "least", argc, 1, 127))
        return;
    sqlite3_value *best = nullptr;
    for (int i = 0; i < argc; ++i) {
        if (isNull(argv[i]))
            continue;
        if (!best)
            best = argv[i];
        else if (const int order = compareValues(argv[i], best); Greatest ? order > 0 : order < 0)
            best = argv[i];
    }
    if (!best)
        return sqlite3_result_null(context);
    sqlite3_result_value(context, best);
}

// concat skips NULLs, like Postgres and SQLite's own concat() from 3.44 (so upgrading SQLite
// changes nothing). Snowflake's concat would return NULL instead.
void concat(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    std::string joined;
    for (int i = 0; i < argc; ++i) {
        if (!isNull(argv[i]))
            joined.append(textOf(argv[i]));
    }
    resultText(context, joined);
}

// concat_ws(separator, ...): NULL separator gives NULL; NULL values are skipped.
void concatWs(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, "concat_ws", argc, 2, 127))
        return;
    if (isNull(argv[0]))
        return sqlite3_result_null(context);
    const std::string separator(textOf(argv[0]));
    std::string joined;
    bool first = true;
    for (int i = 1; i < argc; ++i) {
        if (isNull(argv[i]))
            continue;
        if (!first)
            joined.append(separator);
        joined.append(textOf(argv[i]));
        first = false;
    }
    resultText(context, joined);
}

} // namespace

void addTextFunctions(Registrar &r)
{
    // left() and right() cannot be called by these names in SQLite's grammar (LEFT and RIGHT are
    // join keywords); DialectRewriter quotes them ("left"(…)), which SQLite accepts.
    r.scalar("left", 2, left);
    r.scalar("right", 2, right);
    r.scalar("lpad", -1, pad<true>);
    r.scalar("rpad", -1, pad<false>);
    r.scalar("split_part", 3, splitPart);
    r.scalar("position", -1, position);
    r.scalar("charindex", -1, charindex);
    r.scalar("strpos", 2, strpos);
    r.scalar("md5", 1, md5);
    r.scalar("iff", 3, iff);
    r.scalar("nvl", 2, nvl);
    r.scalar("nvl2", 3, nvl2);
    r.scalar("greatest", -1, extreme<true>);
    r.scalar("least", -1, extreme<false>);
    if (!Registrar::builtInSince(3044000)) {
        r.scalar("concat", -1, concat);
        r.scalar("concat_ws", -1, concatWs);
    }
}

} // namespace Trellis::Core::SqlFunctionsPrivate
