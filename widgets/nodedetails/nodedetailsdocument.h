#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/graph/manifest.h"

#include <QCoreApplication>
#include <QDate>
#include <QPalette>
#include <QUrl>

#include <optional>
#include <vector>

namespace Trellis::Widgets {

// The rich text the Node Details dock shows for one node: what it is, where it is declared, its
// governance (access, group and owner, contract, versions, deprecation), its columns and tests,
// its parents and children, and the findings about it. Links are node links (show that node)
// and file links (open the file at a line); nodeLink() and fileLink() read them back. Colours
// come from the palette given, so the text reads in light and dark themes. Pure; any thread.
class NodeDetailsDocument
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Widgets::NodeDetailsDocument)

public:
    struct FileLink
    {
        QString path;
        int line = 0;
    };

    // `findings` are the workspace's; the ones about `node` are listed. Deprecation dates before
    // `today` are struck through.
    static QString html(const Core::Manifest &manifest, const Core::Node &node,
                        const std::vector<Core::Diagnostic> &findings, const QPalette &palette,
                        QDate today);

    static QUrl nodeUrl(const QString &uniqueId);
    static QUrl fileUrl(const QString &path, int line);
    // The unique id a node link names, or nothing for another link.
    static std::optional<QString> nodeLink(const QUrl &url);
    static std::optional<FileLink> fileLink(const QUrl &url);
};

} // namespace Trellis::Widgets
