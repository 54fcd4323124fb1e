#include "enginetest.h"

#include "core/engine/workspacedatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using Trellis::Core::WorkspaceDatabase;

class TestWorkspaceDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString mainPath() const { return m_dir.filePath(QStringLiteral("ws/workspace.db")); }

private Q_SLOTS:
    void defaultPathIsInTheCacheAndStable()
    {
        const QString path = WorkspaceDatabase::defaultPath(QStringLiteral("/home/me/mesh"));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                + QStringLiteral("/workspaces/")));
        QVERIFY(path.endsWith(QStringLiteral("/workspace.db")));
        QCOMPARE(WorkspaceDatabase::defaultPath(QStringLiteral("/home/me/mesh/")), path);
        QCOMPARE(WorkspaceDatabase::defaultPath(QStringLiteral("/home/me/./mesh")), path);
        QVERIFY(WorkspaceDatabase::defaultPath(QStringLiteral("/home/me/other")) != path);
    }

    void opensWithSafeFastSettings()
    {
        auto workspace = WorkspaceDatabase::open(mainPath());
        QVERIFY2(workspace.ok(),
                 qPrintable(workspace.ok() ? QString() : workspace.error().toString()));
        sqlite3 *db = (*workspace)->connection().handle();
        QCOMPARE(EngineTest::evaluate(db, QStringLiteral("PRAGMA journal_mode")),
                 QStringLiteral("wal"));
        QCOMPARE(EngineTest::evaluate(db, QStringLiteral("PRAGMA synchronous")),
                 QStringLiteral("1"));
        QCOMPARE(EngineTest::evaluate(db, QStringLiteral("PRAGMA temp_store")),
                 QStringLiteral("2"));
        QCOMPARE(EngineTest::evaluate(db, QStringLiteral("PRAGMA cache_size")),
                 QStringLiteral("-32768"));
        // The functions are there on every connection.
        QCOMPARE(
            EngineTest::evaluate(db, QStringLiteral("SELECT date_trunc('month', '2024-05-17')")),
            QStringLiteral("2024-05-01"));
    }

    void attachesSchemasAsFilesNextToMain()
    {
        auto workspace = WorkspaceDatabase::open(mainPath());
        QVERIFY(workspace.ok());
        WorkspaceDatabase &db = **workspace;
        QVERIFY(db.ensureSchema(QStringLiteral("Analytics")).ok());
        QVERIFY(db.ensureSchema(QStringLiteral("analytics")).ok()); // once only
        QVERIFY(db.ensureSchema(QStringLiteral("main")).ok()); // the workspace file itself
        QCOMPARE(db.schemas(), QStringList { QStringLiteral("analytics") });
        QVERIFY(db.connection()
                    .execute(QStringLiteral(
                        "CREATE TABLE \"analytics\".\"t\"(x); INSERT INTO analytics.t VALUES (1);"))
                    .ok());
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("ws/analytics.db"))));
        QCOMPARE(EngineTest::evaluate(db.connection().handle(),
                                      QStringLiteral("PRAGMA analytics.journal_mode")),
                 QStringLiteral("wal"));
    }

    void rejectsBadSchemaNames_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::newRow("path") << "../escape";
        QTest::newRow("slash") << "a/b";
        QTest::newRow("empty") << "";
        QTest::newRow("quote") << "a\"b";
        QTest::newRow("temp") << "temp";
        QTest::newRow("digit first") << "1abc";
    }
    void rejectsBadSchemaNames()
    {
        QFETCH(QString, schema);
        auto workspace = WorkspaceDatabase::open(mainPath());
        QVERIFY(workspace.ok());
        QVERIFY(!(*workspace)->ensureSchema(schema).ok());
    }

    void reportsTheAttachLimit()
    {
        auto workspace
            = WorkspaceDatabase::open(m_dir.filePath(QStringLiteral("many/workspace.db")));
        QVERIFY(workspace.ok());
        for (int i = 0; i < WorkspaceDatabase::kMaxAttachedSchemas; ++i)
            QVERIFY((*workspace)->ensureSchema(QStringLiteral("s%1").arg(i)).ok());
        const auto tooMany = (*workspace)->ensureSchema(QStringLiteral("one_more"));
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.error().message.contains(QStringLiteral("at most 10")),
                 qPrintable(tooMany.error().message));
    }

    void workerConnectionsSeeTheSameSchemas()
    {
        auto workspace = WorkspaceDatabase::open(mainPath());
        QVERIFY(workspace.ok());
        WorkspaceDatabase &db = **workspace;
        QVERIFY(db.ensureSchema(QStringLiteral("staging")).ok());
        QVERIFY(db.connection()
                    .execute(QStringLiteral("DROP TABLE IF EXISTS staging.s; CREATE TABLE "
                                            "staging.s(x); INSERT INTO staging.s VALUES (42);"))
                    .ok());

        QString seen;
        QThread *worker = QThread::create([&] {
            auto connection = db.openConnection();
            if (!connection) {
                seen = connection.error().message;
                return;
            }
            seen = EngineTest::evaluate(connection->handle(),
                                        QStringLiteral("SELECT x FROM staging.s"));
        });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QCOMPARE(seen, QStringLiteral("42"));

        // A schema ensured later reaches an existing worker connection through attachSchemas().
        auto connection = db.openConnection();
        QVERIFY(connection.ok());
        QVERIFY(db.ensureSchema(QStringLiteral("marts")).ok());
        QVERIFY(db.connection()
                    .execute(QStringLiteral("DROP TABLE IF EXISTS marts.m; CREATE TABLE "
                                            "marts.m(y); INSERT INTO marts.m VALUES (7);"))
                    .ok());
        QVERIFY(db.attachSchemas(*connection).ok());
        QCOMPARE(
            EngineTest::evaluate(connection->handle(), QStringLiteral("SELECT y FROM marts.m")),
            QStringLiteral("7"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDatabase)
#include "tst_workspacedatabase.moc"
