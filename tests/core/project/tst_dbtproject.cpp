#include "core/project/dbtproject.h"

#include <QJsonArray>
#include <QTest>

using Trellis::Core::DbtProject;
using Trellis::Core::DbtProjectReader;
using Trellis::Core::ProjectDependency;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(TRELLIS_TEST_DATA_DIR "/projects/") + QLatin1String(name);
}
} // namespace

class TestDbtProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSandboxPlatform()
    {
        const auto project = DbtProjectReader::read(
            QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox/platform"));
        QVERIFY2(project.ok(), qPrintable(project ? QString() : project.error().toString()));
        QCOMPARE(project->name, QStringLiteral("platform"));
        QCOMPARE(project->profile, QStringLiteral("sandbox"));
        QCOMPARE(project->paths.models, QStringList{QStringLiteral("models")});
        QVERIFY(project->modelsConfig.contains(QStringLiteral("platform")));
        QCOMPARE(project->vars.value(QStringLiteral("min_ride_minutes")).toInt(), 1);
        QVERIFY(project->warnings.empty());
        QVERIFY(project->upstreamProjects.empty());
    }

    void readsUpstreamProjectsOfTheSandbox()
    {
        const auto project = DbtProjectReader::read(
            QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox/marketing"));
        QVERIFY(project.ok());
        QStringList upstream;
        for (const ProjectDependency &dependency : project->upstreamProjects)
            upstream.append(dependency.name);
        QCOMPARE(upstream, QStringList({QStringLiteral("platform"), QStringLiteral("finance")}));
    }

    void acceptsLegacyPathKeysWithAWarning()
    {
        const auto project = DbtProjectReader::read(fixture("legacy_paths"));
        QVERIFY(project.ok());
        QCOMPARE(project->version, QStringLiteral("1"));
        QCOMPARE(project->paths.models, QStringList{QStringLiteral("source_models")});
        QCOMPARE(project->paths.seeds, QStringList{QStringLiteral("data")});
        QCOMPARE(project->paths.packagesInstall, QStringLiteral("modules"));
        QCOMPARE(project->warnings.size(), size_t(2));
        QCOMPARE(project->warnings.at(0).line, 5);
        QVERIFY(project->warnings.at(0).message.contains(QStringLiteral("model-paths")));
    }

    void allowsPathsOutsideTheRootAndFlagsUnknownKeys()
    {
        const auto project = DbtProjectReader::read(fixture("outside_root/project"));
        QVERIFY(project.ok());
        QCOMPARE(project->paths.models,
                 QStringList({QStringLiteral("models"), QStringLiteral("../shared/models")}));
        QCOMPARE(project->paths.target, QStringLiteral("build/target"));
        QCOMPARE(project->vars.value(QStringLiteral("outside")).toObject()
                     .value(QStringLiteral("region")).toString(),
                 QStringLiteral("eu"));
        QCOMPARE(project->warnings.size(), size_t(1));
        QCOMPARE(project->warnings.front().line, 9);
        QCOMPARE(project->warnings.front().column, 1);
        QVERIFY(project->warnings.front().message.contains(QStringLiteral("'materializd'")));
    }

    void readsDependenciesAndPackages()
    {
        const auto project = DbtProjectReader::read(fixture("dependencies"));
        QVERIFY(project.ok());
        QCOMPARE(project->upstreamProjects.size(), size_t(2));
        QCOMPARE(project->upstreamProjects.at(1).name, QStringLiteral("finance"));
        QCOMPARE(project->upstreamProjects.at(1).location.line, 3);

        const auto &packages = project->packages;
        QCOMPARE(packages.size(), size_t(5));
        QCOMPARE(packages.at(0).kind, ProjectDependency::Kind::Hub);
        QCOMPARE(packages.at(0).name, QStringLiteral("dbt-labs/dbt_utils"));
        QCOMPARE(packages.at(0).version, QStringLiteral(">=1.1.0, <2.0.0"));
        QCOMPARE(packages.at(1).kind, ProjectDependency::Kind::Local);
        QCOMPARE(packages.at(2).kind, ProjectDependency::Kind::Git);
        QCOMPARE(packages.at(2).version, QStringLiteral("0.4.2"));
        QCOMPARE(packages.at(3).version, QStringLiteral("0.10.1"));
        QCOMPARE(packages.at(4).kind, ProjectDependency::Kind::Tarball);
        QCOMPARE(packages.at(4).name, QStringLiteral("tarred"));
    }

    void rejectsAProjectWithoutName()
    {
        const auto document = Trellis::Core::YamlDocument::parse("version: 1\n", QStringLiteral("dbt_project.yml"));
        QVERIFY(document.ok());
        const auto project = DbtProjectReader::fromDocument(*document, QStringLiteral("/tmp"));
        QVERIFY(!project.ok());
        QVERIFY(project.error().message.contains(QStringLiteral("name")));
    }

    void reportsBrokenYamlWithItsLine()
    {
        const auto project = DbtProjectReader::read(fixture("discovery/broken"));
        QVERIFY(!project.ok());
        QCOMPARE(project.error().line, 5);
    }
};

QTEST_GUILESS_MAIN(TestDbtProject)
#include "tst_dbtproject.moc"
