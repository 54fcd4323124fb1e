#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QProcessEnvironment>
#include <QTest>

#include "trellis/version.h"

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real executable with no display at all, as CI and scripts do.
Run trellis(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // The messages asserted below are the untranslated ones.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRELLIS_EXECUTABLE), arguments);
    if (!process.waitForFinished(30'000))
        qFatal("trellis did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsVersionWithoutADisplay_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }

    void printsVersionWithoutADisplay()
    {
        QFETCH(QString, flag);
        const Run run = trellis({flag});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("trellis %1\n").arg(QLatin1String(Trellis::Core::kVersion)));
        QVERIFY(run.err.isEmpty());
    }

    void printsHelp()
    {
        const Run run = trellis({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: trellis")));
        QVERIFY(run.out.contains(QStringLiteral("--screenshot")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")}
                                      << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")}
                                      << QStringLiteral("'frobnicate' is neither a verb nor a folder");
        QTest::newRow("two folders") << QStringList{QStringLiteral("/"), QStringLiteral("/tmp")}
                                     << QStringLiteral("only one workspace folder");
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = trellis(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("trellis --help")));
        QVERIFY(run.out.isEmpty());
    }

    void takesAScreenshotOffscreen()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("window.png"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TRELLIS_EXECUTABLE),
                      {QStringLiteral("--screenshot"), png,
                       QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/discovery")});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
