#include "enginetest.h"

#include "core/engine/sqlfunctions.h"

#include <QTest>

using Trellis::Core::SqliteConnection;

// Each row is one SQL expression and its result as EngineTest::evaluate renders it. Errors are
// matched by prefix ("ERROR: date_trunc(): unknown…").
class TestSqlFunctions : public QObject
{
    Q_OBJECT

    SqliteConnection m_connection = EngineTest::memoryConnection();

    static void row(const char *name, const char *sql, const char *expected)
    {
        QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(expected);
    }

    void check()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString actual
            = EngineTest::evaluate(m_connection.handle(), QStringLiteral("SELECT ") + sql);
        if (expected.startsWith(QLatin1String("ERROR")))
            QVERIFY2(actual.startsWith(expected), qPrintable(actual));
        else
            QCOMPARE(actual, expected);
    }

    static void columns()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(EngineTest::execute(m_connection.handle(),
                                    "CREATE TABLE flags(g INTEGER, b INTEGER, s TEXT, n INTEGER);"
                                    "INSERT INTO flags VALUES (1, 1, 'a', 1), (1, 0, 'b', NULL),"
                                    " (1, NULL, NULL, 2), (2, 0, 'c', NULL), (2, 0, 'd', NULL),"
                                    " (3, NULL, NULL, NULL);"));
    }

    void dateTrunc_data()
    {
        columns();
        row("year", "date_trunc('year', '2024-05-17 10:11:12')", "2024-01-01 00:00:00");
        row("quarter", "date_trunc('quarter', '2024-05-17')", "2024-04-01");
        row("month", "date_trunc('month', '2024-05-17 10:11:12.345')", "2024-05-01 00:00:00");
        row("week starts monday", "date_trunc('week', '2024-05-19')", "2024-05-13");
        row("week of a monday", "date_trunc('week', '2024-05-13 08:00:00')", "2024-05-13 00:00:00");
        row("week across a year", "date_trunc('week', '2025-01-01')", "2024-12-30");
        row("day", "date_trunc('day', '2024-05-17 10:11:12')", "2024-05-17 00:00:00");
        row("hour", "date_trunc('hour', '2024-05-17 10:11:12')", "2024-05-17 10:00:00");
        row("minute", "date_trunc('minute', '2024-05-17 10:11:12.5')", "2024-05-17 10:11:00");
        row("second drops fraction", "date_trunc('second', '2024-05-17 10:11:12.5')",
            "2024-05-17 10:11:12");
        row("date stays a date for hour", "date_trunc('hour', '2024-05-17')", "2024-05-17");
        row("upper-case part", "date_trunc('MONTH', '2024-05-17')", "2024-05-01");
        row("abbreviated part", "date_trunc('mm', '2024-05-17')", "2024-05-01");
        row("T separator", "date_trunc('day', '2024-05-17T10:11:12')", "2024-05-17 00:00:00");
        row("null timestamp", "date_trunc('day', NULL)", "NULL");
        row("null part", "date_trunc(NULL, '2024-05-17')", "NULL");
        row("not a date", "date_trunc('day', 'yesterday')", "NULL");
        row("number is not a date", "date_trunc('day', 20240517)", "NULL");
        row("unknown part", "date_trunc('fortnight', '2024-05-17')",
            "ERROR: date_trunc(): unknown date part 'fortnight'");
    }
    void dateTrunc() { check(); }

    void dateDiff_data()
    {
        columns();
        row("year boundary", "datediff('year', '2023-12-31', '2024-01-01')", "1");
        row("same year", "datediff('year', '2024-01-01', '2024-12-31')", "0");
        row("quarter", "datediff('quarter', '2024-03-31', '2024-04-01')", "1");
        row("month", "datediff('month', '2024-01-31', '2024-02-01')", "1");
        row("months backwards", "datediff('month', '2024-03-15', '2023-12-01')", "-3");
        row("week boundary is monday", "datediff('week', '2024-05-19', '2024-05-20')", "1");
        row("same week", "datediff('week', '2024-05-13', '2024-05-19')", "0");
        row("days", "datediff('day', '2024-02-28', '2024-03-01')", "2");
        row("day ignores time", "datediff('day', '2024-02-28 23:59:59', '2024-02-29 00:00:01')",
            "1");
        row("hours", "datediff('hour', '2024-01-01 10:59:00', '2024-01-01 11:00:00')", "1");
        row("minutes", "datediff('minute', '2024-01-01 10:00:59', '2024-01-01 10:01:00')", "1");
        row("seconds", "datediff('second', '2024-01-01 10:00:00.9', '2024-01-01 10:00:01.1')", "1");
        row("date and timestamp", "datediff('hour', '2024-01-01', '2024-01-02 03:00:00')", "27");
        row("alias timestampdiff", "timestampdiff('day', '2024-01-01', '2024-01-10')", "9");
        row("null", "datediff('day', NULL, '2024-01-01')", "NULL");
        row("bad date", "datediff('day', 'x', '2024-01-01')", "NULL");
        row("bad part", "datediff('eon', '2024-01-01', '2024-01-01')",
            "ERROR: datediff(): unknown date part 'eon'");
    }
    void dateDiff() { check(); }

    void dateAdd_data()
    {
        columns();
        row("days", "dateadd('day', 3, '2024-02-27')", "2024-03-01");
        row("negative days", "dateadd('day', -1, '2024-03-01')", "2024-02-29");
        row("month clamps", "dateadd('month', 1, '2024-01-31')", "2024-02-29");
        row("year from leap day", "dateadd('year', 1, '2024-02-29')", "2025-02-28");
        row("quarter", "dateadd('quarter', 1, '2024-11-30')", "2025-02-28");
        row("week", "dateadd('week', 2, '2024-05-13')", "2024-05-27");
        row("hour makes a timestamp", "dateadd('hour', 1, '2024-05-13')", "2024-05-13 01:00:00");
        row("minute over midnight", "dateadd('minute', 30, '2024-05-13 23:45:00')",
            "2024-05-14 00:15:00");
        row("keeps fraction", "dateadd('second', 1, '2024-05-13 10:00:00.250')",
            "2024-05-13 10:00:01.250");
        row("month keeps time", "dateadd('month', 1, '2024-01-31 08:30:00')",
            "2024-02-29 08:30:00");
        row("fraction of amount truncates", "dateadd('day', 1.9, '2024-01-01')", "2024-01-02");
        row("alias timestampadd", "timestampadd('day', 1, '2024-01-01')", "2024-01-02");
        row("null amount", "dateadd('day', NULL, '2024-01-01')", "NULL");
        row("out of range", "dateadd('year', 10000, '2024-01-01')",
            "ERROR: dateadd(): the result is outside");
    }
    void dateAdd() { check(); }

    void dateParts_data()
    {
        columns();
        row("year", "year('2024-05-17 10:11:12')", "2024");
        row("quarter", "quarter('2024-05-17')", "2");
        row("month", "month('2024-05-17')", "5");
        row("day", "day('2024-05-17')", "17");
        row("dayofweek sunday is 0", "dayofweek('2024-05-19')", "0");
        row("dayofweek saturday is 6", "dayofweek('2024-05-18')", "6");
        row("dayofweekiso monday is 1", "dayofweekiso('2024-05-13')", "1");
        row("dayofweekiso sunday is 7", "dayofweekiso('2024-05-19')", "7");
        row("dayofyear", "dayofyear('2024-12-31')", "366");
        row("week is iso", "week('2021-01-03')", "53");
        row("hour", "hour('2024-05-17 10:11:12')", "10");
        row("minute", "minute('2024-05-17 10:11:12')", "11");
        row("second", "second('2024-05-17 10:11:12')", "12");
        row("hour of a date", "hour('2024-05-17')", "0");
        row("null", "year(NULL)", "NULL");
        row("not a date", "month('May')", "NULL");
        row("date_part", "date_part('month', '2024-05-17')", "5");
        row("date_part dow", "date_part('dow', '2024-05-19')", "0");
        row("last_day month", "last_day('2024-02-10')", "2024-02-29");
        row("last_day of timestamp", "last_day('2023-02-10 10:00:00')", "2023-02-28");
        row("last_day year", "last_day('2024-02-10', 'year')", "2024-12-31");
        row("last_day quarter", "last_day('2024-02-10', 'quarter')", "2024-03-31");
        row("last_day week", "last_day('2024-05-15', 'week')", "2024-05-19");
        row("last_day null", "last_day(NULL)", "NULL");
        row("last_day day", "last_day('2024-05-15', 'day')",
            "ERROR: last_day(): the date part must be");
    }
    void dateParts() { check(); }

    void conversions_data()
    {
        columns();
        row("to_date", "to_date('2024-05-17')", "2024-05-17");
        row("to_date of timestamp", "to_date('2024-05-17 10:11:12')", "2024-05-17");
        row("to_date with format", "to_date('17/05/2024', 'DD/MM/YYYY')", "2024-05-17");
        row("to_date with month name", "to_date('17-May-2024', 'DD-MON-YYYY')", "2024-05-17");
        row("to_date two-digit year", "to_date('05/17/24', 'MM/DD/YY')", "2024-05-17");
        row("to_date null", "to_date(NULL)", "NULL");
        row("to_date garbage", "to_date('soon')", "ERROR: to_date(): 'soon' is not a date");
        row("to_date wrong format", "to_date('2024-05-17', 'DD/MM/YYYY')",
            "ERROR: to_date(): '2024-05-17' does not match");
        row("try_to_date garbage", "try_to_date('soon')", "NULL");
        row("to_timestamp of date", "to_timestamp('2024-05-17')", "2024-05-17 00:00:00");
        row("to_timestamp iso", "to_timestamp('2024-05-17T10:11:12Z')", "2024-05-17 10:11:12");
        row("to_timestamp with format", "to_timestamp('2024-05-17 10:11', 'YYYY-MM-DD HH24:MI')",
            "2024-05-17 10:11:00");
        row("try_to_timestamp garbage", "try_to_timestamp('x')", "NULL");
        row("to_boolean true", "to_boolean('TRUE')", "1");
        row("to_boolean f", "to_boolean('f')", "0");
        row("to_boolean number", "to_boolean(2)", "1");
        row("to_boolean null", "to_boolean(NULL)", "NULL");
        row("to_boolean garbage", "to_boolean('maybe')",
            "ERROR: to_boolean(): 'maybe' is not a boolean");
    }
    void conversions() { check(); }

    void strings_data()
    {
        columns();
        row("split_part first", "split_part('a,b,c', ',', 1)", "a");
        row("split_part last", "split_part('a,b,c', ',', 3)", "c");
        row("split_part zero is first", "split_part('a,b,c', ',', 0)", "a");
        row("split_part negative", "split_part('a,b,c', ',', -1)", "c");
        row("split_part negative far", "split_part('a,b,c', ',', -3)", "a");
        row("split_part out of range", "split_part('a,b,c', ',', 4)", "");
        row("split_part negative out of range", "split_part('a,b,c', ',', -4)", "");
        row("split_part empty parts", "split_part('a,,c', ',', 2)", "");
        row("split_part multi-char delimiter", "split_part('a::b::c', '::', 2)", "b");
        row("split_part empty delimiter", "split_part('abc', '', 1)", "abc");
        row("split_part null", "split_part(NULL, ',', 1)", "NULL");
        row("left", "\"left\"('abcdef', 3)", "abc");
        row("left negative", "\"left\"('abcdef', -2)", "abcd");
        row("left too long", "\"left\"('abc', 10)", "abc");
        row("left utf8", "\"left\"('héllo', 2)", "hé");
        row("left null", "\"left\"(NULL, 2)", "NULL");
        row("right", "\"right\"('abcdef', 2)", "ef");
        row("right negative", "\"right\"('abcdef', -2)", "cdef");
        row("right utf8", "\"right\"('naïve', 3)", "ïve");
        row("lpad", "lpad('7', 3, '0')", "007");
        row("lpad default space", "lpad('ab', 4)", "  ab");
        row("lpad truncates", "lpad('hello', 3, '*')", "hel");
        row("lpad multi-char fill", "lpad('x', 6, 'ab')", "ababax");
        row("lpad empty fill", "lpad('x', 3, '')", "x");
        row("lpad zero", "lpad('x', 0, '*')", "");
        row("rpad", "rpad('ab', 5, '-')", "ab---");
        row("rpad utf8", "rpad('é', 3, 'ü')", "éüü");
        row("rpad null", "rpad(NULL, 3)", "NULL");
        row("position", "position('b', 'abcb')", "2");
        row("position utf8", "position('l', 'héllo')", "3");
        row("position missing", "position('z', 'abc')", "0");
        row("position with start", "position('b', 'abcb', 3)", "4");
        row("position empty needle", "position('', 'abc')", "1");
        row("position null", "position(NULL, 'abc')", "NULL");
        row("charindex", "charindex('c', 'abc')", "3");
        row("strpos", "strpos('abc', 'c')", "3");
        row("md5", "md5('hello')", "5d41402abc4b2a76b9719d911017c592");
        row("md5 empty", "md5('')", "d41d8cd98f00b204e9800998ecf8427e");
        row("md5 number as text", "md5(1)", "c4ca4238a0b923820dcc509a6f75849b");
        row("md5 null", "md5(NULL)", "NULL");
        row("concat skips nulls", "concat('a', NULL, 'b', 1)", "ab1");
        row("concat all nulls", "concat(NULL, NULL)", "");
        row("concat_ws", "concat_ws('-', 'a', NULL, 'b')", "a-b");
        row("concat_ws null separator", "concat_ws(NULL, 'a', 'b')", "NULL");
    }
    void strings() { check(); }

    void comparisons_data()
    {
        columns();
        row("iff true", "iff(1 > 0, 'yes', 'no')", "yes");
        row("iff false", "iff(1 < 0, 'yes', 'no')", "no");
        row("iff null is false", "iff(NULL, 'yes', 'no')", "no");
        row("nvl", "nvl(NULL, 5)", "5");
        row("nvl keeps value", "nvl(3, 5)", "3");
        row("nvl2 not null", "nvl2(1, 'a', 'b')", "a");
        row("nvl2 null", "nvl2(NULL, 'a', 'b')", "b");
        row("greatest", "greatest(3, 7, 5)", "7");
        row("greatest ignores null", "greatest(3, NULL, 5)", "5");
        row("greatest all null", "greatest(NULL, NULL)", "NULL");
        row("greatest mixed int real", "greatest(2, 2.5)", "2.5");
        row("greatest text", "greatest('apple', 'banana')", "banana");
        row("greatest dates", "greatest('2024-01-01', '2023-12-31')", "2024-01-01");
        row("greatest text above numbers", "greatest(10, '9')", "9");
        row("least", "least(3, 7, 5)", "3");
        row("least ignores null", "least(NULL, 7, 5)", "5");
        row("least one arg", "least(4)", "4");
        row("least negative", "least(-1, -2.5)", "-2.5");
    }
    void comparisons() { check(); }

    void regex_data()
    {
        columns();
        row("REGEXP operator", "'abc' REGEXP 'a.c'", "1");
        row("REGEXP is anchored", "'xabcx' REGEXP 'abc'", "0");
        row("REGEXP with wildcards", "'xabcx' REGEXP '.*abc.*'", "1");
        row("REGEXP null", "NULL REGEXP 'a'", "NULL");
        row("regexp_like", "regexp_like('Hello', 'h.*')", "0");
        row("regexp_like case-insensitive", "regexp_like('Hello', 'h.*', 'i')", "1");
        row("rlike", "rlike('2024-01-01', '\\d{4}-\\d{2}-\\d{2}')", "1");
        row("regexp_like invalid pattern", "regexp_like('a', 'a(')",
            "ERROR: regexp_like(): invalid regular expression 'a('");
        row("regexp_like bad flag", "regexp_like('a', 'a', 'q')",
            "ERROR: regexp_like(): unknown regular expression parameter");
        row("regexp_replace all", "regexp_replace('a1b22c', '[0-9]+', '#')", "a#b#c");
        row("regexp_replace backreference",
            "regexp_replace('john smith', '(\\w+) (\\w+)', '\\2, \\1')", "smith, john");
        row("regexp_replace removes", "regexp_replace('a-b-c', '-')", "abc");
        row("regexp_replace flags", "regexp_replace('ABC', 'b', 'x', 'i')", "AxC");
        row("regexp_replace g flag", "regexp_replace('aaa', 'a', 'b', 'g')", "bbb");
        row("regexp_replace occurrence", "regexp_replace('aaa', 'a', 'b', 1, 2)", "aba");
        row("regexp_replace position", "regexp_replace('aaa', 'a', 'b', 2)", "abb");
        row("regexp_replace literal backslash", "regexp_replace('a', 'a', '\\\\')", "\\");
        row("regexp_replace null", "regexp_replace(NULL, 'a', 'b')", "NULL");
        row("regexp_substr", "regexp_substr('order 123 and 456', '[0-9]+')", "123");
        row("regexp_substr occurrence", "regexp_substr('order 123 and 456', '[0-9]+', 1, 2)",
            "456");
        row("regexp_substr position", "regexp_substr('123 456', '[0-9]+', 2)", "23");
        row("regexp_substr group", "regexp_substr('k=v', '(\\w)=(\\w)', 1, 1, 'e', 2)", "v");
        row("regexp_substr extract", "regexp_substr('id: 42', 'id: (\\d+)', 1, 1, 'e')", "42");
        row("regexp_substr no match", "regexp_substr('abc', '[0-9]')", "NULL");
        row("regexp_substr missing group", "regexp_substr('abc', 'b', 1, 1, 'c', 3)",
            "ERROR: regexp_substr(): the pattern has no group 3");
        row("regexp_count", "regexp_count('a1b2c3', '[0-9]')", "3");
        row("regexp_count none", "regexp_count('abc', '[0-9]')", "0");
        row("regexp_count position", "regexp_count('a1b2c3', '[0-9]', 3)", "2");
        row("regexp_count case-insensitive", "regexp_count('AaA', 'a', 1, 'i')", "3");
        row("utf8 subject", "regexp_substr('café au lait', 'caf.')", "café");
    }
    void regex() { check(); }

    void aggregates_data()
    {
        columns();
        row("bool_or", "bool_or(b) FROM flags WHERE g = 1", "1");
        row("bool_or all false", "bool_or(b) FROM flags WHERE g = 2", "0");
        row("bool_or only nulls", "bool_or(b) FROM flags WHERE g = 3", "NULL");
        row("bool_and", "bool_and(b) FROM flags WHERE g = 1", "0");
        row("bool_and true", "bool_and(b) FROM flags WHERE g = 1 AND b = 1", "1");
        row("bool_and no rows", "bool_and(b) FROM flags WHERE g = 9", "NULL");
        row("boolor_agg alias", "boolor_agg(b) FROM flags", "1");
        row("bool_or window",
            "group_concat(x) FROM (SELECT bool_or(b) OVER (ORDER BY rowid ROWS BETWEEN CURRENT ROW "
            "AND 1 FOLLOWING) AS x FROM flags)",
            "1,0,0,0,0");
        row("any_value", "any_value(n) FROM flags WHERE g = 1", "1");
        row("any_value skips nulls", "any_value(n) FROM flags WHERE n IS NULL OR n = 2", "2");
        row("any_value only nulls", "any_value(n) FROM flags WHERE g = 3", "NULL");
        row("listagg", "listagg(s, ',') FROM flags WHERE g = 1", "a,b");
        row("listagg no separator", "listagg(s) FROM flags", "abcd");
        row("listagg only nulls is empty", "listagg(s, ',') FROM flags WHERE g = 3", "");
        row("string_agg", "string_agg(s, '|') FROM flags WHERE g = 2", "c|d");
        row("string_agg only nulls is null", "string_agg(s, '|') FROM flags WHERE g = 3", "NULL");
    }
    void aggregates() { check(); }

    void flagsAndNames()
    {
        // Deterministic functions may appear in an index expression; a non-deterministic one
        // could not.
        QVERIFY(EngineTest::execute(
            m_connection.handle(),
            "CREATE TABLE d(ts TEXT); CREATE INDEX d_month ON d(date_trunc('month', ts));"));
        const QStringList names = Trellis::Core::SqlFunctions::names();
        QVERIFY(names.contains(QStringLiteral("date_trunc")));
        QVERIFY(names.contains(QStringLiteral("regexp")));
        // SQLite has iif and ifnull built in; Trellis adds iff and nvl but never shadows those.
        QVERIFY(!names.contains(QStringLiteral("iif")));
        QVERIFY(!names.contains(QStringLiteral("ifnull")));
    }

    void wrongArgumentCount()
    {
        const QString result
            = EngineTest::evaluate(m_connection.handle(), QStringLiteral("SELECT lpad('a')"));
        QVERIFY2(result.contains(QStringLiteral("lpad() takes 2 to 3 arguments")),
                 qPrintable(result));
    }
};

QTEST_GUILESS_MAIN(TestSqlFunctions)
#include "tst_sqlfunctions.moc"
