#pragma once

#include <QString>

class QMainWindow;

namespace Trellis::Widgets {
class EditorArea;
}

namespace Trellis::App {

// Remembers, per workspace, how the window was left — its geometry, the docks' layout, the open
// files with their group, cursor and scroll position, the current file — and brings it back the
// next time that workspace opens. Stored in QSettings under a key derived from the workspace
// path. GUI thread; holds no state between calls.
class SessionStore
{
public:
    SessionStore(QMainWindow *window, Widgets::EditorArea *editors);

    void save(const QString &workspace) const;
    // Geometry and docks, as soon as the workspace is chosen.
    void restoreLayout(const QString &workspace) const;
    // Open files, once the workspace is loaded; files that are gone are skipped.
    void restoreFiles(const QString &workspace) const;

private:
    QMainWindow *m_window;
    Widgets::EditorArea *m_editors;
};

} // namespace Trellis::App
