#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/graph/manifest.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

class QTextBrowser;
class QUrl;

namespace Trellis::Widgets {

// The Node Details dock's widget: one node of the current manifest, as NodeDetailsDocument
// writes it. Parents and children are links that show that node here; the file link asks the
// window to open it. It keeps the shown node across new manifests and findings (an edit), and
// says so when the node is gone. GUI thread; shares the manifest and findings it is given.
class NodeDetails : public QWidget
{
    Q_OBJECT

public:
    explicit NodeDetails(QWidget *parent = nullptr);

    // A new manifest and its findings, shown with one layout.
    void setFacts(std::shared_ptr<const Core::Manifest> manifest,
                  std::shared_ptr<const std::vector<Core::Diagnostic>> diagnostics);
    void setDiagnostics(std::shared_ptr<const std::vector<Core::Diagnostic>> diagnostics);
    // Shows the node with this unique id; an unknown or empty id leaves the dock as it is.
    void showNode(const QString &uniqueId);
    // Shows the node a file defines: its SQL or CSV file, else the first entry of a property file.
    void showNodeOfFile(const QString &path);
    QString uniqueId() const { return m_uniqueId; }
    // The day deprecation dates are compared with (tests fix it).
    void setToday(QDate today);
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void openFileRequested(const QString &path, int line);
    // Another node is on show (after showNode() or a click on a parent or child).
    void nodeShown(const QString &uniqueId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showHtml(const QString &html);
    void followLink(const QUrl &url);

    QTextBrowser *m_browser;
    std::shared_ptr<const Core::Manifest> m_manifest;
    std::shared_ptr<const std::vector<Core::Diagnostic>> m_diagnostics;
    QString m_uniqueId;
    QString m_shownHtml;
    QDate m_today = QDate::currentDate();
};

} // namespace Trellis::Widgets
