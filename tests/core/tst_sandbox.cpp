#include "core/project/sandbox.h"
#include "core/project/workspacediscovery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Trellis::Core::Sandbox;

namespace {
const QString kBundled = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
}

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installsACopyOnce()
    {
        QTemporaryDir home;
        const Sandbox sandbox(kBundled, home.filePath(QStringLiteral("sandbox")));
        QVERIFY(!sandbox.isInstalled());
        const auto installed = sandbox.install();
        QVERIFY2(installed.ok(), qPrintable(installed ? QString() : installed.error().toString()));
        QVERIFY(sandbox.isInstalled());
        QCOMPARE(Trellis::Core::WorkspaceScanner::discover(*installed).projects.size(), size_t(3));

        // A learner's edit survives a second install, and reset() throws it away.
        const QString readme = *installed + QStringLiteral("/platform/dbt_project.yml");
        QFile file(readme);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("edited");
        file.close();
        QVERIFY(sandbox.install().ok());
        QCOMPARE(QFileInfo(readme).size(), qint64(6));
        QVERIFY(sandbox.reset().ok());
        QVERIFY(QFileInfo(readme).size() > 6);
    }

    void reportsAMissingBundle()
    {
        QTemporaryDir home;
        const Sandbox sandbox(home.filePath(QStringLiteral("nothing")),
                              home.filePath(QStringLiteral("sandbox")));
        const auto installed = sandbox.install();
        QVERIFY(!installed.ok());
        QVERIFY(!sandbox.isInstalled());
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
