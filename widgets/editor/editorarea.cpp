#include "editorarea.h"

#include "codeeditor.h"
#include "core/util/textfile.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>

namespace Trellis::Widgets {

namespace {
const char kFilePathProperty[] = "trellisFilePath";
}

EditorArea::EditorArea(QWidget *parent)
    : QStackedWidget(parent)
    , m_welcome(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::RichText);
    m_welcome->setContentsMargins(24, 24, 24, 24);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    addWidget(m_welcome);
    addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorArea::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { Q_EMIT currentFileChanged(currentFilePath()); });
}

Core::Result<CodeEditor *> EditorArea::openFile(const QString &path)
{
    if (const int open = indexOfFile(path); open >= 0) {
        m_tabs->setCurrentIndex(open);
        return editorAt(open);
    }
    Core::Result<QString> text = Core::TextFile::read(path);
    if (!text)
        return Core::fail(text.error());

    auto *editor = new CodeEditor(m_tabs);
    editor->setLanguageForFile(path);
    editor->setEolMode(text->contains(QLatin1String("\r\n")) ? QsciScintilla::EolWindows
                                                             : QsciScintilla::EolUnix);
    editor->setText(*text);
    editor->setModified(false);
    editor->setProperty(kFilePathProperty, path);
    const int index = m_tabs->addTab(editor, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, path);
    connect(editor, &QsciScintilla::modificationChanged, this,
            [this, editor] { updateTabTitle(m_tabs->indexOf(editor)); });
    m_tabs->setCurrentIndex(index);
    showTabsOrWelcome();
    return editor;
}

Core::Result<void> EditorArea::saveCurrent()
{
    return m_tabs->count() ? save(m_tabs->currentIndex()) : Core::Result<void>();
}

Core::Result<void> EditorArea::save(int index)
{
    CodeEditor *editor = editorAt(index);
    const QString path = editor->property(kFilePathProperty).toString();
    Core::Result<void> saved = Core::TextFile::writeAtomically(path, editor->text().toUtf8());
    if (saved)
        editor->setModified(false);
    else
        Q_EMIT saveFailed(saved.error());
    return saved;
}

bool EditorArea::closeTab(int index)
{
    CodeEditor *editor = editorAt(index);
    if (!editor)
        return true;
    if (editor->isModified()) {
        m_tabs->setCurrentIndex(index);
        const auto choice = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them before closing?").arg(m_tabs->tabText(index)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (choice == QMessageBox::Cancel)
            return false;
        // A failed save keeps the tab open, so the text is never lost.
        if (choice == QMessageBox::Save && !save(index))
            return false;
    }
    m_tabs->removeTab(index);
    editor->deleteLater();
    showTabsOrWelcome();
    return true;
}

bool EditorArea::closeAll()
{
    while (m_tabs->count() > 0) {
        if (!closeTab(m_tabs->count() - 1))
            return false;
    }
    return true;
}

CodeEditor *EditorArea::currentEditor() const
{
    return editorAt(m_tabs->currentIndex());
}

QString EditorArea::currentFilePath() const
{
    const CodeEditor *editor = currentEditor();
    return editor ? editor->property(kFilePathProperty).toString() : QString();
}

int EditorArea::openFileCount() const
{
    return m_tabs->count();
}

bool EditorArea::hasUnsavedChanges() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (editorAt(i)->isModified())
            return true;
    }
    return false;
}

void EditorArea::setWelcomeText(const QString &html)
{
    m_welcome->setText(html);
}

int EditorArea::currentIndex() const
{
    return m_tabs->currentIndex();
}

CodeEditor *EditorArea::editorAt(int index) const
{
    return qobject_cast<CodeEditor *>(m_tabs->widget(index));
}

int EditorArea::indexOfFile(const QString &path) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (editorAt(i)->property(kFilePathProperty).toString() == path)
            return i;
    }
    return -1;
}

void EditorArea::updateTabTitle(int index)
{
    CodeEditor *editor = editorAt(index);
    if (!editor)
        return;
    const QString name = QFileInfo(editor->property(kFilePathProperty).toString()).fileName();
    m_tabs->setTabText(index, editor->isModified() ? name + QLatin1String(" \u2022") : name);
}

void EditorArea::showTabsOrWelcome()
{
    setCurrentWidget(m_tabs->count() ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

} // namespace Trellis::Widgets
