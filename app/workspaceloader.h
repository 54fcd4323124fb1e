#pragma once

#include "core/graph/manifest.h"
#include "widgets/projecttree/projecttreemodel.h"

#include <QObject>

#include <memory>
#include <vector>

namespace Trellis::App {

// Everything the window shows right after opening a workspace.
struct WorkspaceSnapshot
{
    QString rootPath;
    std::vector<Widgets::ProjectListing> projects;
    std::shared_ptr<const Core::Manifest> manifest; // its diagnostics include discovery's
    qint64 elapsedMs = 0;
};

// Scans and parses a workspace on the thread pool and hands the result back on the GUI thread. Only the
// latest request is delivered: a load started while another runs makes the older one stale, and
// its result is dropped. Lives on the GUI thread.
class WorkspaceLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceLoader(QObject *parent = nullptr);

    void load(const QString &workspaceRoot);
    bool isLoading() const { return m_pendingToken != 0; }

    static WorkspaceSnapshot scan(const QString &workspaceRoot);

Q_SIGNALS:
    void loaded(const Trellis::App::WorkspaceSnapshot &snapshot);

private:
    quint64 m_lastToken = 0;
    quint64 m_pendingToken = 0;
};

} // namespace Trellis::App
