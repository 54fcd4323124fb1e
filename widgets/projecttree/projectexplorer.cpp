#include "projectexplorer.h"

#include "core/graph/node.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Trellis::Widgets {

ProjectExplorer::ProjectExplorer(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectTreeModel(this))
    , m_filter(new ProjectTreeFilter(m_model, this))
    , m_filterEdit(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    m_filterEdit->setObjectName(QStringLiteral("ProjectFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter files"));
    m_filterEdit->setClearButtonEnabled(true);
    m_grouping->addItem(tr("Folders"), int(ProjectTreeModel::Grouping::ByFolder));
    m_grouping->addItem(tr("Groups"), int(ProjectTreeModel::Grouping::ByGroup));
    m_grouping->setToolTip(tr("Show the files by folder, or the models by dbt group"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_grouping);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setPattern(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_model, &ProjectTreeModel::populated, this, [this] {
        if (!m_pendingReveal.isEmpty())
            reveal(m_pendingReveal);
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(ProjectTreeModel::Grouping(m_grouping->currentData().toInt()));
        expandProjects();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(ProjectTreeModel::FilePathRole).toString();
        if (QFileInfo(path).isFile())
            Q_EMIT openRequested(path);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        QMenu *menu = createContextMenu(index);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
}

void ProjectExplorer::setProjects(const std::vector<ProjectListing> &projects,
                                  std::shared_ptr<const Core::Manifest> manifest,
                                  std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile)
{
    m_model->setProjects(projects, std::move(manifest), std::move(nodeOfOwnFile));
    expandProjects();
}

void ProjectExplorer::reveal(const QString &path)
{
    m_pendingReveal.clear();
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfFile(path));
    if (!index.isValid()) {
        if (!m_model->isPopulated())
            m_pendingReveal = path; // its row is still to come
        return;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ProjectExplorer::expandProjects()
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_view->expand(m_filter->index(row, 0));
}

QMenu *ProjectExplorer::createContextMenu(const QModelIndex &index)
{
    const QString path = index.data(ProjectTreeModel::FilePathRole).toString();
    const QString id = index.data(ProjectTreeModel::UniqueIdRole).toString();
    const QVariant type = index.data(ProjectTreeModel::ResourceTypeRole);
    const bool isFile = QFileInfo(path).isFile();

    auto *menu = new QMenu(this);
    if (isFile)
        menu->addAction(tr("&Open"), this, [this, path] { Q_EMIT openRequested(path); });
    // Preview runs what can be queried: models, seeds and snapshots.
    using Core::ResourceType;
    const auto kind = ResourceType(type.toInt());
    if (type.isValid()
        && (kind == ResourceType::Model || kind == ResourceType::Seed
            || kind == ResourceType::Snapshot)) {
        menu->addAction(tr("&Preview"), this, [this, id] { Q_EMIT previewRequested(id); });
    }
    if (!id.isEmpty())
        menu->addAction(tr("Show &Lineage"), this, [this, id] { Q_EMIT lineageRequested(id); });
    menu->addSeparator();
    if (!path.isEmpty()) {
        menu->addAction(tr("&Reveal in File Manager"), this, [path] {
            const QFileInfo info(path);
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(info.isDir() ? path : info.absolutePath()));
        });
    }
    if (!id.isEmpty()) {
        menu->addAction(tr("&Copy Unique ID"), this,
                        [id] { QApplication::clipboard()->setText(id); });
    }
    return menu;
}

} // namespace Trellis::Widgets
