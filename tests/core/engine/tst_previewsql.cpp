#include "core/engine/previewsql.h"

#include <QTest>

using Trellis::Core::PreviewSql;

class TestPreviewSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wraps_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "select 1"
                               << "SELECT * FROM (\nselect 1\n) LIMIT 501";
        QTest::newRow("trailing semicolon") << "select 1;"
                                            << "SELECT * FROM (\nselect 1\n) LIMIT 501";
        QTest::newRow("semicolons and comments") << "select 1 ; -- done\n/* end */ ;\n"
                                                 << "SELECT * FROM (\nselect 1\n) LIMIT 501";
        QTest::newRow("own order and limit")
            << "select x from t order by x desc limit 3"
            << "SELECT * FROM (\nselect x from t order by x desc limit 3\n) LIMIT 501";
        QTest::newRow("comment inside kept")
            << "select 1 -- one\n, 2"
            << "SELECT * FROM (\nselect 1 -- one\n, 2\n) LIMIT 501";
        QTest::newRow("leading comment")
            << "-- a model\nwith a as (select 1) select * from a"
            << "SELECT * FROM (\n-- a model\nwith a as (select 1) select * from a\n) LIMIT 501";
        QTest::newRow("values") << "VALUES (1), (2)"
                                << "SELECT * FROM (\nVALUES (1), (2)\n) LIMIT 501";
        QTest::newRow("parenthesised") << "(select 1)"
                                       << "SELECT * FROM (\n(select 1)\n) LIMIT 501";
        QTest::newRow("semicolon in string") << "select ';'"
                                             << "SELECT * FROM (\nselect ';'\n) LIMIT 501";
    }
    void wraps()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto wrapped = PreviewSql::wrap(query, 501);
        QVERIFY2(wrapped.ok(), qPrintable(wrapped.ok() ? QString() : wrapped.error().message));
        QCOMPARE(wrapped->sql, expected);
        QCOMPARE(wrapped->sql.mid(wrapped->bodyOffset, 6), query.trimmed().left(6));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "  -- nothing\n;" << 0 << 0 << "no query";
        QTest::newRow("two statements") << "select 1;\nselect 2" << 1 << 9 << "one statement";
        QTest::newRow("not a query") << "\n  delete from t" << 2 << 3 << "not 'delete'";
        QTest::newRow("pragma") << "pragma table_info(t)" << 1 << 1 << "not 'pragma'";
    }
    void refuses()
    {
        QFETCH(QString, query);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto wrapped = PreviewSql::wrap(query, 10);
        QVERIFY(!wrapped.ok());
        QCOMPARE(wrapped.error().line, line);
        QCOMPARE(wrapped.error().column, column);
        QVERIFY2(wrapped.error().message.contains(message), qPrintable(wrapped.error().message));
    }

    void mapsIndexesToTheBody()
    {
        const auto wrapped = PreviewSql::wrap(QStringLiteral("select x"), 5);
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->bodyIndex(wrapped->sql.indexOf(u'x')), 7);
        QCOMPARE(wrapped->bodyIndex(0), 0);
        QCOMPARE(wrapped->bodyIndex(wrapped->sql.size()), 8);
    }
};

QTEST_GUILESS_MAIN(TestPreviewSql)
#include "tst_previewsql.moc"
