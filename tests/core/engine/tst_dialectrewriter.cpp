#include "enginetest.h"

#include "core/engine/dialectrewriter.h"
#include "core/engine/sqltypemap.h"

#include <QTest>

using Trellis::Core::DialectRewriter;
using Trellis::Core::SqlTypeMap;
using Trellis::Core::ValueKind;

class TestDialectRewriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewrites_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *input, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        row("identifier", "select x::int from t", "select CAST(x AS int) from t");
        row("qualified", "select t.x::text", "select CAST(t.x AS text)");
        row("schema qualified", "select s.t.x::text", "select CAST(s.t.x AS text)");
        row("quoted identifier", "select \"My Col\"::varchar(10)",
            "select CAST(\"My Col\" AS varchar(10))");
        row("qualified quoted", "select \"t\".\"x\"::int", "select CAST(\"t\".\"x\" AS int)");
        row("string literal", "select '42'::int", "select CAST('42' AS int)");
        row("number", "select 42::text", "select CAST(42 AS text)");
        row("negative binds after cast", "select -1::text", "select -CAST(1 AS text)");
        row("parentheses", "select (a + b)::numeric(12,2)",
            "select CAST((a + b) AS numeric(12,2))");
        row("function call", "select sum(x)::float", "select CAST(sum(x) AS float)");
        row("nested call", "select coalesce(f(a), 0)::int",
            "select CAST(coalesce(f(a), 0) AS int)");
        row("window function", "select sum(x) over (partition by y)::int",
            "select CAST(sum(x) over (partition by y) AS int)");
        row("case", "select case when a then 1 else 0 end::text",
            "select CAST(case when a then 1 else 0 end AS text)");
        row("chain", "select x::text::int", "select CAST(CAST(x AS text) AS int)");
        row("chain of three", "select x::int::text::int",
            "select CAST(CAST(CAST(x AS int) AS text) AS int)");
        row("chain through function cast", "select x::date::text",
            "select CAST(to_date(x) AS text)");
        row("spaces around", "select x :: int", "select CAST(x  AS int)");
        row("two words", "select x::double precision", "select CAST(x AS double precision)");
        row("date", "select '2024-01-31'::date", "select to_date('2024-01-31')");
        row("timestamp_ntz", "select ts::timestamp_ntz", "select to_timestamp(ts)");
        row("timestamp with time zone", "select ts::timestamp with time zone",
            "select to_timestamp(ts)");
        row("boolean", "select flag::boolean", "select to_boolean(flag)");
        row("string becomes text", "select x::string", "select CAST(x AS TEXT)");
        row("variant becomes text", "select v::variant", "select CAST(v AS TEXT)");
        row("parameter", "select ?1::int", "select CAST(?1 AS int)");
        row("in comparison", "where a::int = b::int", "where CAST(a AS int) = CAST(b AS int)");
        row("in string untouched", "select 'a::int'", "select 'a::int'");
        row("in line comment untouched", "select 1 -- x::int\n", "select 1 -- x::int\n");
        row("in block comment untouched", "select /* x::int */ 1", "select /* x::int */ 1");
        row("in quoted identifier untouched", "select \"a::int\"", "select \"a::int\"");
        row("doubled quote in string", "select 'it''s'::text", "select CAST('it''s' AS text)");
        row("explicit cast to date", "select cast(x as date)", "select to_date(x)");
        row("explicit cast to timestamp", "select CAST(a || b AS timestamp)",
            "select to_timestamp(a || b)");
        row("explicit cast to string", "select cast(x as string)", "select cast(x as TEXT)");
        row("explicit cast left alone", "select cast(x as varchar(10))",
            "select cast(x as varchar(10))");
        row("cast inside explicit cast", "select cast(x::int as date)",
            "select to_date(CAST(x AS int))");
        row("left function", "select left(name, 3) from t", "select \"left\"(name, 3) from t");
        row("right function", "select RIGHT(name, 3)", "select \"RIGHT\"(name, 3)");
        row("left join untouched", "select * from a left join b on a.id = b.id",
            "select * from a left join b on a.id = b.id");
        row("left outer join untouched", "from a left outer join (select 1) b",
            "from a left outer join (select 1) b");
        row("bare date part", "select datediff(day, a, b)", "select datediff('day', a, b)");
        row("bare date part in date_trunc", "select date_trunc(month, ts)",
            "select date_trunc('month', ts)");
        row("quoted date part untouched", "select dateadd('day', 1, ts)",
            "select dateadd('day', 1, ts)");
        row("column named like a function arg", "select datediff(day_col, a, b)",
            "select datediff(day_col, a, b)");
        row("extract", "select extract(year from ts)", "select date_part('year', ts)");
        row("position in", "select position('a' in name)", "select position('a' , name)");
        row("position with commas untouched", "select position('a', name)",
            "select position('a', name)");
        row("unknown type kept", "select x::geography", "select CAST(x AS geography)");
        row("no operand", "select ::int", "select ::int");
        row("utf8", "select 'é'::text, ü::int", "select CAST('é' AS text), CAST(ü AS int)");
    }
    void rewrites()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DialectRewriter::rewrite(input).sql, expected);
    }

    void mapsPositionsBack()
    {
        const QString input = QStringLiteral("select a::int,\n  b::date, bad(");
        const auto rewritten = DialectRewriter::rewrite(input);
        QCOMPARE(rewritten.sql, QStringLiteral("select CAST(a AS int),\n  to_date(b), bad("));
        // Copied text maps exactly; inserted text maps to where it was inserted.
        QCOMPARE(rewritten.originalIndex(rewritten.sql.indexOf(u'a')), input.indexOf(u'a'));
        QCOMPARE(rewritten.originalIndex(rewritten.sql.indexOf(QLatin1String("bad("))),
                 input.indexOf(QLatin1String("bad(")));
        QCOMPARE(rewritten.originalIndex(rewritten.sql.indexOf(QLatin1String("CAST"))),
                 input.indexOf(u'a'));
        QCOMPARE(rewritten.originalIndex(rewritten.sql.size()), input.size());
    }

    void rewrittenSqlRunsInSqlite_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("date cast keeps the date") << "select '2024-01-31'::date"
                                                  << "2024-01-31";
        QTest::newRow("timestamp from date") << "select cast('2024-01-31' as timestamp)"
                                             << "2024-01-31 00:00:00";
        QTest::newRow("text to int") << "select '42'::int + 1"
                                     << "43";
        QTest::newRow("boolean text") << "select 'true'::boolean"
                                      << "1";
        QTest::newRow("numeric with scale") << "select '12.50'::numeric(12,2)"
                                            << "12.5";
        QTest::newRow("string keeps zeros") << "select ('007'::string)"
                                            << "007";
        QTest::newRow("left") << "select left('abcdef', 2) || right('abcdef', 2)"
                              << "abef";
        QTest::newRow("bare part") << "select datediff(day, '2024-01-01', '2024-01-31')"
                                   << "30";
        QTest::newRow("extract") << "select extract(month from '2024-05-17')"
                                 << "5";
        QTest::newRow("position in") << "select position('c' in 'abc')"
                                     << "3";
    }
    void rewrittenSqlRunsInSqlite()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        auto connection = EngineTest::memoryConnection();
        QCOMPARE(EngineTest::evaluate(connection.handle(), DialectRewriter::rewrite(sql).sql),
                 expected);
    }

    void typeMap_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("declared");
        QTest::newRow("varchar(n)") << "varchar(20)" << int(ValueKind::Text) << "varchar(20)";
        QTest::newRow("string") << "string" << int(ValueKind::Text) << "TEXT";
        QTest::newRow("json") << "json" << int(ValueKind::Text) << "TEXT";
        QTest::newRow("bigint") << "BIGINT" << int(ValueKind::Integer) << "BIGINT";
        QTest::newRow("number(38,0)")
            << "number(38,0)" << int(ValueKind::Numeric) << "number(38,0)";
        QTest::newRow("double precision")
            << "double precision" << int(ValueKind::Real) << "double precision";
        QTest::newRow("float64") << "float64" << int(ValueKind::Real) << "float64";
        QTest::newRow("boolean") << "boolean" << int(ValueKind::Boolean) << "boolean";
        QTest::newRow("date") << "date" << int(ValueKind::Date) << "date";
        QTest::newRow("timestamp_ntz")
            << "timestamp_ntz" << int(ValueKind::Timestamp) << "timestamp_ntz";
        QTest::newRow("timestamp(3) with time zone")
            << "timestamp(3) with time zone" << int(ValueKind::Timestamp)
            << "timestamp(3) with time zone";
        QTest::newRow("bytea") << "bytea" << int(ValueKind::Blob) << "BLOB";
        QTest::newRow("unknown") << "geography" << int(ValueKind::Unknown) << "geography";
    }
    void typeMap()
    {
        QFETCH(QString, type);
        QFETCH(int, kind);
        QFETCH(QString, declared);
        QCOMPARE(int(SqlTypeMap::kindOf(type)), kind);
        QCOMPARE(SqlTypeMap::declaredType(type), declared);
    }
};

QTEST_GUILESS_MAIN(TestDialectRewriter)
#include "tst_dialectrewriter.moc"
