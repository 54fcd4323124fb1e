#include "projecttreemodel.h"

#include "core/graph/manifest.h"
#include "widgets/resources/icons.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace Trellis::Widgets {

namespace {

// Files added at once, and per slice: under 10 ms of the GUI thread each, the view and its
// filter included.
constexpr qsizetype kFilesPerSlice = 500;

// Files, and models under a group, never hold rows. Saying so spares the filtered tree: the
// view's expandAll() otherwise remembers each of them as expanded, one persistent index per
// row, and the filter proxy updates every persistent index whenever it hides rows.
void markAsLeaf(QStandardItem *item)
{
    item->setFlags(item->flags() | Qt::ItemNeverHasChildren);
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    m_nextSlice.setSingleShot(true);
    connect(&m_nextSlice, &QTimer::timeout, this, [this] { addFiles(kFilesPerSlice); });
}

void ProjectTreeModel::setProjects(const std::vector<ProjectListing> &projects,
                                   std::shared_ptr<const Core::Manifest> manifest,
                                   std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile)
{
    m_projects = projects;
    m_manifest = std::move(manifest);
    m_nodeOfOwnFile = std::move(nodeOfOwnFile);
    rebuild();
}

void ProjectTreeModel::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void ProjectTreeModel::rebuild()
{
    m_nextSlice.stop();
    m_pendingFiles.clear();
    m_itemOfFile.clear();
    clear();
    for (const ProjectListing &project : m_projects) {
        auto *projectItem = new QStandardItem(Icons::project(), project.name);
        projectItem->setData(project.rootPath, FilePathRole);
        projectItem->setData(true, IsProjectRole);
        projectItem->setToolTip(project.rootPath);
        projectItem->setEditable(false);
        appendRow(projectItem);
        if (m_grouping == Grouping::ByGroup && m_manifest)
            addGroups(project, projectItem);
        else
            m_pendingFiles.push_back({projectItem, project.rootPath, project.files, 0, {}});
    }
    addFiles(kFilesPerSlice);
}

void ProjectTreeModel::addFiles(qsizetype budget)
{
    while (budget > 0 && !m_pendingFiles.empty()) {
        PendingFiles &project = m_pendingFiles.front();
        for (; budget > 0 && project.next < project.files.size(); --budget)
            addFile(project, project.files[project.next++]);
        if (project.next == project.files.size())
            m_pendingFiles.erase(m_pendingFiles.begin());
    }
    if (m_pendingFiles.empty())
        Q_EMIT populated();
    else
        m_nextSlice.start(0);
}

void ProjectTreeModel::addFile(PendingFiles &project, const QString &relative)
{
    // Folders are created on first use; the files come sorted, so siblings stay sorted.
    const QStringList parts = relative.split(QLatin1Char('/'));
    QStandardItem *parent = project.projectItem;
    QString folderPath;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        folderPath += (i ? QStringLiteral("/") : QString()) + parts[i];
        QStandardItem *&folder = project.folders[folderPath];
        if (!folder) {
            folder = new QStandardItem(Icons::folder(), parts[i]);
            folder->setEditable(false);
            folder->setData(project.rootPath + QLatin1Char('/') + folderPath, FilePathRole);
            parent->appendRow(folder);
        }
        parent = folder;
    }
    auto *file = new QStandardItem(Icons::forFile(parts.last()), parts.last());
    file->setEditable(false);
    markAsLeaf(file);
    describeNode(file, project.rootPath + QLatin1Char('/') + relative);
    parent->appendRow(file);
}

void ProjectTreeModel::addGroups(const ProjectListing &project, QStandardItem *projectItem)
{
    // Models of the project by group, the groups by name, models without a group last.
    QMap<QString, QList<const Core::Node *>> byGroup;
    for (const Core::Node &node : m_manifest->nodes) {
        if (node.type == Core::ResourceType::Model && node.packageName == project.name)
            byGroup[node.group()].append(&node);
    }
    for (auto it = byGroup.begin(); it != byGroup.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Core::Node *a, const Core::Node *b) {
            return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
    }
    const auto addGroup = [this, projectItem, &project](const QString &label, const QString &group,
                                                       const QList<const Core::Node *> &models) {
        auto *groupItem = new QStandardItem(Icons::forNode(Core::ResourceType::Group), label);
        groupItem->setEditable(false);
        if (const Core::Node *declared = m_manifest->find(QStringLiteral("group.%1.%2").arg(project.name, group))) {
            groupItem->setData(declared->absolutePath, FilePathRole);
            groupItem->setData(declared->uniqueId, UniqueIdRole);
            // A property file declares many groups: it is revealed at the first.
            if (!m_itemOfFile.contains(declared->absolutePath))
                m_itemOfFile.insert(declared->absolutePath, groupItem);
            const QString owner = declared->owner.value(QLatin1String("name")).toString();
            const QString email = declared->owner.value(QLatin1String("email")).toString();
            groupItem->setToolTip(tr("Owner: %1").arg(owner.isEmpty() ? email : owner));
        }
        for (const Core::Node *model : models) {
            auto *item = new QStandardItem(model->version.isEmpty()
                                               ? model->name
                                               : model->name + QLatin1String(".v") + model->version);
            item->setEditable(false);
            markAsLeaf(item);
            describeNode(item, model->absolutePath);
            groupItem->appendRow(item);
        }
        projectItem->appendRow(groupItem);
    };
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        if (!it.key().isEmpty())
            addGroup(it.key(), it.key(), it.value());
    }
    if (byGroup.contains(QString()))
        addGroup(tr("(no group)"), QString(), byGroup.value(QString()));
}

void ProjectTreeModel::describeNode(QStandardItem *item, const QString &path)
{
    item->setData(path, FilePathRole);
    m_itemOfFile.insert(path, item);
    if (!m_manifest || !m_nodeOfOwnFile)
        return;
    const Core::Node *node = m_manifest->find(m_nodeOfOwnFile->value(path));
    if (!node)
        return;
    const Core::Node &n = *node;
    item->setData(n.uniqueId, UniqueIdRole);
    item->setData(int(n.type), ResourceTypeRole);
    item->setIcon(Icons::forNode(n.type, n.access()));
    item->setToolTip(n.type == Core::ResourceType::Model
                         ? tr("%1 · %2").arg(n.uniqueId, n.access())
                         : n.uniqueId);
}

QModelIndex ProjectTreeModel::indexOfFile(const QString &absolutePath) const
{
    const QStandardItem *item = m_itemOfFile.value(absolutePath);
    return item ? item->index() : QModelIndex();
}

} // namespace Trellis::Widgets
