#pragma once

#include "core/graph/manifest.h"
#include "core/graph/selectorgraph.h"
#include "core/layout/layoutservice.h"
#include "core/layout/lineagepreparation.h"
#include "core/layout/lineageselection.h"
#include "core/util/result.h"

#include <QWidget>

#include <atomic>

#include <memory>
#include <optional>

class QComboBox;
class QThread;
class QStringListModel;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Trellis::Widgets {

class LineageScene;
class LineageView;

// The lineage tool: a selector box (dbt syntax, default focus `2+node+2`) with upstream and
// downstream depth controls, a search field (Ctrl+F) that finds any node of the manifest, a
// lens, the project-level switch (on while the selector is empty, off once a selection is asked
// for), the overview switch, zoom and export buttons above a LineageView, and a details line
// for the selected node. It selects nodes on the GUI thread (cheap), lays them out through a
// LayoutService (never on the GUI thread; only the newest request is shown), and beyond the
// node cap shows the projects instead of the resources, or, in overview mode, every resource
// as a dot placed by sfdp (cached per manifest and selection, since it takes seconds on a big
// mesh). A new manifest re-runs the same selection and keeps the viewport and the selected node
// where they were. GUI thread; owns its scene, view and layout service.
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
    // Boxes for dbt groups inside the project boxes (resources view only).
    void setGroupClusters(bool on);
    bool isProjectLevel() const;
    // Every selected resource as a dot, however many: for a selection beyond the node cap.
    void setOverview(bool overview);
    bool isOverview() const;

    // Shows the node `text` names (a unique id, a name, or a search completion): selects and
    // centres it when it is on the picture, otherwise focuses on it. False if nothing matches.
    bool findNode(const QString &text);
    QLineEdit *searchField() const { return m_search; }

    // The latest test outcomes per unique id (e.g. from a build), for the Tests lens.
    void setTestStatuses(QHash<QString, Core::TestStatus> statuses);
    void setNodeCap(int cap);
    int nodeCap() const { return m_nodeCap; }

    // True between a selection and the moment its picture is shown.
    bool isLayoutPending() const { return m_pendingToken != 0 || m_preparing != 0; }
    QString message() const;

    LineageScene *scene() const { return m_scene; }
    LineageView *view() const { return m_view; }

    // Writes the picture; the format comes from the file's suffix (svg, png, dot).
    Core::Result<void> exportTo(const QString &path);

Q_SIGNALS:
    void openFileRequested(const QString &path);
    // A new picture is on screen (after every layout), e.g. for tests and screenshots.
    void pictureShown();
    // The user selected a node in the picture (its unique id; empty when none is selected).
    void nodeSelected(const QString &uniqueId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // What an overview was laid out for: the same key shows the same picture again at once.
    struct OverviewCache
    {
        std::shared_ptr<const Core::Manifest> manifest;
        QString selector;
        QStringList expanded;
        Core::LineageGraph graph;
        Core::LayoutGeometry geometry;

        bool matches(const LineagePanel &panel) const;
    };

    void createToolBar(QWidget *bar);
    void createSearchField(QWidget *bar);
    // Runs on the preparation thread: what a new manifest needs before it is drawn.
    struct PreparedManifest
    {
        Core::LineagePreparation lineage;
        QStringList searchEntries;
    };
    static PreparedManifest prepare(Core::LineagePreparation::Request request);
    Core::LineagePreparation::Request preparationRequest(
        std::shared_ptr<const Core::Manifest> manifest) const;
    void adoptManifest(quint64 generation, const std::shared_ptr<PreparedManifest> &prepared);
    // Lays out what `selection` picked (its graph given), or says why there is nothing to lay out.
    void showSelection(const Core::Result<Core::LineageSelection> &selection,
                       Core::LineageGraph graph, bool keepViewport, bool markChanges);
    // The unique id a search text stands for, or empty.
    QString resolveSearch(const QString &text) const;
    void refresh(bool keepViewport, bool markChanges = false);
    void refreshOverview(bool keepViewport);
    void showLayout(quint64 token, const Core::LayoutResult &result);
    void presentLayout(const Core::LayoutGeometry &geometry);
    void followPalette();
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
    // A manifest that arrived while the panel was out of sight, shown when it comes back.
    std::shared_ptr<const Core::Manifest> m_deferredManifest;
    // The manifest being prepared, until it is adopted.
    std::shared_ptr<const Core::Manifest> m_incomingManifest;
    std::shared_ptr<const Core::SelectorGraph> m_selectorGraph;
    // New manifests are prepared on this thread, the newest only; m_preparing is the generation
    // being prepared (0: none).
    QThread *m_preparationThread = nullptr;
    QObject *m_preparer = nullptr;
    std::atomic<quint64> m_latestGeneration = 0;
    quint64 m_preparing = 0;
    Core::LayoutService *m_layout;
    LineageScene *m_scene;
    LineageView *m_view;
    QLineEdit *m_selectorEdit = nullptr;
    QLineEdit *m_search = nullptr;
    QStringListModel *m_searchCompletions = nullptr;
    QString m_searchChosen; // the completion just chosen, until the event loop runs again
    QSpinBox *m_upstream = nullptr;
    QSpinBox *m_downstream = nullptr;
    QComboBox *m_lens = nullptr;
    QToolButton *m_projects = nullptr;
    QToolButton *m_overview = nullptr;
    QToolButton *m_groups = nullptr;
    QLabel *m_message;
    QLabel *m_details;
    QLabel *m_legend;

    QStringList m_expanded;
    int m_nodeCap = Core::LineageGraph::kDefaultNodeCap;
    quint64 m_pendingToken = 0;
    Core::LineageGraph m_pendingGraph;
    bool m_pendingKeepsViewport = false;
    bool m_pendingMarksChanges = false;
    std::optional<OverviewCache> m_overviewCache;
    std::optional<OverviewCache> m_pendingOverview; // filled when its layout arrives
    bool m_hasPicture = false;
    QString m_focusId; // selected once the focused picture is shown
};

} // namespace Trellis::Widgets
