#include "core/dbt/staticsqlanalyzer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Trellis::Core::SqlCalls;
using Trellis::Core::StaticSqlAnalyzer;

namespace {

// "package.name@version:line:column" for each ref.
QStringList describeRefs(const SqlCalls &calls)
{
    QStringList refs;
    for (const auto &ref : calls.refs) {
        refs.append(QStringLiteral("%1%2%3:%4:%5")
                        .arg(ref.package.isEmpty() ? QString() : ref.package + QLatin1Char('.'),
                             ref.name,
                             ref.version.isEmpty() ? QString() : QLatin1Char('@') + ref.version)
                        .arg(ref.location.line)
                        .arg(ref.location.column));
    }
    return refs;
}

} // namespace

class TestStaticSqlAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsRefs_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("refs");
        QTest::newRow("one argument") << QStringLiteral("select * from {{ ref('orders') }}")
                                      << QStringList{QStringLiteral("orders:1:18")};
        QTest::newRow("two arguments, double quotes")
            << QStringLiteral("select 1\nfrom {{ ref(\"platform\", \"dim_members\") }}")
            << QStringList{QStringLiteral("platform.dim_members:2:9")};
        QTest::newRow("pinned version") << QStringLiteral("{{ ref('dim_members', v=1) }}")
                                        << QStringList{QStringLiteral("dim_members@1:1:4")};
        QTest::newRow("version keyword, string")
            << QStringLiteral("{{ ref('p', 'm', version='2') }}")
            << QStringList{QStringLiteral("p.m@2:1:4")};
        QTest::newRow("whitespace control and set")
            << QStringLiteral("{%- set rel = ref('a') -%}\n{{- ref( 'b' ) -}}")
            << QStringList{QStringLiteral("a:1:15"), QStringLiteral("b:2:5")};
        QTest::newRow("comments and raw are not code")
            << QStringLiteral("{# ref('x') #}{% raw %}{{ ref('y') }}{% endraw %}{{ ref('z') }}")
            << QStringList{QStringLiteral("z:1:53")};
        QTest::newRow("inside a string is not a call")
            << QStringLiteral("{% set s = \"ref('x')\" %}") << QStringList{};
        QTest::newRow("method named ref is not a call")
            << QStringLiteral("{{ graph.ref('x') }}") << QStringList{};
        QTest::newRow("multi-line call")
            << QStringLiteral("{{\n  ref(\n    'finance',\n    'fct_invoices'\n  )\n}}")
            << QStringList{QStringLiteral("finance.fct_invoices:2:3")};
    }

    void findsRefs()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, refs);
        const SqlCalls calls = StaticSqlAnalyzer::analyze(sql, QStringLiteral("m.sql"));
        QCOMPARE(describeRefs(calls), refs);
        QVERIFY(calls.problems.empty());
    }

    void findsSourcesAndConfig()
    {
        const SqlCalls calls = StaticSqlAnalyzer::analyze(
            QStringLiteral("{{ config(materialized='incremental', unique_key=['id', 'day'],\n"
                           "          tags=['nightly'], meta={'owner': 'ops', 'tier': 1},\n"
                           "          enabled=True, on_schema_change=none) }}\n"
                           "select * from {{ source('bikeshare_app', 'rides') }}\n"
                           "{{ config(materialized='table') }}"),
            QStringLiteral("m.sql"));
        QCOMPARE(calls.sources.size(), size_t(1));
        QCOMPARE(calls.sources.front().source, QStringLiteral("bikeshare_app"));
        QCOMPARE(calls.sources.front().table, QStringLiteral("rides"));
        QCOMPARE(calls.sources.front().location.line, 4);
        QCOMPARE(QJsonDocument(calls.config).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"enabled":true,"materialized":"table","meta":{"owner":"ops","tier":1},"on_schema_change":null,"tags":["nightly"],"unique_key":["id","day"]})"));
    }

    // Real projects: a dict as config()'s argument, and `}}` inside a string of the call.
    void readsConfigWrittenAsADict()
    {
        const SqlCalls calls = StaticSqlAnalyzer::analyze(
            QStringLiteral("{{ config({\"materialized\": \"table\", \"enabled\": false}) }}\nselect 1"),
            QStringLiteral("m.sql"));
        QVERIFY(calls.problems.empty());
        QCOMPARE(QJsonDocument(calls.config).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"enabled":false,"materialized":"table"})"));
    }

    void keepsClosersInsideStrings()
    {
        const SqlCalls calls = StaticSqlAnalyzer::analyze(
            QStringLiteral("{{ config(alias='renamed', post_hook='select * from {{ this }}') }}\n"
                           "select * from {{ ref(\"a\") }}"),
            QStringLiteral("m.sql"));
        QVERIFY2(calls.problems.empty(), qPrintable(calls.problems.empty() ? QString() : calls.problems.front().message));
        QCOMPARE(calls.config.value(QStringLiteral("alias")).toString(), QStringLiteral("renamed"));
        QCOMPARE(calls.config.value(QStringLiteral("post_hook")).toString(), QStringLiteral("select * from {{ this }}"));
        QCOMPARE(describeRefs(calls), QStringList{QStringLiteral("a:2:18")});
    }

    void reportsComputedArguments()
    {
        const SqlCalls calls = StaticSqlAnalyzer::analyze(
            QStringLiteral("{% for m in models %}{{ ref(m) }}{% endfor %}\n{{ ref('a' ~ suffix) }}"),
            QStringLiteral("m.sql"));
        QVERIFY(calls.refs.empty());
        QCOMPARE(calls.problems.size(), size_t(2));
        QCOMPARE(calls.problems.at(1).line, 2);
    }

    void reportsBadArgumentCounts()
    {
        const SqlCalls calls = StaticSqlAnalyzer::analyze(
            QStringLiteral("{{ ref() }} {{ source('only_one') }} {{ ref('a', 'b', 'c') }}"),
            QStringLiteral("m.sql"));
        QVERIFY(calls.refs.empty());
        QCOMPARE(calls.problems.size(), size_t(3));
    }

    void survivesUnclosedRegions()
    {
        const SqlCalls calls
            = StaticSqlAnalyzer::analyze(QStringLiteral("select {{ ref('a'"), QStringLiteral("m.sql"));
        QVERIFY(calls.refs.empty());
        QCOMPARE(calls.problems.size(), size_t(1));
    }

    void recordsMacroCalls()
    {
        const SqlCalls calls = StaticSqlAnalyzer::analyze(
            QStringLiteral("{{ dbt.date_trunc('month', 'x') }} {{ cents_to_currency('amount') }}"
                           " {{ var('a') }} {{ dbt.date_trunc('day', 'y') }}"),
            QStringLiteral("m.sql"));
        QCOMPARE(calls.macroCalls,
                 QStringList({QStringLiteral("dbt.date_trunc"), QStringLiteral("cents_to_currency")}));
    }

    void findsEveryRefOfTheSandbox()
    {
        // Every model of the sandbox mesh is static enough to analyse without rendering.
        int refs = 0;
        QDirIterator it(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"),
                        {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const SqlCalls calls = StaticSqlAnalyzer::analyze(QString::fromUtf8(file.readAll()), path);
            QVERIFY2(calls.problems.empty(),
                     qPrintable(calls.problems.empty() ? QString() : calls.problems.front().toString()));
            refs += int(calls.refs.size());
        }
        QVERIFY(refs > 40);
    }
};

QTEST_GUILESS_MAIN(TestStaticSqlAnalyzer)
#include "tst_staticsqlanalyzer.moc"
