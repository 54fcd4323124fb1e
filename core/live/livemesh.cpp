#include "livemesh.h"

#include "core/util/textfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace Trellis::Core {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString absoluteFile(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

// Each node's parents, to tell after a build which nodes the graph changed around.
QHash<QString, QStringList> parentsById(const Manifest &manifest)
{
    QHash<QString, QStringList> parents;
    parents.reserve(qsizetype(manifest.nodes.size()));
    for (const Node &node : manifest.nodes)
        parents.insert(node.uniqueId, node.dependsOnNodes);
    return parents;
}

QStringList changedAgainst(QHash<QString, QStringList> before, const Manifest &after)
{
    QStringList changed;
    for (const Node &node : after.nodes) {
        const auto previous = before.constFind(node.uniqueId);
        if (previous == before.cend() || *previous != node.dependsOnNodes)
            changed.append(node.uniqueId);
        if (previous != before.cend())
            before.erase(previous);
    }
    changed.append(before.keys()); // removed
    changed.sort();
    return changed;
}

} // namespace

LiveMesh::LiveMesh(const QString &workspaceRoot)
    : m_root(QDir::cleanPath(QDir(workspaceRoot).absolutePath()))
{
    build();
    MeshChange initial;
    checkAll(initial);
}

LiveMesh::~LiveMesh() = default;

MeshChange LiveMesh::edit(const QString &path, const QString &text)
{
    const QString file = absoluteFile(path);
    m_buffers.insert(file, text);
    MeshChange change;
    // Only model-like files can be re-parsed from a buffer: the builder reads property files,
    // macros and new files from disk, so those count once saved (release()).
    if (const std::optional<Update> update = updateInPlace(file, text, change))
        recheck(*update, change);
    return change;
}

MeshChange LiveMesh::release(const QString &path)
{
    const QString file = absoluteFile(path);
    m_buffers.remove(file);
    MeshChange change;
    if (Result<QString> onDisk = TextFile::read(file)) {
        if (const std::optional<Update> update = updateInPlace(file, *onDisk, change)) {
            recheck(*update, change);
            return change;
        }
    }
    return rebuild();
}

MeshChange LiveMesh::rebuild()
{
    const QHash<QString, QStringList> before = parentsById(manifest());
    MeshChange change;
    change.rebuilt = true;
    QElapsedTimer timer;
    timer.start();
    build();
    change.parseMs = elapsedMs(timer);
    change.changedNodes = changedAgainst(before, manifest());
    checkAll(change);
    return change;
}

void LiveMesh::build()
{
    // The context points into the manifest the builder is about to replace.
    m_context.reset();
    m_discovery = WorkspaceScanner::discover(m_root);
    m_builder = std::make_unique<ManifestBuilder>(m_discovery);
    for (auto buffer = m_buffers.cbegin(); buffer != m_buffers.cend(); ++buffer)
        m_builder->updateSqlFile(buffer.key(), buffer.value());
    m_options = loadOptions();
    m_context = std::make_unique<RuleContext>(manifest(), m_options.today,
                                              m_options.settings.thresholds());
}

std::optional<LiveMesh::Update> LiveMesh::updateInPlace(const QString &file, const QString &text,
                                                       MeshChange &change)
{
    const Manifest &mesh = manifest();
    struct Before
    {
        QStringList parents;
        QJsonObject config;
    };
    QHash<QString, Before> before;
    for (const Node &node : mesh.nodes) {
        if (node.absolutePath == file)
            before.insert(node.uniqueId, {node.dependsOnNodes, node.config});
    }
    QElapsedTimer timer;
    timer.start();
    if (before.isEmpty() || !m_builder->updateSqlFile(file, text))
        return std::nullopt;
    change.parseMs = elapsedMs(timer);
    Update update;
    for (const Node &node : mesh.nodes) {
        if (node.absolutePath != file)
            continue; // cheaper than looking every node's id up
        const auto previous = before.constFind(node.uniqueId);
        if (previous == before.cend())
            continue;
        update.edits.push_back({&node, m_context->refresh(node)});
        if (previous->parents != node.dependsOnNodes)
            change.changedNodes.append(node.uniqueId);
        if (previous->config != node.config)
            change.configChanged = true;
    }
    update.graphChanged = change.graphChanged() || change.configChanged;
    return update;
}

void LiveMesh::checkAll(MeshChange &change)
{
    QElapsedTimer timer;
    timer.start();
    setDiagnostics(m_checker.check(*m_context, m_options, m_checkState));
    change.checkMs = elapsedMs(timer);
}

void LiveMesh::recheck(const Update &update, MeshChange &change)
{
    QElapsedTimer timer;
    timer.start();
    setDiagnostics(m_checker.recheck(*m_context, m_options, m_checkState, update.edits,
                                     update.graphChanged));
    change.checkMs = elapsedMs(timer);
}

void LiveMesh::setDiagnostics(std::vector<Diagnostic> found)
{
    m_diagnostics = std::move(found);
    if (!m_settingsProblems.empty()) {
        m_diagnostics.insert(m_diagnostics.end(), m_settingsProblems.begin(),
                             m_settingsProblems.end());
        std::sort(m_diagnostics.begin(), m_diagnostics.end());
    }
}

CheckOptions LiveMesh::loadOptions()
{
    CheckOptions options;
    options.workspaceRoot = m_root;
    m_settingsProblems.clear();
    const QString settingsFile = QDir(m_root).filePath(QLatin1String(RuleSettings::kFileName));
    if (!QFileInfo::exists(settingsFile))
        return options;
    Result<RuleSettings> settings = RuleSettings::load(settingsFile);
    if (settings) {
        options.settings = std::move(*settings);
    } else {
        Diagnostic problem = Diagnostic::fromError(settings.error(), Severity::Error,
                                                   QStringLiteral("TRL0001"));
        problem.message = tr("%1 (the rules run with their defaults until it is fixed)")
                              .arg(problem.message);
        m_settingsProblems.push_back(std::move(problem));
    }
    return options;
}

} // namespace Trellis::Core
