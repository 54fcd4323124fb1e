#include "editortab.h"

#include "codeeditor.h"
#include "core/util/backgroundwork.h"
#include "core/util/textfile.h"
#include "filenoticebar.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Trellis::Widgets {

namespace {

const QByteArray kUtf8ByteOrderMark("\xEF\xBB\xBF");

QByteArray fingerprintOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

} // namespace

Core::Result<DiskContents> DiskContents::read(const QString &path)
{
    Core::Result<QByteArray> bytes = Core::TextFile::readUtf8(path);
    if (!bytes)
        return Core::fail(bytes.error());
    DiskContents contents;
    contents.fingerprint = fingerprintOf(*bytes);
    contents.byteOrderMark = bytes->startsWith(kUtf8ByteOrderMark);
    contents.bytes
        = contents.byteOrderMark ? bytes->mid(kUtf8ByteOrderMark.size()) : std::move(*bytes);
    return contents;
}

EditorTab::EditorTab(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_layout(new QVBoxLayout(this))
    , m_notice(new FileNoticeBar(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_notice);
}

QString EditorTab::title() const
{
    const QString name = QFileInfo(m_path).fileName();
    if (m_deletedOnDisk)
        return tr("%1 (deleted)").arg(name);
    return isModified() ? name + QLatin1String(" \u2022") : name;
}

bool EditorTab::isModified() const
{
    return m_editor && m_editor->isModified();
}

bool EditorTab::needsSaving() const
{
    return m_editor && (m_editor->isModified() || m_deletedOnDisk);
}

void EditorTab::load()
{
    if (QFileInfo(m_path).size() <= kBackgroundLoadBytes) {
        applyRead(DiskContents::read(m_path));
        return;
    }
    m_loading = true;
    showPlaceholder(tr("Loading %1…").arg(QFileInfo(m_path).fileName()));
    QPointer<EditorTab> guard(this);
    Core::runInBackground([guard, path = m_path] {
        Core::Result<DiskContents> read = DiskContents::read(path);
        // Posted to the application, which outlives the tab; the guard is read on its thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, read = std::move(read)] {
                if (guard)
                    guard->applyRead(read);
            },
            Qt::QueuedConnection);
    });
}

void EditorTab::applyRead(const Core::Result<DiskContents> &read)
{
    m_loading = false;
    if (read) {
        showContents(*read);
    } else {
        showPlaceholder(tr("Trellis cannot show %1 as text: %2")
                            .arg(QFileInfo(m_path).fileName(), read.error().message));
        m_notice->showNotice(tr("This file is shown read-only."), FileNoticeBar::Tone::Information);
    }
    Q_EMIT loaded();
    Q_EMIT stateChanged();
}

void EditorTab::showPlaceholder(const QString &text)
{
    if (!m_placeholder) {
        m_placeholder = new QLabel(this);
        m_placeholder->setAlignment(Qt::AlignCenter);
        m_placeholder->setWordWrap(true);
        m_placeholder->setContentsMargins(24, 24, 24, 24);
        m_layout->addWidget(m_placeholder, 1);
    }
    m_placeholder->setText(text);
}

void EditorTab::createEditor(qint64 size)
{
    delete std::exchange(m_placeholder, nullptr);
    m_editor = new CodeEditor(this);
    if (size <= kColouringLimitBytes) {
        m_editor->setLanguageForFile(m_path);
    } else {
        m_notice->showNotice(tr("This file is large, so syntax colouring is off."),
                             FileNoticeBar::Tone::Information);
    }
    m_layout->addWidget(m_editor, 1);
    setFocusProxy(m_editor);
    connect(m_editor, &QsciScintilla::modificationChanged, this, &EditorTab::stateChanged);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        ++m_revision;
        Q_EMIT edited();
    });
}

void EditorTab::showContents(const DiskContents &contents)
{
    const bool reload = m_editor != nullptr;
    if (!reload)
        createEditor(contents.bytes.size());
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    const int firstVisible = m_editor->firstVisibleLine();

    // New lines follow the file's convention; existing ones are kept byte for byte.
    m_editor->setEolMode(contents.bytes.contains("\r\n") ? QsciScintilla::EolWindows
                                                         : QsciScintilla::EolUnix);
    m_editor->setText(QString::fromUtf8(contents.bytes));
    m_editor->setModified(false);
    if (reload) {
        line = std::min(line, m_editor->lines() - 1);
        m_editor->setCursorPosition(line, std::min(index, m_editor->lineLength(line)));
        m_editor->setFirstVisibleLine(firstVisible);
    }
    m_byteOrderMark = contents.byteOrderMark;
    m_diskFingerprint = contents.fingerprint;
    m_deletedOnDisk = false;
    Q_EMIT stateChanged();
}

void EditorTab::replaceText(const QString &text)
{
    if (!m_editor)
        createEditor(text.size());
    // Through the editor's own edit, so undo brings back what the file held.
    m_editor->selectAll();
    m_editor->replaceSelectedText(text);
    m_editor->setCursorPosition(0, 0);
    m_editor->setModified(true);
}

QByteArray EditorTab::bytesToSave() const
{
    const QByteArray text = m_editor ? m_editor->text().toUtf8() : QByteArray();
    return m_byteOrderMark ? kUtf8ByteOrderMark + text : text;
}

void EditorTab::markSaved(const QByteArray &writtenBytes)
{
    m_diskFingerprint = fingerprintOf(writtenBytes);
    m_deletedOnDisk = false;
    m_notice->dismiss();
    if (m_editor)
        m_editor->setModified(false);
    Q_EMIT stateChanged();
}

void EditorTab::acknowledgeDiskVersion(const QByteArray &fingerprint)
{
    m_diskFingerprint = fingerprint;
}

void EditorTab::setDeletedOnDisk(bool deleted)
{
    if (m_deletedOnDisk == deleted)
        return;
    m_deletedOnDisk = deleted;
    Q_EMIT stateChanged();
}

} // namespace Trellis::Widgets
