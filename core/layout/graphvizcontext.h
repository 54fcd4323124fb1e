#pragma once

#include "core/layout/layouterror.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

struct GVC_s;

namespace Trellis::Core {

// Serialises every Graphviz call in the process. cgraph and gvc keep global state (the error
// handler, the error count, static buffers), so no two threads may be inside Graphviz at once,
// whichever object they go through. computeLayout() takes it; so must anything else that calls
// Graphviz.
std::mutex &graphvizMutex();

// A Graphviz context (GVC_t) with the layout plugins loaded in-process. Debian's libgvc has no
// built-in plugins (lt_preloaded_symbols is not available), and gvContext() only finds them
// through a config file written by `dot -c` at install time; when that file is missing or stale,
// every layout fails with "Layout type: dot is not recognized". So this context does not use the
// config file: it opens libgvplugin_dot_layout and libgvplugin_neato_layout itself and hands
// their plugin tables to gvAddLibrary. No text-layout plugin is loaded: label sizes come from
// Graphviz's built-in font metrics, which keeps layouts deterministic and keeps Pango and
// fontconfig out of the worker thread.
//
// Create, use and destroy it only with graphvizMutex() held. The plugin libraries stay loaded
// until the context is destroyed.
class GraphvizContext
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::GraphvizContext)

public:
    // Where the plugins are looked for, in order: $GVBINDIR (Graphviz's own override), the
    // "graphviz" folder next to the libgvc this process loaded, and the folder pkg-config
    // named at build time.
    static QStringList defaultPluginFolders();

    // Fails only when Graphviz cannot make a context at all. A plugin that cannot be loaded is
    // not an error here; checkEngine() reports it when a layout needs it.
    static Result<std::unique_ptr<GraphvizContext>, LayoutError>
    create(const QStringList &pluginFolders = defaultPluginFolders());

    ~GraphvizContext();
    GraphvizContext(const GraphvizContext &) = delete;
    GraphvizContext &operator=(const GraphvizContext &) = delete;

    GVC_s *handle() const { return m_context; }

    // The layout engines Graphviz offers in this context, e.g. "dot", "neato", "sfdp".
    QStringList engines() const { return m_engines; }

    // Ok when `engine` can lay out; otherwise an EngineUnavailable error that says which plugin
    // is missing and where it was looked for.
    Result<void, LayoutError> checkEngine(const QString &engine) const;

private:
    GraphvizContext() = default;
    void loadPlugin(const QString &package, const QStringList &folders);

    GVC_s *m_context = nullptr;
    std::vector<void *> m_libraries;
    QStringList m_engines;
    QStringList m_loadProblems;
};

} // namespace Trellis::Core
