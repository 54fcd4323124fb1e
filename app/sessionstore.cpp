#include "sessionstore.h"

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/editor/editortab.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>

namespace Trellis::App {

namespace {

// Bumped when the dock layout changes incompatibly, so an old layout is not forced on new docks.
constexpr int kLayoutVersion = 1;

QString groupFor(const QString &workspace)
{
    const QByteArray key = QCryptographicHash::hash(workspace.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("sessions/") + QString::fromLatin1(key.toHex().left(16));
}

const QString kPath = QStringLiteral("path");
const QString kGroup = QStringLiteral("group");
const QString kLine = QStringLiteral("line");
const QString kColumn = QStringLiteral("column");
const QString kFirstLine = QStringLiteral("firstVisibleLine");

} // namespace

SessionStore::SessionStore(QMainWindow *window, Widgets::EditorArea *editors)
    : m_window(window)
    , m_editors(editors)
{ }

void SessionStore::save(const QString &workspace) const
{
    if (workspace.isEmpty())
        return;
    QVariantList files;
    for (const Widgets::EditorTab *tab : m_editors->tabs()) {
        QVariantMap file{{kPath, tab->filePath()}, {kGroup, m_editors->groupOf(tab)}};
        if (const Widgets::CodeEditor *editor = tab->editor()) {
            int line = 0;
            int column = 0;
            editor->getCursorPosition(&line, &column);
            file.insert(kLine, line);
            file.insert(kColumn, column);
            file.insert(kFirstLine, editor->firstVisibleLine());
        }
        files.append(file);
    }
    QSettings settings;
    settings.beginGroup(groupFor(workspace));
    settings.setValue(QStringLiteral("workspace"), workspace);
    settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("docks"), m_window->saveState(kLayoutVersion));
    settings.setValue(QStringLiteral("files"), files);
    settings.setValue(QStringLiteral("current"), m_editors->currentFilePath());
}

void SessionStore::restoreLayout(const QString &workspace) const
{
    QSettings settings;
    settings.beginGroup(groupFor(workspace));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray docks = settings.value(QStringLiteral("docks")).toByteArray();
    if (!docks.isEmpty())
        m_window->restoreState(docks, kLayoutVersion);
}

void SessionStore::restoreFiles(const QString &workspace) const
{
    QSettings settings;
    settings.beginGroup(groupFor(workspace));
    const QVariantList files = settings.value(QStringLiteral("files")).toList();
    QList<Widgets::EditorTab *> secondGroup;
    for (const QVariant &entry : files) {
        const QVariantMap file = entry.toMap();
        const QString path = file.value(kPath).toString();
        if (!QFileInfo(path).isFile())
            continue;
        const auto tab = m_editors->openFile(path);
        if (!tab)
            continue;
        if (Widgets::CodeEditor *editor = (*tab)->editor()) {
            editor->setCursorPosition(file.value(kLine).toInt(), file.value(kColumn).toInt());
            editor->setFirstVisibleLine(file.value(kFirstLine).toInt());
        }
        if (file.value(kGroup).toInt() > 0)
            secondGroup.append(*tab);
    }
    for (Widgets::EditorTab *tab : secondGroup) {
        (void)m_editors->openFile(tab->filePath()); // makes it current: the one split off
        m_editors->splitCurrent();
    }
    const QString current = settings.value(QStringLiteral("current")).toString();
    if (!current.isEmpty() && m_editors->tabOfFile(current))
        (void)m_editors->openFile(current);
}

} // namespace Trellis::App
