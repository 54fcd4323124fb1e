#include "core/project/workspacediscovery.h"
#include "testsupport/copyfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Trellis::Core::WorkspaceDiscovery;
using Trellis::Core::WorkspaceScanner;

namespace {

QStringList projectNames(const WorkspaceDiscovery &discovery)
{
    QStringList names;
    for (const auto &project : discovery.projects)
        names.append(project.name);
    return names;
}

const QString kFixture = QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/discovery");

} // namespace

class TestWorkspaceDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheSandboxProjects()
    {
        const WorkspaceDiscovery discovery
            = WorkspaceScanner::discover(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"));
        QCOMPARE(projectNames(discovery),
                 QStringList({QStringLiteral("finance"), QStringLiteral("marketing"),
                              QStringLiteral("platform")}));
        QVERIFY(discovery.problems.empty());
    }

    void findsNestedProjectsAndSkipsGeneratedFolders()
    {
        const WorkspaceDiscovery discovery = WorkspaceScanner::discover(kFixture);
        QCOMPARE(projectNames(discovery),
                 QStringList({QStringLiteral("alpha"), QStringLiteral("broken"),
                              QStringLiteral("beta")}));
        QCOMPARE(discovery.projects.front().rootPath, kFixture + QStringLiteral("/alpha"));
    }

    void reportsBrokenProjectFileWithItsLine()
    {
        const WorkspaceDiscovery discovery = WorkspaceScanner::discover(kFixture);
        QCOMPARE(discovery.problems.size(), size_t(1));
        const auto &problem = discovery.problems.front();
        QCOMPARE(problem.file, kFixture + QStringLiteral("/broken/dbt_project.yml"));
        QCOMPARE(problem.line, 5);
        QVERIFY2(problem.message.contains(QStringLiteral("dbt_project.yml")),
                 qPrintable(problem.message));
    }

    void survivesSymlinkLoops()
    {
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());
        QVERIFY(Trellis::Tests::copyFolder(kFixture, workspace.path()));
        // Two loops: a link to an ancestor, and a pair of links pointing at each other's folders.
        QVERIFY(QFile::link(workspace.path(), workspace.filePath(QStringLiteral("alpha/models/up"))));
        QVERIFY(QFile::link(workspace.filePath(QStringLiteral("nested")),
                            workspace.filePath(QStringLiteral("alpha/to-nested"))));
        QVERIFY(QFile::link(workspace.filePath(QStringLiteral("alpha")),
                            workspace.filePath(QStringLiteral("nested/to-alpha"))));

        const WorkspaceDiscovery discovery = WorkspaceScanner::discover(workspace.path());
        QCOMPARE(projectNames(discovery),
                 QStringList({QStringLiteral("alpha"), QStringLiteral("broken"),
                              QStringLiteral("beta")}));
        const QStringList files
            = WorkspaceScanner::projectFiles(workspace.filePath(QStringLiteral("alpha")));
        QVERIFY(files.size() < 100);
    }

    void listsProjectFilesWithoutGeneratedOnes()
    {
        QCOMPARE(WorkspaceScanner::projectFiles(kFixture + QStringLiteral("/alpha")),
                 QStringList({QStringLiteral("dbt_project.yml"), QStringLiteral("models/one.sql")}));
    }

    void sortsFilesAsAFileManager()
    {
        const QStringList files = {
            QStringLiteral("dbt_project.yml"),        QStringLiteral("models/zeta.sql"),
            QStringLiteral("models/marts/b.sql"),     QStringLiteral("README.md"),
            QStringLiteral("models/Alpha.sql"),       QStringLiteral("macros/util.sql"),
            QStringLiteral("models/marts/core/a.sql"), QStringLiteral("models/marts/A.sql"),
        };
        // Within each folder, subfolders first, then files, each by name whatever its case.
        QCOMPARE(WorkspaceScanner::sortAsFileManager(files),
                 QStringList({QStringLiteral("macros/util.sql"),
                              QStringLiteral("models/marts/core/a.sql"),
                              QStringLiteral("models/marts/A.sql"),
                              QStringLiteral("models/marts/b.sql"),
                              QStringLiteral("models/Alpha.sql"), QStringLiteral("models/zeta.sql"),
                              QStringLiteral("dbt_project.yml"), QStringLiteral("README.md")}));
    }

    void skipsFolders_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("skipped");
        QTest::newRow("target") << QStringLiteral("target") << true;
        QTest::newRow("dbt_packages") << QStringLiteral("dbt_packages") << true;
        QTest::newRow("logs") << QStringLiteral("logs") << true;
        QTest::newRow("hidden") << QStringLiteral(".git") << true;
        QTest::newRow("models") << QStringLiteral("models") << false;
        QTest::newRow("targets is not target") << QStringLiteral("targets") << false;
    }

    void skipsFolders()
    {
        QFETCH(QString, folder);
        QFETCH(bool, skipped);
        QCOMPARE(WorkspaceScanner::isSkippedFolder(folder), skipped);
    }

    void reportsMissingWorkspace()
    {
        const WorkspaceDiscovery discovery
            = WorkspaceScanner::discover(kFixture + QStringLiteral("/does-not-exist"));
        QVERIFY(discovery.projects.empty());
        QCOMPARE(discovery.problems.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDiscovery)
#include "tst_workspacediscovery.moc"
