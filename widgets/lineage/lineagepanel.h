#pragma once

#include "core/graph/manifest.h"
#include "core/graph/selectorgraph.h"
#include "core/layout/layoutservice.h"
#include "core/layout/lineageselection.h"
#include "core/util/result.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Trellis::Widgets {

class LineageScene;
class LineageView;

// The lineage tool: a selector box (dbt syntax, default focus `2+node+2`) with upstream and
// downstream depth controls, a lens, the project-level switch (on while the selector is empty,
// off once a selection is asked for), zoom and export buttons above a
// LineageView, and a details line for the selected node. It selects nodes on the GUI thread
// (cheap), lays them out through a LayoutService (never on the GUI thread; only the newest
// request is shown), and beyond the node cap shows the projects instead of the resources. A
// new manifest re-runs the same selection and keeps the viewport and the selected node where
// they were. GUI thread; owns its scene, view and layout service.
class LineagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit LineagePanel(QWidget *parent = nullptr);
    ~LineagePanel() override;

    void setManifest(std::shared_ptr<const Core::Manifest> manifest);

    QString selector() const;
    void setSelector(const QString &expression);
    // Focus on `id` with the current depths: the selector becomes `U+pattern+D`.
    void focusNode(const QString &id);
    // Only for focus-form selectors; others ignore the depths.
    void setDepths(int upstream, int downstream);
    void expandParents(const QString &id);
    void expandChildren(const QString &id);
    void setProjectLevel(bool projectLevel);
    bool isProjectLevel() const;
    void setNodeCap(int cap);
    int nodeCap() const { return m_nodeCap; }

    // True between a selection and the moment its picture is shown.
    bool isLayoutPending() const { return m_pendingToken != 0; }
    QString message() const;

    LineageScene *scene() const { return m_scene; }
    LineageView *view() const { return m_view; }

    // Writes the picture; the format comes from the file's suffix (svg, png, dot).
    Core::Result<void> exportTo(const QString &path);

Q_SIGNALS:
    void openFileRequested(const QString &path);
    // A new picture is on screen (after every layout), e.g. for tests and screenshots.
    void pictureShown();

private:
    void createToolBar(QWidget *bar);
    void refresh(bool keepViewport, bool markChanges = false);
    void showLayout(quint64 token, const Core::LayoutResult &result);
    void applyDepths();
    void updateDepthControls();
    void showDetails(const QString &id);
    void showMessage(const QString &text, bool isError = false);
    void updateLegend();
    void openNode(const QString &id);
    void chooseExportFile();
    QString nodeNearViewCenter() const;
    // The one node a focus-form selector names, e.g. dim_members.v2 in 2+dim_members.v2+2.
    QString focusedNode() const;

    std::shared_ptr<const Core::Manifest> m_manifest;
    std::unique_ptr<Core::SelectorGraph> m_selectorGraph;
    Core::LayoutService *m_layout;
    LineageScene *m_scene;
    LineageView *m_view;
    QLineEdit *m_selectorEdit = nullptr;
    QSpinBox *m_upstream = nullptr;
    QSpinBox *m_downstream = nullptr;
    QComboBox *m_lens = nullptr;
    QToolButton *m_projects = nullptr;
    QLabel *m_message;
    QLabel *m_details;
    QLabel *m_legend;

    QStringList m_expanded;
    int m_nodeCap = Core::LineageGraph::kDefaultNodeCap;
    quint64 m_pendingToken = 0;
    Core::LineageGraph m_pendingGraph;
    bool m_pendingKeepsViewport = false;
    bool m_pendingMarksChanges = false;
    bool m_hasPicture = false;
    QString m_focusId; // selected once the focused picture is shown
};

} // namespace Trellis::Widgets
