#pragma once

#include "core/live/livemeshservice.h"
#include "widgets/projecttree/projecttreemodel.h"

#include <QObject>

#include <memory>
#include <vector>

namespace Trellis::App {

// Everything the window shows right after a workspace was (re)built.
struct WorkspaceSnapshot
{
    QString rootPath;
    std::vector<Widgets::ProjectListing> projects;
    std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile; // LiveMeshState's
    std::shared_ptr<const Core::Manifest> manifest;
    std::shared_ptr<const std::vector<Core::Diagnostic>> diagnostics; // parse and rule findings
    qint64 elapsedMs = 0;
};

// The open workspace kept live for the window: builds it off the GUI thread, feeds it the
// editors' unsaved text, and reports both whole rebuilds (loaded) and every newer state
// (updated), such as the findings after a keystroke. Lives on the GUI thread.
class LiveWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit LiveWorkspace(QObject *parent = nullptr);

    void open(const QString &workspaceRoot);
    bool isLoading() const { return m_loading; }
    void edit(const QString &path, const QString &text) { m_service.edit(path, text); }
    void release(const QString &path) { m_service.release(path); }

Q_SIGNALS:
    // The workspace was built (opened, or built again after a saved property file or macro).
    void loaded(const Trellis::App::WorkspaceSnapshot &snapshot);
    // Any newer state, the rebuilt ones included.
    void updated(const Trellis::Core::LiveMeshState &state);

private:
    void publish(const Core::LiveMeshState &state);

    Core::LiveMeshService m_service;
    bool m_loading = false;
};

} // namespace Trellis::App
