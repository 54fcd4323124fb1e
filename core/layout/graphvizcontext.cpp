#include "graphvizcontext.h"

#include <QDir>
#include <QFileInfo>

#include <graphviz/gvc.h>

#include <dlfcn.h>

#include <cstdlib>

namespace Trellis::Core {

namespace {

// Graphviz has kept plugin sonames at .so.6 since 2.30; the unversioned name is the -dev symlink.
const char *const kPluginFileNames[] = {"libgvplugin_%1.so.6", "libgvplugin_%1.so"};

// The engines each plugin package provides; everything but dot lives in neato_layout.
QString packageForEngine(const QString &engine)
{
    return engine == QLatin1String("dot") ? QStringLiteral("dot_layout")
                                          : QStringLiteral("neato_layout");
}

QStringList layoutEngines(GVC_t *context)
{
    QStringList engines;
    int count = 0;
    char **list = gvPluginList(context, "layout", &count, nullptr);
    if (!list)
        return engines;
    for (int i = 0; i < count; ++i) {
        engines.append(QString::fromUtf8(list[i]));
        std::free(list[i]);
    }
    std::free(list);
    return engines;
}

} // namespace

std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

QStringList GraphvizContext::defaultPluginFolders()
{
    QStringList folders;
    if (const char *override = std::getenv("GVBINDIR"); override && *override)
        folders.append(QString::fromLocal8Bit(override));
    // The plugins sit in "graphviz/" next to the libgvc that is actually loaded, which also holds
    // for a relocated install (an AppImage or a bundle with its own libgvc).
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&gvContextPlugins), &info) && info.dli_fname) {
        const QString library = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
        folders.append(QDir(library).filePath(QStringLiteral("graphviz")));
    }
#ifdef TRELLIS_GRAPHVIZ_PLUGIN_DIR
    folders.append(QStringLiteral(TRELLIS_GRAPHVIZ_PLUGIN_DIR));
#endif
    folders.removeDuplicates();
    return folders;
}

Result<std::unique_ptr<GraphvizContext>, LayoutError>
GraphvizContext::create(const QStringList &pluginFolders)
{
    // No built-ins and no demand loading: nothing is read from the config file, so the engines
    // available are exactly those loaded below.
    static const lt_symlist_t noBuiltins[] = {{nullptr, nullptr}};
    std::unique_ptr<GraphvizContext> context(new GraphvizContext);
    context->m_context = gvContextPlugins(noBuiltins, 0);
    if (!context->m_context) {
        return fail(LayoutError{LayoutError::Kind::EngineUnavailable,
                                tr("Graphviz could not create a layout context."), 0, 0});
    }
    context->loadPlugin(QStringLiteral("dot_layout"), pluginFolders);
    context->loadPlugin(QStringLiteral("neato_layout"), pluginFolders);
    context->m_engines = layoutEngines(context->m_context);
    return context;
}

GraphvizContext::~GraphvizContext()
{
    if (m_context)
        gvFreeContext(m_context);
    // Only after the context: it holds pointers into the plugins' tables.
    for (void *library : m_libraries)
        dlclose(library);
}

void GraphvizContext::loadPlugin(const QString &package, const QStringList &folders)
{
    const QByteArray symbol = QStringLiteral("gvplugin_%1_LTX_library").arg(package).toLatin1();
    QStringList tried;
    for (const QString &folder : folders) {
        for (const char *pattern : kPluginFileNames) {
            const QString path = QDir(folder).filePath(QLatin1String(pattern).arg(package));
            if (!QFileInfo::exists(path))
                continue;
            void *library = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
            if (!library) {
                tried.append(QString::fromLocal8Bit(dlerror()));
                continue;
            }
            auto *table = static_cast<gvplugin_library_t *>(dlsym(library, symbol.constData()));
            if (!table) {
                tried.append(tr("%1 has no %2").arg(path, QLatin1String(symbol)));
                dlclose(library);
                continue;
            }
            gvAddLibrary(m_context, table);
            m_libraries.push_back(library);
            return;
        }
    }
    if (tried.isEmpty()) {
        m_loadProblems.append(tr("libgvplugin_%1 was not found in %2")
                                  .arg(package, folders.join(QLatin1String(", "))));
    } else {
        m_loadProblems.append(tr("libgvplugin_%1 could not be loaded: %2")
                                  .arg(package, tried.join(QLatin1String("; "))));
    }
}

Result<void, LayoutError> GraphvizContext::checkEngine(const QString &engine) const
{
    if (m_engines.contains(engine))
        return {};
    const QString package = packageForEngine(engine);
    QString detail;
    for (const QString &problem : m_loadProblems) {
        if (problem.contains(QLatin1String("libgvplugin_") + package))
            detail = problem;
    }
    if (detail.isEmpty()) {
        detail = tr("the plugin is loaded but offers only: %1")
                     .arg(m_engines.join(QLatin1String(", ")));
    }
    return fail(LayoutError{
        LayoutError::Kind::EngineUnavailable,
        tr("The Graphviz layout engine \"%1\" is not available (%2). Install Graphviz's layout "
           "plugins (Debian: libgvc6) or point GVBINDIR at the folder that holds them.")
            .arg(engine, detail),
        0, 0});
}

} // namespace Trellis::Core
