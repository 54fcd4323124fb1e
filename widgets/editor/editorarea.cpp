#include "editorarea.h"

#include "codeeditor.h"
#include "core/util/textfile.h"
#include "editortab.h"
#include "filenoticebar.h"
#include "openfilewatcher.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>

#include <algorithm>

namespace Trellis::Widgets {

namespace {

QString cleanAbsolutePath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

EditorArea::EditorArea(QWidget *parent)
    : QStackedWidget(parent)
    , m_welcome(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_watcher(new OpenFileWatcher(this))
{
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::RichText);
    m_welcome->setContentsMargins(24, 24, 24, 24);
    m_splitter->setChildrenCollapsible(false);
    addWidget(m_welcome);
    addWidget(m_splitter);
    m_currentGroup = addGroup();

    connect(m_watcher, &OpenFileWatcher::changedOnDisk, this, &EditorArea::reviewDiskState);
    // The group holding the focus is where the next file opens.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QTabWidget *group : std::as_const(m_groups)) {
            if (now && group->isAncestorOf(now) && group != m_currentGroup) {
                m_currentGroup = group;
                Q_EMIT currentFileChanged(currentFilePath());
            }
        }
    });
}

EditorArea::~EditorArea()
{
    // Groups, tabs and the application report focus and tab changes while the widgets are torn
    // down, after this object's members are gone.
    disconnect(qApp, nullptr, this, nullptr);
    for (QTabWidget *group : std::as_const(m_groups))
        group->disconnect(this);
    for (EditorTab *tab : tabs())
        tab->disconnect(this);
}

QTabWidget *EditorArea::addGroup()
{
    auto *group = new QTabWidget(m_splitter);
    group->setTabsClosable(true);
    group->setMovable(true);
    group->setDocumentMode(true);
    m_splitter->addWidget(group);
    m_groups.append(group);
    connect(group, &QTabWidget::tabCloseRequested, this, [this, group](int index) {
        closeTab(qobject_cast<EditorTab *>(group->widget(index)));
    });
    connect(group, &QTabWidget::currentChanged, this, [this, group] {
        if (group == m_currentGroup)
            Q_EMIT currentFileChanged(currentFilePath());
    });
    return group;
}

Core::Result<EditorTab *> EditorArea::openFile(const QString &path)
{
    const QString clean = cleanAbsolutePath(path);
    if (EditorTab *open = tabOfFile(clean)) {
        m_currentGroup = groupWidget(open);
        m_currentGroup->setCurrentWidget(open);
        return open;
    }
    const QFileInfo info(clean);
    if (!info.isFile() || !info.isReadable()) {
        return Core::fail(Core::Error{clean, 0, 0,
                                      tr("cannot open the file: it does not exist or cannot be "
                                         "read")});
    }
    EditorTab *tab = addTab(clean, m_currentGroup);
    tab->load();
    return tab;
}

EditorTab *EditorArea::restoreBuffer(const QString &path, const QString &text)
{
    const QString clean = cleanAbsolutePath(path);
    EditorTab *tab = tabOfFile(clean);
    if (!tab) {
        tab = addTab(clean, m_currentGroup);
        if (QFileInfo(clean).isFile())
            tab->load();
        else
            tab->setDeletedOnDisk(true);
    }
    tab->replaceText(text);
    groupWidget(tab)->setCurrentWidget(tab);
    return tab;
}

EditorTab *EditorArea::addTab(const QString &path, QTabWidget *group)
{
    auto *tab = new EditorTab(path, group);
    const int index = group->addTab(tab, QFileInfo(path).fileName());
    group->setTabToolTip(index, QDir::toNativeSeparators(path));
    connect(tab, &EditorTab::stateChanged, this, [this, tab] {
        updateTabTitle(tab);
        Q_EMIT buffersChanged();
    });
    connect(tab, &EditorTab::edited, this, [this, tab] {
        Q_EMIT buffersChanged();
        if (tab->editor())
            Q_EMIT bufferEdited(tab->filePath(), tab->editor());
    });
    connect(tab, &EditorTab::loaded, this, [this, tab] {
        if (!tab->editor())
            return;
        applyEditorFont(tab->editor());
        Q_EMIT editorReady(tab->filePath(), tab->editor());
    });
    m_watcher->watch(path);
    group->setCurrentIndex(index);
    showTabsOrWelcome();
    return tab;
}

Core::Result<void> EditorArea::saveCurrent()
{
    EditorTab *tab = currentTab();
    return tab ? save(tab) : Core::Result<void>();
}

Core::Result<void> EditorArea::save(EditorTab *tab)
{
    if (!tab->editor())
        return {};
    const QString path = tab->filePath();
    // Another program may have written the file since we read it, even if its notice has not
    // arrived yet: look at the disk itself before replacing what is there.
    if (QFileInfo::exists(path)) {
        const Core::Result<DiskContents> onDisk = DiskContents::read(path);
        const QByteArray fingerprint = onDisk ? onDisk->fingerprint : QByteArray();
        if (fingerprint != tab->diskFingerprint() && !confirmOverwrite(tab, fingerprint)) {
            return Core::fail(Core::Error{path, 0, 0, tr("not saved: the file changed on disk")});
        }
    }
    const QByteArray bytes = tab->bytesToSave();
    Core::Result<void> saved = Core::TextFile::writeAtomically(path, bytes);
    if (saved) {
        tab->markSaved(bytes);
        Q_EMIT bufferReleased(path);
    } else {
        Q_EMIT saveFailed(saved.error());
    }
    return saved;
}

bool EditorArea::confirmOverwrite(EditorTab *tab, const QByteArray &diskFingerprint)
{
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    tr("%1 was changed by another program since you opened it. Overwrite those "
                       "changes with yours?")
                        .arg(QFileInfo(tab->filePath()).fileName()),
                    QMessageBox::Cancel, this);
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != overwrite)
        return false;
    tab->acknowledgeDiskVersion(diskFingerprint);
    return true;
}

bool EditorArea::closeTab(EditorTab *tab)
{
    if (!tab)
        return true;
    QTabWidget *group = groupWidget(tab);
    if (tab->needsSaving()) {
        group->setCurrentWidget(tab);
        const auto choice = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them before closing?")
                .arg(QFileInfo(tab->filePath()).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (choice == QMessageBox::Cancel)
            return false;
        // A failed save keeps the tab open, so the text is never lost.
        if (choice == QMessageBox::Save && !save(tab))
            return false;
    }
    const QString path = tab->filePath();
    m_watcher->unwatch(path);
    group->removeTab(group->indexOf(tab));
    tab->deleteLater();
    removeEmptyGroups();
    showTabsOrWelcome();
    Q_EMIT buffersChanged();
    Q_EMIT bufferReleased(path);
    return true;
}

bool EditorArea::closeAll()
{
    for (EditorTab *tab : tabs()) {
        if (!closeTab(tab))
            return false;
    }
    return true;
}

void EditorArea::splitCurrent()
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    QTabWidget *from = groupWidget(tab);
    if (m_groups.size() == 1 && from->count() == 1)
        return; // nothing would be left beside it
    QTabWidget *to
        = m_groups.size() > 1 ? m_groups.at(from == m_groups.first() ? 1 : 0) : addGroup();
    const QString title = from->tabText(from->indexOf(tab));
    const QString toolTip = from->tabToolTip(from->indexOf(tab));
    from->removeTab(from->indexOf(tab));
    const int index = to->addTab(tab, title);
    to->setTabToolTip(index, toolTip);
    to->setCurrentIndex(index);
    m_currentGroup = to;
    removeEmptyGroups();
    tab->setFocus();
    Q_EMIT currentFileChanged(currentFilePath());
}

int EditorArea::groupCount() const
{
    return int(m_groups.size());
}

int EditorArea::groupOf(const EditorTab *tab) const
{
    return int(m_groups.indexOf(groupWidget(tab)));
}

void EditorArea::removeEmptyGroups()
{
    // The first group stays even when empty: it is where the next file opens.
    for (qsizetype i = m_groups.size() - 1; i >= 0 && m_groups.size() > 1; --i) {
        QTabWidget *group = m_groups.at(i);
        if (group->count() > 0)
            continue;
        m_groups.removeAt(i);
        if (m_currentGroup == group)
            m_currentGroup = m_groups.first();
        group->deleteLater();
        group->hide();
    }
}

QTabWidget *EditorArea::groupWidget(const EditorTab *tab) const
{
    for (QTabWidget *group : m_groups) {
        if (group->indexOf(const_cast<EditorTab *>(tab)) >= 0)
            return group;
    }
    return nullptr;
}

EditorTab *EditorArea::currentTab() const
{
    return qobject_cast<EditorTab *>(m_currentGroup->currentWidget());
}

CodeEditor *EditorArea::currentEditor() const
{
    const EditorTab *tab = currentTab();
    return tab ? tab->editor() : nullptr;
}

QString EditorArea::currentFilePath() const
{
    const EditorTab *tab = currentTab();
    return tab ? tab->filePath() : QString();
}

QList<EditorTab *> EditorArea::tabs() const
{
    QList<EditorTab *> all;
    for (const QTabWidget *group : m_groups) {
        for (int i = 0; i < group->count(); ++i)
            all.append(qobject_cast<EditorTab *>(group->widget(i)));
    }
    return all;
}

EditorTab *EditorArea::tabOfFile(const QString &path) const
{
    const QString clean = cleanAbsolutePath(path);
    for (EditorTab *tab : tabs()) {
        if (tab->filePath() == clean)
            return tab;
    }
    return nullptr;
}

int EditorArea::openFileCount() const
{
    return int(tabs().size());
}

bool EditorArea::hasUnsavedChanges() const
{
    const QList<EditorTab *> all = tabs();
    return std::any_of(all.begin(), all.end(),
                       [](const EditorTab *tab) { return tab->needsSaving(); });
}

void EditorArea::setWelcomeText(const QString &html)
{
    m_welcome->setText(html);
}

void EditorArea::setEditorFont(const QFont &font)
{
    m_editorFont = font;
    for (const EditorTab *tab : tabs()) {
        if (tab->editor())
            applyEditorFont(tab->editor());
    }
}

void EditorArea::applyEditorFont(CodeEditor *editor) const
{
    // The editor restyles its lexer from font() when it sees the font change.
    if (m_editorFont) {
        editor->setFont(*m_editorFont);
        editor->setMarginsFont(*m_editorFont);
    }
}

void EditorArea::updateTabTitle(EditorTab *tab)
{
    if (QTabWidget *group = groupWidget(tab))
        group->setTabText(group->indexOf(tab), tab->title());
}

void EditorArea::reviewDiskState(const QString &path)
{
    EditorTab *tab = tabOfFile(path);
    if (!tab || !tab->editor())
        return;
    FileNoticeBar *notice = tab->noticeBar();
    if (!QFileInfo::exists(path)) {
        if (!tab->isDeletedOnDisk()) {
            tab->setDeletedOnDisk(true);
            notice->showNotice(tr("The file was deleted from disk. Its text is kept here; save "
                                  "to write it again."),
                               FileNoticeBar::Tone::Warning);
        }
        return;
    }
    const Core::Result<DiskContents> onDisk = DiskContents::read(path);
    if (!onDisk) {
        notice->showNotice(tr("The file changed on disk and can no longer be read as text (%1). "
                              "The text here is kept.")
                               .arg(onDisk.error().message),
                           FileNoticeBar::Tone::Warning);
        return;
    }
    if (tab->isDeletedOnDisk()) {
        tab->setDeletedOnDisk(false);
        notice->dismiss();
    }
    if (onDisk->fingerprint == tab->diskFingerprint())
        return; // our own save, or a write of the same bytes
    if (tab->isModified())
        askAboutExternalChange(tab);
    else
        tab->showContents(*onDisk);
}

void EditorArea::askAboutExternalChange(EditorTab *tab)
{
    FileNoticeBar *notice = tab->noticeBar();
    notice->showNotice(tr("The file changed on disk, and you have unsaved changes here."),
                       FileNoticeBar::Tone::Warning);
    connect(notice->addButton(tr("Reload")), &QPushButton::clicked, tab, [tab, notice] {
        // The disk's version as it is now, not as it was when the notice appeared.
        const Core::Result<DiskContents> latest = DiskContents::read(tab->filePath());
        if (latest)
            tab->showContents(*latest);
        notice->dismiss();
    });
    connect(notice->addButton(tr("Keep Mine")), &QPushButton::clicked, tab, [tab, notice] {
        const Core::Result<DiskContents> latest = DiskContents::read(tab->filePath());
        if (latest)
            tab->acknowledgeDiskVersion(latest->fingerprint);
        notice->dismiss();
    });
}

void EditorArea::showTabsOrWelcome()
{
    setCurrentWidget(tabs().isEmpty() ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

} // namespace Trellis::Widgets
