#include "core/build/ctequery.h"

#include <QTest>

using namespace Trellis::Core::Build;

class TestCteQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTopLevelCtes()
    {
        const QString model = QStringLiteral(
            "{{ config(materialized='table') }}\n"
            "with rides as (\n  select * from {{ ref('stg_rides') }} -- (unbalanced in a comment\n),\n"
            "\"Members\" (id) as (select ')' as x, count(*) from (select 1) sub)\n"
            "select * from rides join members using (id)\n");
        const QList<CteSpan> spans = CteQuery::ctes(model);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[0].name, QStringLiteral("rides"));
        QCOMPARE(spans[1].name, QStringLiteral("members"));
        QVERIFY(model.mid(spans[0].bodyStart, spans[0].bodyEnd - spans[0].bodyStart)
                    .contains(QStringLiteral("ref('stg_rides')")));
        QVERIFY(model.mid(spans[1].bodyStart, spans[1].bodyEnd - spans[1].bodyStart)
                    .endsWith(QStringLiteral("(select 1) sub")));

        QCOMPARE(CteQuery::cteAt(model, model.indexOf(QStringLiteral("stg_rides"))),
                 QStringLiteral("rides"));
        QCOMPARE(CteQuery::cteAt(model, model.indexOf(QStringLiteral("count(*)"))),
                 QStringLiteral("members"));
        QCOMPARE(CteQuery::cteAt(model, model.indexOf(QStringLiteral("join"))), QString());
        QVERIFY(CteQuery::ctes(QStringLiteral("select 1 as with_x")).isEmpty());
    }

    void selectsFromOneCte()
    {
        const QString compiled = QStringLiteral(
            "with recursive a as (select 1 as n union all select n + 1 from a where n < 3),\n"
            "b as (select n * 2 as m from a)\nselect * from b order by m desc");
        const auto query = CteQuery::selectFrom(compiled, QStringLiteral("A"));
        QVERIFY(query);
        QCOMPARE(*query,
                 QStringLiteral("with recursive a as (select 1 as n union all select n + 1 from a "
                                "where n < 3),\nb as (select n * 2 as m from a)\nselect * from A"));
        const auto missing = CteQuery::selectFrom(compiled, QStringLiteral("c"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("c")));
    }
};

QTEST_GUILESS_MAIN(TestCteQuery)
#include "tst_ctequery.moc"
