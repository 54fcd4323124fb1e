#include "enginetest.h"

#include "core/engine/sqlauthorizer.h"

#include <QTemporaryDir>
#include <QTest>

using Trellis::Core::RelationName;
using Trellis::Core::SqlAuthorizer;
using Trellis::Core::SqliteConnection;

// Each row runs one statement under an authorizer whose build target is
// "analytics"."orders" (or none) and says whether it may run and, if not, what the refusal
// must say.
class TestSqlAuthorizer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteConnection m_connection;
    int m_run = 0;

    // Prepares and runs sql under the guard; returns "" or the refusal/error message.
    QString runGuarded(const QString &sql, std::optional<RelationName> target)
    {
        sqlite3 *db = m_connection.handle();
        SqlAuthorizer guard(db, std::move(target));
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            return guard.denial().isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db))
                                            : guard.denial();
        }
        while (sqlite3_step(statement) == SQLITE_ROW) { }
        const int finalRc = sqlite3_finalize(statement);
        return finalRc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_connection = EngineTest::memoryConnection();
        SqlAuthorizer::hardenConnection(m_connection.handle());
        // Fresh files for every row: a row may leave a view or a table behind.
        ++m_run;
        const QString attach = QStringLiteral("ATTACH '%1' AS analytics; ATTACH '%2' AS staging;")
                                   .arg(m_dir.filePath(QStringLiteral("a%1.db").arg(m_run)),
                                        m_dir.filePath(QStringLiteral("s%1.db").arg(m_run)));
        QVERIFY(m_connection.execute(attach).ok());
        QVERIFY(m_connection
                    .execute(QStringLiteral("CREATE TABLE staging.raw(id INTEGER, amount REAL);"
                                            "INSERT INTO staging.raw VALUES (1, 9.5), (2, 3.0);"))
                    .ok());
    }
    void cleanup() { m_connection.close(); }

    void decides_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("hasTarget");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        auto row = [](const char *name, const char *sql, bool target, const char *refusal) {
            QTest::newRow(name) << QString::fromUtf8(sql) << target << QString::fromUtf8(refusal);
        };
        row("select is fine", "SELECT * FROM staging.raw", false, "");
        row("recursive cte is fine",
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) SELECT * "
            "FROM c",
            false, "");
        row("reading pragma is fine", "PRAGMA staging.table_info(raw)", false, "");
        row("pragma query is fine", "PRAGMA journal_mode", false, "");
        row("build the target", "CREATE TABLE analytics.orders AS SELECT * FROM staging.raw", true,
            "");
        row("target name is case-insensitive", "CREATE TABLE Analytics.ORDERS AS SELECT 1 AS x",
            true, "");
        row("build the target as a view", "CREATE VIEW analytics.orders AS SELECT 1 AS x", true,
            "");
        row("attach", "ATTACH ':memory:' AS other", true,
            "Trellis refused ATTACH: models may not attach databases");
        row("detach", "DETACH staging", true,
            "Trellis refused DETACH: models may not detach databases");
        row("load_extension", "SELECT load_extension('evil.so')", false,
            "Trellis refused load_extension(): models may not load SQLite extensions");
        row("fts3_tokenizer", "SELECT fts3_tokenizer('simple')", false,
            "Trellis refused fts3_tokenizer()");
        row("pragma write", "PRAGMA journal_mode = OFF", true,
            "Trellis refused PRAGMA journal_mode: models may not change connection settings");
        row("pragma writable_schema", "PRAGMA writable_schema = 1", true,
            "Trellis refused PRAGMA writable_schema");
        row("pragma synchronous", "PRAGMA analytics.synchronous = OFF", true,
            "Trellis refused PRAGMA synchronous");
        row("transaction", "BEGIN", true,
            "Trellis refused BEGIN: models may not control transactions");
        row("savepoint", "SAVEPOINT s", true,
            "Trellis refused BEGIN: models may not control transactions");
        row("another table", "CREATE TABLE analytics.customers AS SELECT 1 AS x", true,
            "Trellis refused CREATE TABLE on \"analytics\".\"customers\": a model may only write "
            "the relation it builds (\"analytics\".\"orders\")");
        row("same name in another schema", "CREATE TABLE staging.orders(x)", true,
            "Trellis refused CREATE TABLE on \"staging\".\"orders\"");
        row("unqualified create goes to main", "CREATE TABLE orders(x)", true,
            "Trellis refused CREATE TABLE on \"main\".\"orders\"");
        row("insert elsewhere", "INSERT INTO staging.raw VALUES (3, 1.0)", true,
            "Trellis refused INSERT on \"staging\".\"raw\"");
        row("update elsewhere", "UPDATE staging.raw SET amount = 0", true,
            "Trellis refused UPDATE on \"staging\".\"raw\"");
        row("delete elsewhere", "DELETE FROM staging.raw", true,
            "Trellis refused DELETE on \"staging\".\"raw\"");
        row("drop elsewhere", "DROP TABLE staging.raw", true,
            "Trellis refused DROP TABLE on \"staging\".\"raw\"");
        row("alter elsewhere", "ALTER TABLE staging.raw ADD COLUMN y", true,
            "Trellis refused ALTER TABLE on \"staging\".\"raw\"");
        row("index elsewhere", "CREATE INDEX staging.raw_id ON raw(id)", true,
            "Trellis refused CREATE INDEX on \"staging\".\"raw\"");
        row("temp table", "CREATE TEMP TABLE scratch(x)", true,
            "Trellis refused CREATE TABLE on \"temp\".\"scratch\"");
        row("trigger",
            "CREATE TRIGGER staging.t AFTER INSERT ON raw BEGIN DELETE FROM staging.raw; END", true,
            "Trellis refused a trigger");
        row("virtual table", "CREATE VIRTUAL TABLE analytics.orders USING fts5(x)", true,
            "Trellis refused a virtual table");
        row("preview may not write", "CREATE TABLE analytics.orders(x)", false,
            "Trellis refused CREATE TABLE on \"analytics\".\"orders\": a preview may not change "
            "the database");
        row("preview may not insert", "INSERT INTO staging.raw VALUES (3, 1.0)", false,
            "Trellis refused INSERT on \"staging\".\"raw\": a preview may not change the database");
    }
    void decides()
    {
        QFETCH(QString, sql);
        QFETCH(bool, hasTarget);
        QFETCH(QString, refusal);
        std::optional<RelationName> target;
        if (hasTarget)
            target = RelationName { QStringLiteral("analytics"), QStringLiteral("orders") };
        const QString result = runGuarded(sql, target);
        if (refusal.isEmpty())
            QVERIFY2(result.isEmpty(), qPrintable(result));
        else
            QVERIFY2(result.startsWith(refusal), qPrintable(result));
    }

    void targetCanBeReplacedAndFilled()
    {
        const RelationName target { QStringLiteral("analytics"), QStringLiteral("orders") };
        QCOMPARE(runGuarded(QStringLiteral("CREATE TABLE analytics.orders(id INTEGER PRIMARY KEY "
                                           "AUTOINCREMENT, amount REAL)"),
                            target),
                 QString());
        QCOMPARE(
            runGuarded(QStringLiteral(
                           "INSERT INTO analytics.orders(amount) SELECT amount FROM staging.raw"),
                       target),
            QString());
        QCOMPARE(
            runGuarded(QStringLiteral("UPDATE analytics.orders SET amount = amount * 2"), target),
            QString());
        QCOMPARE(
            runGuarded(QStringLiteral("CREATE INDEX analytics.orders_amount ON orders(amount)"),
                       target),
            QString());
        QCOMPARE(
            runGuarded(QStringLiteral("DELETE FROM analytics.orders WHERE amount < 10"), target),
            QString());
        QCOMPARE(EngineTest::evaluate(m_connection.handle(),
                                      QStringLiteral("SELECT sum(amount) FROM analytics.orders")),
                 QStringLiteral("19"));
        QCOMPARE(runGuarded(QStringLiteral("DROP TABLE analytics.orders"), target), QString());
    }

    void trustedCodeRunsUnguarded()
    {
        // Once the guard is gone, Trellis's own statements run as before.
        QVERIFY(!runGuarded(QStringLiteral("DELETE FROM staging.raw"), std::nullopt).isEmpty());
        QVERIFY(m_connection.execute(QStringLiteral("DELETE FROM staging.raw")).ok());
    }

    void extensionLoadingIsOffEvenUnguarded()
    {
        const QString result = EngineTest::evaluate(m_connection.handle(),
                                                    QStringLiteral("SELECT load_extension('x')"));
        QVERIFY2(result.contains(QStringLiteral("not authorized")), qPrintable(result));
    }
};

QTEST_GUILESS_MAIN(TestSqlAuthorizer)
#include "tst_sqlauthorizer.moc"
