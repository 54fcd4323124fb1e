#include "nodedetails.h"

#include "widgets/nodedetails/nodedetailsdocument.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Trellis::Widgets {

NodeDetails::NodeDetails(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &NodeDetails::followLink);
    render();
}

void NodeDetails::setFacts(std::shared_ptr<const Core::Manifest> manifest,
                           std::shared_ptr<const std::vector<Core::Diagnostic>> diagnostics)
{
    m_manifest = std::move(manifest);
    m_diagnostics = std::move(diagnostics);
    render();
}

void NodeDetails::setDiagnostics(std::shared_ptr<const std::vector<Core::Diagnostic>> diagnostics)
{
    m_diagnostics = std::move(diagnostics);
    render();
}

void NodeDetails::showNode(const QString &uniqueId)
{
    if (uniqueId.isEmpty() || uniqueId == m_uniqueId || !m_manifest || !m_manifest->find(uniqueId))
        return;
    m_uniqueId = uniqueId;
    render();
    Q_EMIT nodeShown(uniqueId);
}

void NodeDetails::showNodeOfFile(const QString &path)
{
    if (!m_manifest || path.isEmpty())
        return;
    const Core::Node *declared = nullptr;
    for (const Core::Node &node : m_manifest->nodes) {
        if (node.type == Core::ResourceType::Test)
            continue;
        // A YAML-only node's absolutePath is its property file too: prefer a node whose own
        // file this is, the model of a .sql file, over the entries of a property file.
        if (node.absolutePath == path && node.declaredAt.file != path) {
            showNode(node.uniqueId);
            return;
        }
        if (!declared && node.declaredAt.file == path)
            declared = &node;
    }
    if (declared)
        showNode(declared->uniqueId);
}

void NodeDetails::setToday(QDate today)
{
    m_today = today;
    render();
}

void NodeDetails::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The text's colours come from the palette: a theme switch writes it again.
    if (event->type() == QEvent::PaletteChange)
        render();
}

void NodeDetails::render()
{
    const Core::Node *node = m_manifest && !m_uniqueId.isEmpty() ? m_manifest->find(m_uniqueId)
                                                                 : nullptr;
    if (!node) {
        showHtml(
            QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(),
                     m_uniqueId.isEmpty()
                         ? tr("Select a node in the project tree or the lineage, or open its "
                              "file, to see its details.")
                         : tr("'%1' is no longer in the workspace.").arg(m_uniqueId.toHtmlEscaped())));
        return;
    }
    static const std::vector<Core::Diagnostic> none;
    showHtml(NodeDetailsDocument::html(*m_manifest, *node, m_diagnostics ? *m_diagnostics : none,
                                       palette(), m_today));
}

void NodeDetails::showHtml(const QString &html)
{
    // Every keystroke brings new findings and often a new manifest, but rarely news about the
    // node shown; laying the document out again costs the GUI thread tens of milliseconds.
    if (html == m_shownHtml)
        return;
    m_shownHtml = html;
    // Keep the reader's place when the same node is written again after an edit.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scroll);
}

void NodeDetails::followLink(const QUrl &url)
{
    if (const std::optional<QString> id = NodeDetailsDocument::nodeLink(url))
        showNode(*id);
    else if (const std::optional<NodeDetailsDocument::FileLink> file = NodeDetailsDocument::fileLink(url))
        Q_EMIT openFileRequested(file->path, file->line);
}

} // namespace Trellis::Widgets
