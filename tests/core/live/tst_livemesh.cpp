// LiveMesh and LiveMeshService on a copy of the sandbox mesh: unsaved edits update the manifest
// and the rules' findings in place, saves of other files rebuild, and the service publishes one
// state per batch of edits from its worker thread.
#include "core/live/livemeshservice.h"
#include "core/project/sandbox.h"
#include "core/util/textfile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Trellis::Core;

namespace {

const QString kFctRides = QStringLiteral("platform/models/marts/fleet/fct_rides.sql");
const QString kFctRidesId = QStringLiteral("model.platform.fct_rides");
const QString kPrivateRef = QStringLiteral("\n-- live edit\nleft join {{ ref('int_member_ride_stats') }} as stats using (member_id)\n");

std::vector<Diagnostic> errorsIn(const std::vector<Diagnostic> &diagnostics, const QString &file)
{
    std::vector<Diagnostic> found;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error && d.file == file)
            found.push_back(d);
    }
    return found;
}

bool writeFile(const QString &path, const QString &text)
{
    return bool(TextFile::writeAtomically(path, text.toUtf8()));
}

int lineOf(const QString &text, const QString &part)
{
    return int(text.left(text.indexOf(part)).count(QLatin1Char('\n'))) + 1;
}

} // namespace

class TestLiveMesh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        const Sandbox sandbox(QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox"),
                              m_home.filePath(QStringLiteral("mesh")));
        Result<QString> installed = sandbox.reset();
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().toString()));
        m_root = *installed;
        m_model = m_root + QLatin1Char('/') + kFctRides;
        Result<QString> text = TextFile::read(m_model);
        QVERIFY(text);
        m_original = *text;
    }

    void sandboxStartsWithoutErrors()
    {
        const LiveMesh mesh(m_root);
        QCOMPARE(mesh.manifest().projects.size(), size_t(3));
        for (const Diagnostic &d : mesh.diagnostics())
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.toString()));
    }

    void unsavedRefToPrivateModelIsFoundInPlace()
    {
        LiveMesh mesh(m_root);
        const QString edited = m_original + kPrivateRef;
        const MeshChange change = mesh.edit(m_model, edited);
        QVERIFY(!change.rebuilt);
        QCOMPARE(change.changedNodes, QStringList{kFctRidesId});
        QVERIFY(mesh.manifest().parents(kFctRidesId)
                    .contains(QStringLiteral("model.platform.int_member_ride_stats")));

        const std::vector<Diagnostic> errors = errorsIn(mesh.diagnostics(), m_model);
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors.front().nodeId, kFctRidesId);
        QCOMPARE(errors.front().line, lineOf(edited, QStringLiteral("{{ ref('int_member_ride_stats') }}")));
        QVERIFY2(errors.front().message.contains(
                     QStringLiteral("which is not allowed because the referenced node is private "
                                    "to the 'core_entities' group")),
                 qPrintable(errors.front().message));
        // The file on disk was not touched.
        QCOMPARE(*TextFile::read(m_model), m_original);

        const MeshChange undo = mesh.edit(m_model, m_original);
        QCOMPARE(undo.changedNodes, QStringList{kFctRidesId});
        QVERIFY(errorsIn(mesh.diagnostics(), m_model).empty());
    }

    void typingWithoutGraphChangeReportsNoChangedNodes()
    {
        LiveMesh mesh(m_root);
        const MeshChange change = mesh.edit(m_model, m_original + QStringLiteral("\n-- a comment"));
        QVERIFY(!change.rebuilt);
        QVERIFY(!change.graphChanged());
    }

    void releasingAnUnsavedBufferGoesBackToTheFile()
    {
        LiveMesh mesh(m_root);
        mesh.edit(m_model, m_original + kPrivateRef);
        QCOMPARE(errorsIn(mesh.diagnostics(), m_model).size(), size_t(1));
        const MeshChange change = mesh.release(m_model); // closed without saving
        QVERIFY(!change.rebuilt);
        QVERIFY(errorsIn(mesh.diagnostics(), m_model).empty());
    }

    void savedPropertyFileRebuildsAndKeepsUnsavedBuffers()
    {
        LiveMesh mesh(m_root);
        mesh.edit(m_model, m_original + kPrivateRef);

        // Making the private model protected (saved to disk) clears the access error — and the
        // rebuild must still see the unsaved ref in fct_rides.sql.
        const QString yaml = m_root + QStringLiteral("/platform/models/intermediate/_intermediate__models.yml");
        QString properties = *TextFile::read(yaml);
        const qsizetype entry = properties.indexOf(QStringLiteral("- name: int_member_ride_stats"));
        const qsizetype access = properties.indexOf(QStringLiteral("access: private"), entry);
        QVERIFY(entry > 0 && access > entry);
        properties.replace(access, QStringLiteral("access: private").size(),
                           QStringLiteral("access: protected"));
        QVERIFY(writeFile(yaml, properties));

        const MeshChange unsaved = mesh.edit(yaml, properties);
        QVERIFY2(!unsaved.rebuilt && !unsaved.graphChanged(),
                 "a property file counts once saved: the builder reads it from disk");
        const MeshChange saved = mesh.release(yaml);
        QVERIFY(saved.rebuilt);
        QVERIFY(errorsIn(mesh.diagnostics(), m_model).empty());
        QVERIFY(mesh.manifest().parents(kFctRidesId)
                    .contains(QStringLiteral("model.platform.int_member_ride_stats")));
    }

    void newModelFileAppearsAfterRebuild()
    {
        LiveMesh mesh(m_root);
        const QString added = m_root + QStringLiteral("/platform/models/marts/fleet/fct_new.sql");
        QVERIFY(writeFile(added, QStringLiteral("select * from {{ ref('fct_rides') }}\n")));
        const MeshChange change = mesh.release(added);
        QVERIFY(change.rebuilt);
        QCOMPARE(change.changedNodes, QStringList{QStringLiteral("model.platform.fct_new")});
    }

    void brokenRulesSettingsAreReportedNotFatal()
    {
        QVERIFY(writeFile(m_root + QStringLiteral("/trellis-rules.yml"),
                                QStringLiteral("rules: [unclosed\n")));
        const LiveMesh mesh(m_root);
        const auto problem = std::find_if(mesh.diagnostics().begin(), mesh.diagnostics().end(),
                                          [](const Diagnostic &d) { return d.code == QLatin1String("TRL0001"); });
        QVERIFY(problem != mesh.diagnostics().end());
        QVERIFY(problem->file.endsWith(QLatin1String("trellis-rules.yml")));
        QVERIFY(problem->line > 0);
    }

    void serviceCoalescesEditsAndPublishesFindingsFirst()
    {
        LiveMeshService service;
        service.setDebounceMs(20);
        QSignalSpy states(&service, &LiveMeshService::stateChanged);
        service.open(m_root);
        QVERIFY(states.wait(30000));
        const LiveMeshState opened = states.takeFirst().at(0).value<LiveMeshState>();
        QCOMPARE(opened.rootPath, m_root);
        QCOMPARE(opened.projectFiles->size(), opened.discovery.projects.size());
        QVERIFY(opened.change.rebuilt);
        // A model's SQL file names the model; a property file, which declares many, names none.
        const auto model = std::find_if(opened.manifest->nodes.begin(), opened.manifest->nodes.end(),
                                        [this](const Node &node) { return node.absolutePath == m_model; });
        QVERIFY(model != opened.manifest->nodes.end());
        QCOMPARE(opened.nodeOfOwnFile->value(m_model), model->uniqueId);
        QVERIFY(model->declaredAt.file.endsWith(QLatin1String(".yml")));
        QVERIFY(!opened.nodeOfOwnFile->contains(model->declaredAt.file));

        // Three keystrokes in a row: answered once, for the last text. It adds a ref, so the
        // findings come first, with the old manifest marked behind, then the new manifest.
        service.edit(m_model, m_original + QStringLiteral("\n-- a"));
        service.edit(m_model, m_original + QStringLiteral("\n-- ab"));
        service.edit(m_model, m_original + kPrivateRef);
        QVERIFY(states.wait(10000));
        QTest::qWait(200);
        QCOMPARE(states.size(), 2);
        const LiveMeshState findings = states.takeFirst().at(0).value<LiveMeshState>();
        QVERIFY(findings.manifestBehind);
        QCOMPARE(findings.manifest.get(), opened.manifest.get());
        QCOMPARE(errorsIn(*findings.diagnostics, m_model).size(), size_t(1));
        QVERIFY(findings.oldestEditMs > 0);

        const LiveMeshState edited = states.takeFirst().at(0).value<LiveMeshState>();
        QVERIFY(!edited.manifestBehind);
        QVERIFY(edited.generation > findings.generation);
        QCOMPARE(edited.change.changedNodes, QStringList{kFctRidesId});
        QCOMPARE(edited.diagnostics.get(), findings.diagnostics.get());
        QCOMPARE(edited.manifest->find(kFctRidesId)->rawCode, m_original + kPrivateRef);
        // The earlier state is a snapshot: the edit did not reach into it.
        QCOMPARE(opened.manifest->find(kFctRidesId)->rawCode, m_original);

        // Typing that changes only SQL text shares the previous manifest instead of copying it.
        service.edit(m_model, m_original + kPrivateRef + QStringLiteral("-- typing"));
        QVERIFY(states.wait(10000));
        QTest::qWait(100);
        QCOMPARE(states.size(), 1);
        const LiveMeshState typed = states.takeFirst().at(0).value<LiveMeshState>();
        QVERIFY(!typed.change.structureChanged());
        QVERIFY(!typed.manifestBehind);
        QCOMPARE(typed.manifest.get(), edited.manifest.get());
        QCOMPARE(errorsIn(*typed.diagnostics, m_model).size(), size_t(1));
    }

    void serviceDropsStatesOfAnEarlierWorkspace()
    {
        QTemporaryDir other;
        QVERIFY(writeFile(other.filePath(QStringLiteral("dbt_project.yml")),
                                QStringLiteral("name: solo\nversion: '1.0'\nprofile: solo\n")));
        LiveMeshService service;
        QSignalSpy states(&service, &LiveMeshService::stateChanged);
        service.open(m_root);
        service.open(other.path());
        QVERIFY(states.wait(30000));
        QTest::qWait(200);
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().at(0).value<LiveMeshState>().rootPath,
                 QDir::cleanPath(other.path()));
    }

private:
    QTemporaryDir m_home;
    QString m_root;
    QString m_model;
    QString m_original;
};

QTEST_GUILESS_MAIN(TestLiveMesh)
#include "tst_livemesh.moc"
