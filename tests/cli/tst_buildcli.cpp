#include "trellisprocess.h"

#include <QTemporaryDir>
#include <QTest>

using Trellis::Tests::runTrellis;

// trellis compile, build, test and show, run as a user runs them.
class TestBuildCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    const QString m_sandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
    QString database() const { return m_home.filePath(QStringLiteral("sandbox.db")); }

private Q_SLOTS:
    void buildThenTestThenShow()
    {
        const auto built
            = runTrellis({QStringLiteral("build"), m_sandbox, QStringLiteral("--db"), database()});
        QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));
        QVERIFY(built.out.contains(QLatin1String("OK loaded seed file \"main\".\"cities\"")));
        QVERIFY(built.out.contains(
            QLatin1String("OK created sql incremental model \"main\".\"fct_rides\"")));
        QVERIFY(built.out.contains(QLatin1String("Completed successfully")));
        QVERIFY(built.out.contains(QLatin1String("ERROR=0 SKIP=0")));

        const auto tested
            = runTrellis({QStringLiteral("test"), m_sandbox, QStringLiteral("--db"), database(),
                          QStringLiteral("--select"), QStringLiteral("dim_stations")});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.out + tested.err));
        QVERIFY(tested.out.contains(QLatin1String("PASS unique_dim_stations_station_id")));

        const auto shown
            = runTrellis({QStringLiteral("show"), m_sandbox, QStringLiteral("--db"), database(),
                          QStringLiteral("--select"), QStringLiteral("stg_reference__cities"),
                          QStringLiteral("--limit"), QStringLiteral("2"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(shown.out,
                 QStringLiteral("city_code,city_name,country_code,timezone,launched_on,vat_rate\n"
                                "LIS,Lisbon,PT,Europe/Lisbon,2024-04-15,0.23\n"
                                "VLC,Valencia,ES,Europe/Madrid,2024-09-02,0.21\n"));
    }

    void showOnAFreshDatabaseBuildsTheSeedBehindASource()
    {
        // dim_plans reads a source whose data is the seed `plans`: nothing is built yet, so
        // show must see through the source and load the seed first.
        const QString fresh = m_home.filePath(QStringLiteral("fresh.db"));
        const auto shown
            = runTrellis({QStringLiteral("show"), m_sandbox, QStringLiteral("--db"), fresh,
                          QStringLiteral("--select"), QStringLiteral("dim_plans"),
                          QStringLiteral("--limit"), QStringLiteral("1"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.out + shown.err));
        QVERIFY2(shown.out.startsWith(QLatin1String("plan_code,plan_name,")),
                 qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("PAYG,Pay as you go,none,0,")),
                 qPrintable(shown.out));
    }

    void compilePrintsOneNode()
    {
        const auto compiled
            = runTrellis({QStringLiteral("compile"), m_sandbox, QStringLiteral("--db"), database(),
                          QStringLiteral("--select"), QStringLiteral("stg_reference__cities")});
        QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.err));
        QVERIFY2(compiled.out.contains(QLatin1String("from \"main\".\"cities\"")),
                 qPrintable(compiled.out));
        QVERIFY(!compiled.out.contains(QLatin1String("{{")));
    }

    void compileWritesFiles()
    {
        const QString folder = m_home.filePath(QStringLiteral("compiled"));
        const auto compiled
            = runTrellis({QStringLiteral("compile"), m_sandbox, QStringLiteral("--db"), database(),
                          QStringLiteral("--select"), QStringLiteral("platform.staging"),
                          QStringLiteral("--output-dir"), folder});
        QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.err));
        QVERIFY(QFile::exists(
            folder
            + QStringLiteral("/platform/models/staging/reference/stg_reference__cities.sql")));
    }

    void failuresExitWithOne()
    {
        const auto failed
            = runTrellis({QStringLiteral("build"),
                          QStringLiteral(TRELLIS_TEST_DATA_DIR "/build/contract_type_mismatch"),
                          QStringLiteral("--db"), m_home.filePath(QStringLiteral("failing.db"))});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains(QLatin1String(
                     "| id          | TEXT            | integer       | data type mismatch |")),
                 qPrintable(failed.out));
        QVERIFY(failed.out.contains(QLatin1String("Done. PASS=0 WARN=0 ERROR=1")));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runTrellis({QStringLiteral("show"), m_sandbox, QStringLiteral("--db"), database()})
                     .exitCode,
                 2);
        QCOMPARE(runTrellis({QStringLiteral("show"), m_sandbox, QStringLiteral("--select"),
                             QStringLiteral("dim_cities"), QStringLiteral("--format"),
                             QStringLiteral("xml"), QStringLiteral("--db"), database()})
                     .exitCode,
                 2);
        QCOMPARE(runTrellis({QStringLiteral("build"), QStringLiteral("/no/such/folder")}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestBuildCli)
#include "tst_buildcli.moc"
