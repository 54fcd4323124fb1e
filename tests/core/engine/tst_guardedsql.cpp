#include "core/engine/guardedsql.h"

#include "enginetest.h"

#include <QElapsedTimer>

using namespace Trellis::Core;

// Model SQL as the build runs it: rewritten, guarded, stopped in time, errors placed.
class TestGuardedSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnlyItsTarget()
    {
        SqliteConnection connection = EngineTest::memoryConnection();
        QVERIFY(
            connection.execute(QStringLiteral("CREATE TABLE other (x); CREATE TABLE mine (x);")));
        const GuardedSql guarded(connection.handle());
        const RelationName mine{QStringLiteral("main"), QStringLiteral("mine")};
        QVERIFY(guarded.execute(QStringLiteral("INSERT INTO mine VALUES (1)"), mine));
        const Result<void> refused
            = guarded.execute(QStringLiteral("INSERT INTO other VALUES (1)"), mine);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(
                     QLatin1String("a model may only write the relation it builds")),
                 qPrintable(refused.error().message));
        const Result<void> attach = guarded.execute(QStringLiteral("ATTACH ':memory:' AS x"), mine);
        QVERIFY(!attach);
        QVERIFY(attach.error().message.contains(QLatin1String("Trellis refused ATTACH")));
        QVERIFY(!guarded.query(QStringLiteral("DELETE FROM mine RETURNING x")));
    }

    void rewritesAndPlacesErrors()
    {
        SqliteConnection connection = EngineTest::memoryConnection();
        const GuardedSql guarded(connection.handle());
        const Result<SqlRows> cast = guarded.query(QStringLiteral("select '42'::integer as n"));
        QVERIFY(cast);
        QCOMPARE(cast->rows.front().front(), QVariant(qint64(42)));
        // The error sits on line 3 of the query as written, after a rewritten cast on line 1.
        const Result<SqlRows> broken = guarded.query(
            QStringLiteral("select x::text\nfrom (select 1 as x)\nwhere nosuch(x)"));
        QVERIFY(!broken);
        QCOMPARE(broken.error().line, 3);
        QCOMPARE(broken.error().column, 7);
    }

    void stopsRunawayQueries()
    {
        SqliteConnection connection = EngineTest::memoryConnection();
        const GuardedSql guarded(connection.handle(), 100);
        QElapsedTimer timer;
        timer.start();
        const Result<SqlRows> endless
            = guarded.query(QStringLiteral("with recursive c(x) as (select 1 union all select x + "
                                           "1 from c) select count(*) from c"));
        QVERIFY(!endless);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY2(endless.error().message.contains(QLatin1String("time limit")),
                 qPrintable(endless.error().message));
    }
};

QTEST_GUILESS_MAIN(TestGuardedSql)
#include "tst_guardedsql.moc"
