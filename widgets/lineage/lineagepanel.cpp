#include "lineagepanel.h"

#include "core/util/backgroundwork.h"
#include "widgets/common/descriptiontext.h"
#include "widgets/lineage/lineageexporter.h"
#include "widgets/lineage/lineagenodeitem.h"
#include "widgets/lineage/lineagescene.h"
#include "widgets/lineage/lineageview.h"

#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QThread>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace Trellis::Widgets {

namespace {

constexpr int kDefaultDepth = 2;
constexpr int kMaxDepth = 20;

// A search completion: the name people type, and the unique id that tells versions apart.
QString searchEntry(const Core::Node &node)
{
    return QStringLiteral("%1  (%2)").arg(node.name, node.uniqueId);
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString htmlSwatch(const QColor &color)
{
    return QStringLiteral("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>")
        .arg(color.name());
}

} // namespace

LineagePanel::LineagePanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new Core::LayoutService(this))
    , m_scene(new LineageScene(this))
    , m_view(new LineageView(m_scene, this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_legend(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *bar = new QWidget(this);
    createToolBar(bar);
    layout->addWidget(bar);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    auto *footer = new QHBoxLayout;
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Three lines always: a details text of another length must not resize the view, which
    // would shift the picture under the user's eyes.
    m_details->setFixedHeight(m_details->fontMetrics().lineSpacing() * 3 + 2);
    m_legend->setTextFormat(Qt::RichText);
    footer->addWidget(m_details, 1);
    footer->addWidget(m_legend, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(footer);

    connect(m_layout, &Core::LayoutService::layoutFinished, this, &LineagePanel::showLayout);
    connect(m_scene, &LineageScene::selectedNodeChanged, this, &LineagePanel::showDetails);
    connect(m_scene, &LineageScene::selectedNodeChanged, this, &LineagePanel::nodeSelected);
    connect(m_view, &LineageView::openRequested, this, &LineagePanel::openNode);
    connect(m_view, &LineageView::focusRequested, this, [this](const QString &id) {
        if (m_scene->graph().isProjectLevel()) {
            setProjectLevel(false);
            setSelector(QStringLiteral("package:") + id);
        } else {
            focusNode(id);
        }
    });
    connect(m_view, &LineageView::expandParentsRequested, this, &LineagePanel::expandParents);
    connect(m_view, &LineageView::expandChildrenRequested, this, &LineagePanel::expandChildren);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_preparationThread = new QThread(this);
    m_preparationThread->setObjectName(QStringLiteral("LineagePreparation"));
    m_preparer = new QObject;
    m_preparer->moveToThread(m_preparationThread);
    connect(m_preparationThread, &QThread::finished, m_preparer, &QObject::deleteLater);
    m_preparationThread->start(Core::BackgroundPriority);

    followPalette();
    showDetails({});
    updateLegend();
    updateDepthControls();
}

LineagePanel::~LineagePanel()
{
    // A preparation in flight calls back into this panel: let it finish first.
    m_preparationThread->quit();
    m_preparationThread->wait();
}

void LineagePanel::createToolBar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);

    m_selectorEdit = new QLineEdit(bar);
    m_selectorEdit->setPlaceholderText(tr("dbt selector, e.g. 2+dim_members+2"));
    m_selectorEdit->setClearButtonEnabled(true);
    m_selectorEdit->setToolTip(tr("dbt node selection: +model, model+2, @model, tag:, group:, "
                                  "path:, access:public, config.materialized:, unions (space) "
                                  "and intersections (comma). Empty shows the whole mesh."));
    connect(m_selectorEdit, &QLineEdit::returnPressed, this,
            [this] { setSelector(m_selectorEdit->text()); });
    row->addWidget(m_selectorEdit, 2);
    createSearchField(bar);
    row->addWidget(m_search, 1);

    auto makeDepth = [this, bar, row](const QString &label, const QString &tip) {
        auto *caption = new QLabel(label, bar);
        auto *spin = new QSpinBox(bar);
        spin->setRange(0, kMaxDepth);
        spin->setValue(kDefaultDepth);
        spin->setToolTip(tip);
        caption->setToolTip(tip);
        caption->setBuddy(spin);
        row->addWidget(caption);
        row->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &LineagePanel::applyDepths);
        return spin;
    };
    m_upstream = makeDepth(tr("&Up"), tr("How many levels of parents to show"));
    m_downstream = makeDepth(tr("&Down"), tr("How many levels of children to show"));

    m_lens = new QComboBox(bar);
    for (LineageLens lens : {LineageLens::Project, LineageLens::Access,
                             LineageLens::Materialization, LineageLens::Layer,
                             LineageLens::TestStatus})
        m_lens->addItem(tr("Colour: %1").arg(LineagePalette::lensName(lens)), int(lens));
    connect(m_lens, &QComboBox::currentIndexChanged, this, [this] {
        m_scene->setLens(LineageLens(m_lens->currentData().toInt()));
        updateLegend();
    });
    row->addWidget(m_lens);

    auto addButton = [bar, row](const QString &text, const QString &tip) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        row->addWidget(button);
        return button;
    };
    m_projects = addButton(tr("Projects"), tr("Collapse the selection to one node per project"));
    m_projects->setCheckable(true);
    // The whole mesh as models is unreadable beyond a few dozen nodes: start with the projects.
    m_projects->setChecked(true);
    connect(m_projects, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            const QSignalBlocker blocker(m_overview);
            m_overview->setChecked(false);
        }
        refresh(false);
    });
    m_overview = addButton(tr("Overview"), tr("Every selected model as a dot, however many: "
                                              "for the whole mesh at a glance"));
    m_overview->setCheckable(true);
    connect(m_overview, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            const QSignalBlocker blocker(m_projects);
            m_projects->setChecked(false);
        }
        refresh(false);
    });
    m_groups = addButton(tr("Groups"), tr("Draw each dbt group as a box inside its project"));
    m_groups->setCheckable(true);
    connect(m_groups, &QToolButton::toggled, this, [this] { refresh(true); });
    connect(addButton(tr("Fit"), tr("Fit the whole picture into the view")),
            &QToolButton::clicked, m_view, &LineageView::fitPicture);
    connect(addButton(tr("1:1"), tr("Actual size")), &QToolButton::clicked, m_view,
            &LineageView::resetZoom);
    connect(addButton(tr("Export…"), tr("Save the picture as SVG, PNG or DOT")),
            &QToolButton::clicked, this, &LineagePanel::chooseExportFile);
}

void LineagePanel::createSearchField(QWidget *bar)
{
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find node (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Find a model, source or other node by name or unique id: it is "
                            "selected if it is on the picture, focused otherwise."));
    m_searchCompletions = new QStringListModel(this);
    auto *completer = new QCompleter(m_searchCompletions, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &entry) {
                // Return in the popup also reaches the line edit as returnPressed() right after
                // this: that one must not find (and lay out) the same node again.
                m_searchChosen = entry;
                QTimer::singleShot(0, this, [this] { m_searchChosen.clear(); });
                findNode(entry);
            });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_search->text() != m_searchChosen)
            findNode(m_search->text());
    });
}

LineagePanel::PreparedManifest LineagePanel::prepare(Core::LineagePreparation::Request request)
{
    PreparedManifest prepared;
    if (request.manifest) {
        prepared.searchEntries.reserve(qsizetype(request.manifest->nodes.size()));
        for (const Core::Node &node : request.manifest->nodes) {
            if (Core::LineageGraph::isShown(node.type))
                prepared.searchEntries.append(searchEntry(node));
        }
        prepared.searchEntries.sort(Qt::CaseInsensitive);
    }
    prepared.lineage = Core::LineagePreparation::prepare(std::move(request));
    return prepared;
}

Core::LineagePreparation::Request LineagePanel::preparationRequest(
    std::shared_ptr<const Core::Manifest> manifest) const
{
    return {std::move(manifest), selector(), m_expanded, m_nodeCap, isProjectLevel(), !isOverview()};
}

QString LineagePanel::resolveSearch(const QString &text) const
{
    if (!m_manifest)
        return {};
    const QString trimmed = text.trimmed();
    static const QRegularExpression entryId(QStringLiteral("\\(([^()\\s]+)\\)$"));
    const QRegularExpressionMatch match = entryId.match(trimmed);
    const QString id = match.hasMatch() ? match.captured(1) : trimmed;
    if (const Core::Node *node = m_manifest->find(id); node && Core::LineageGraph::isShown(node->type))
        return node->uniqueId;
    // A bare name: the first drawn node of that name, the latest version for versioned models.
    QString found;
    for (const Core::Node &node : m_manifest->nodes) {
        if (!Core::LineageGraph::isShown(node.type)
            || node.name.compare(trimmed, Qt::CaseInsensitive) != 0)
            continue;
        if (found.isEmpty() || node.latestVersion.isEmpty() || node.latestVersion == node.version)
            found = node.uniqueId;
    }
    return found;
}

bool LineagePanel::findNode(const QString &text)
{
    const QString id = resolveSearch(text);
    if (id.isEmpty()) {
        showMessage(tr("No node is called '%1'.").arg(text.trimmed()));
        return false;
    }
    if (const std::optional<QPointF> center = m_scene->nodeCenter(id)) {
        m_scene->selectNode(id);
        m_view->panTo(*center);
        return true;
    }
    focusNode(id);
    return true;
}

void LineagePanel::setTestStatuses(QHash<QString, Core::TestStatus> statuses)
{
    m_scene->setTestStatuses(std::move(statuses));
    showDetails(m_scene->selectedId());
}

void LineagePanel::setOverview(bool overview)
{
    m_overview->setChecked(overview);
}

bool LineagePanel::isOverview() const
{
    return m_overview->isChecked();
}

void LineagePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_deferredManifest)
        setManifest(std::move(m_deferredManifest));
}

void LineagePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void LineagePanel::followPalette()
{
    m_scene->setDark(isDarkPalette(palette()));
    m_view->pictureChanged();
}

bool LineagePanel::OverviewCache::matches(const LineagePanel &panel) const
{
    return manifest == panel.m_manifest && selector == panel.selector()
           && expanded == panel.m_expanded;
}

void LineagePanel::setManifest(std::shared_ptr<const Core::Manifest> manifest)
{
    // Behind another dock's tab, or closed, in a shown window: the picture waits until someone
    // looks, rather than cost a preparation and a layout at every graph edit.
    if (parentWidget() && !isVisible() && window()->isVisible() && m_manifest) {
        m_deferredManifest = std::move(manifest);
        return;
    }
    m_deferredManifest.reset();
    // The selector graph, the selection and the search entries of a mesh of thousands of
    // models take tens of milliseconds: they are prepared off the GUI thread, and only the
    // newest manifest is.
    const quint64 generation = ++m_latestGeneration;
    m_preparing = generation;
    m_incomingManifest = manifest;
    QMetaObject::invokeMethod(
        m_preparer,
        [this, generation, request = preparationRequest(std::move(manifest))]() mutable {
            if (generation != m_latestGeneration)
                return;
            auto prepared = std::make_shared<PreparedManifest>(prepare(std::move(request)));
            QMetaObject::invokeMethod(
                this, [this, generation, prepared] { adoptManifest(generation, prepared); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LineagePanel::adoptManifest(quint64 generation, const std::shared_ptr<PreparedManifest> &prepared)
{
    if (generation != m_latestGeneration)
        return;
    m_preparing = 0;
    m_incomingManifest.reset();
    Core::LineagePreparation &lineage = prepared->lineage;
    // The old selector graph borrows the old manifest: replace it first.
    m_selectorGraph = lineage.selectorGraph;
    m_manifest = lineage.request.manifest;
    if (m_manifest) {
        QStringList projects;
        for (const Core::DbtProject &project : m_manifest->projects)
            projects.append(project.name);
        m_scene->palette().setProjects(projects);
        updateLegend();
    }
    m_searchCompletions->setStringList(prepared->searchEntries);
    // Same selection, new facts: the picture updates in place and shows what changed — unless
    // the user asked for another picture while the manifest was being prepared.
    const bool keepViewport = m_hasPicture;
    if (m_selectorGraph && lineage.selection && !isOverview()
        && lineage.request.selectsLike(preparationRequest(m_manifest))) {
        m_pendingOverview.reset();
        showSelection(*lineage.selection, std::move(lineage.graph), keepViewport, true);
    } else {
        refresh(keepViewport, true);
    }
}

QString LineagePanel::selector() const
{
    return m_selectorEdit->text();
}

void LineagePanel::setSelector(const QString &expression)
{
    m_selectorEdit->setText(expression);
    m_expanded.clear();
    updateDepthControls();
    // A selection is usually asked for to see its models; Projects collapses it again.
    if (!expression.trimmed().isEmpty()) {
        const QSignalBlocker blocker(m_projects);
        m_projects->setChecked(false);
    }
    refresh(false);
}

void LineagePanel::focusNode(const QString &id)
{
    // Right after setManifest() the newest manifest is still being prepared.
    const Core::Manifest *newest = m_incomingManifest ? m_incomingManifest.get() : m_manifest.get();
    const Core::Node *node = newest ? newest->find(id) : nullptr;
    if (!node)
        return;
    const Core::FocusSelector focus{Core::FocusSelector::patternFor(*node), m_upstream->value(),
                                    m_downstream->value()};
    m_focusId = id;
    // A focus asks for the node's neighbourhood with its names, not for dots.
    {
        const QSignalBlocker blocker(m_overview);
        m_overview->setChecked(false);
    }
    setSelector(focus.toString());
}

void LineagePanel::setDepths(int upstream, int downstream)
{
    {
        const QSignalBlocker blockUp(m_upstream);
        const QSignalBlocker blockDown(m_downstream);
        m_upstream->setValue(upstream);
        m_downstream->setValue(downstream);
    }
    applyDepths();
}

void LineagePanel::applyDepths()
{
    std::optional<Core::FocusSelector> focus = Core::FocusSelector::parse(selector());
    if (!focus)
        return;
    focus->upstream = m_upstream->value();
    focus->downstream = m_downstream->value();
    m_selectorEdit->setText(focus->toString());
    refresh(true);
}

void LineagePanel::updateDepthControls()
{
    const std::optional<Core::FocusSelector> focus = Core::FocusSelector::parse(selector());
    m_upstream->setEnabled(focus.has_value());
    m_downstream->setEnabled(focus.has_value());
    if (!focus)
        return;
    const QSignalBlocker blockUp(m_upstream);
    const QSignalBlocker blockDown(m_downstream);
    m_upstream->setValue(focus->upstream.value_or(0));
    m_downstream->setValue(focus->downstream.value_or(0));
}

void LineagePanel::expandParents(const QString &id)
{
    if (!m_manifest)
        return;
    m_expanded.append(m_manifest->parents(id));
    refresh(true);
}

void LineagePanel::expandChildren(const QString &id)
{
    if (!m_manifest)
        return;
    m_expanded.append(m_manifest->children(id));
    refresh(true);
}

void LineagePanel::setProjectLevel(bool projectLevel)
{
    m_projects->setChecked(projectLevel);
}

void LineagePanel::setGroupClusters(bool on)
{
    m_groups->setChecked(on);
}

bool LineagePanel::isProjectLevel() const
{
    return m_projects->isChecked();
}

void LineagePanel::setNodeCap(int cap)
{
    m_nodeCap = cap;
    refresh(true);
}

QString LineagePanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LineagePanel::refresh(bool keepViewport, bool markChanges)
{
    if (!m_selectorGraph) {
        m_layout->cancel();
        m_pendingToken = 0;
        m_scene->clearGraph();
        m_hasPicture = false;
        return;
    }
    if (isOverview()) {
        refreshOverview(keepViewport);
        return;
    }
    m_pendingOverview.reset();
    const Core::Result<Core::LineageSelection> selection = Core::LineageSelection::select(
        *m_selectorGraph, selector(), m_expanded, m_nodeCap, isProjectLevel());
    Core::LineageGraph graph;
    if (selection && !selection->ids.isEmpty())
        graph = selection->graph(*m_manifest);
    showSelection(selection, std::move(graph), keepViewport, markChanges);
}

void LineagePanel::showSelection(const Core::Result<Core::LineageSelection> &selection,
                                 Core::LineageGraph graph, bool keepViewport, bool markChanges)
{
    if (!selection) {
        showMessage(selection.error().toString(), true);
        return;
    }
    if (selection->overCap) {
        showMessage(tr("%1 nodes match: more than the %2 that can be laid out quickly, so the "
                       "projects are shown. Narrow the selector or lower the depths to see "
                       "the models, or switch on Overview to see every model as a dot.")
                        .arg(selection->ids.size())
                        .arg(m_nodeCap));
    } else if (selection->ids.isEmpty()) {
        showMessage(tr("Nothing matches this selector."));
        m_layout->cancel();
        m_pendingToken = 0;
        m_scene->clearGraph();
        m_view->pictureChanged();
        showDetails({});
        Q_EMIT pictureShown();
        return;
    } else {
        showMessage({});
    }
    m_pendingGraph = std::move(graph);
    // The cap is enforced here; the layout's own cap only guards against mistakes.
    Core::LayoutRequest request = m_pendingGraph.request();
    request.options.maxNodes = std::max(request.options.maxNodes, m_nodeCap);
    request.options.groupClusters = m_groups->isChecked();
    m_pendingKeepsViewport = keepViewport && m_hasPicture;
    m_pendingMarksChanges = markChanges && m_hasPicture;
    m_pendingToken = m_layout->requestLayout(std::move(request));
}

void LineagePanel::refreshOverview(bool keepViewport)
{
    if (m_overviewCache && m_overviewCache->matches(*this)) {
        // Same manifest, same selection: the geometry is still right, show it at once.
        m_layout->cancel();
        m_pendingToken = 0;
        m_pendingOverview.reset();
        m_pendingGraph = m_overviewCache->graph;
        m_pendingKeepsViewport = keepViewport && m_hasPicture;
        m_pendingMarksChanges = false;
        showMessage({});
        presentLayout(m_overviewCache->geometry);
        return;
    }
    const Core::Result<Core::LineageSelection> selection = Core::LineageSelection::select(
        *m_selectorGraph, selector(), m_expanded, std::numeric_limits<int>::max(), false);
    if (!selection) {
        showMessage(selection.error().toString(), true);
        return;
    }
    if (selection->ids.isEmpty()) {
        showMessage(tr("Nothing matches this selector."));
        return;
    }
    m_pendingGraph = Core::LineageGraph::overview(*m_manifest, selection->ids);
    // A layout still running for an older request finishes on the worker (Graphviz cannot be
    // interrupted), but its result is dropped: the new token is the only one shown.
    showMessage(tr("Laying out %1 nodes in the background…").arg(m_pendingGraph.nodes().size()));
    m_pendingOverview = OverviewCache{m_manifest, selector(), m_expanded, m_pendingGraph, {}};
    m_pendingKeepsViewport = false;
    m_pendingMarksChanges = false;
    m_pendingToken = m_layout->requestLayout(m_pendingGraph.request());
}

void LineagePanel::showLayout(quint64 token, const Core::LayoutResult &result)
{
    if (token != m_pendingToken)
        return;
    m_pendingToken = 0;
    if (!result) {
        m_pendingOverview.reset();
        showMessage(result.error().message, true);
        return;
    }
    if (m_pendingOverview) {
        m_pendingOverview->geometry = *result;
        m_overviewCache = std::move(m_pendingOverview);
        m_pendingOverview.reset();
        showMessage({});
    }
    presentLayout(*result);
}

void LineagePanel::presentLayout(const Core::LayoutGeometry &geometry)
{
    // Keep the selected node (or the one nearest the centre) where it was on screen.
    QString anchor = m_scene->selectedId();
    if (anchor.isEmpty() || !m_scene->nodeItem(anchor))
        anchor = nodeNearViewCenter();
    QPointF anchorInView;
    if (LineageNodeItem *item = m_scene->nodeItem(anchor))
        anchorInView = m_view->mapFromScene(item->boundingRect().center());

    m_scene->showGraph(m_pendingGraph, geometry, m_pendingMarksChanges);
    m_view->pictureChanged();
    m_hasPicture = true;
    if (m_focusId.isEmpty())
        m_focusId = focusedNode();
    if (!m_focusId.isEmpty() && m_scene->selectedId().isEmpty())
        m_scene->selectNode(m_focusId);
    m_focusId.clear();
    LineageNodeItem *anchorItem = m_scene->nodeItem(anchor);
    if (m_pendingKeepsViewport && anchorItem)
        m_view->keepAt(anchorItem->boundingRect().center(), anchorInView);
    else if (!m_pendingKeepsViewport)
        m_view->presentPicture(m_scene->selectedId());
    showDetails(m_scene->selectedId());
    Q_EMIT pictureShown();
}

QString LineagePanel::focusedNode() const
{
    const std::optional<Core::FocusSelector> focus = Core::FocusSelector::parse(selector());
    if (!focus || !m_manifest)
        return {};
    QString found;
    for (const Core::LineageNodeFacts &facts : m_scene->graph().nodes()) {
        const Core::Node *node = m_manifest->find(facts.id);
        if (!node || Core::FocusSelector::patternFor(*node) != focus->pattern)
            continue;
        if (!found.isEmpty())
            return {}; // the pattern names several nodes: none is the focus
        found = facts.id;
    }
    return found;
}

QString LineagePanel::nodeNearViewCenter() const
{
    const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
    QString nearest;
    double best = std::numeric_limits<double>::max();
    const QList<LineageNodeItem *> items = m_scene->nodeItems();
    for (const LineageNodeItem *item : items) {
        const QPointF d = item->boundingRect().center() - center;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < best) {
            best = distance;
            nearest = item->id();
        }
    }
    return nearest;
}

void LineagePanel::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #cf222e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void LineagePanel::showDetails(const QString &id)
{
    const Core::LineageGraph &graph = m_scene->graph();
    const Core::LineageNodeFacts *facts = graph.find(id);
    if (!facts) {
        const int nodes = int(graph.nodes().size());
        m_details->setText(nodes == 0 ? QString()
                                      : tr("%1 nodes, %2 edges. Click a node for details, "
                                           "double-click to open it; drag to pan, wheel to zoom.")
                                            .arg(nodes)
                                            .arg(graph.request().edges.size()));
        return;
    }
    if (facts->isProject) {
        m_details->setText(tr("<b>%1</b> — project with %2 of the selected nodes. "
                              "Double-click to show its models.")
                               .arg(facts->name.toHtmlEscaped())
                               .arg(facts->memberCount));
        return;
    }
    QStringList traits{tr("%1 in %2").arg(facts->typeName(), facts->project)};
    if (!facts->access.isEmpty())
        traits.append(facts->access);
    if (!facts->group.isEmpty())
        traits.append(tr("group %1").arg(facts->group));
    if (!facts->materialized.isEmpty())
        traits.append(facts->materialized);
    if (facts->contractEnforced)
        traits.append(tr("contract enforced"));
    if (facts->dataTestCount > 0)
        traits.append(tr("%n data test(s)", nullptr, facts->dataTestCount));
    if (const std::optional<Core::TestStatus> status = m_scene->testStatus(id))
        traits.append(tr("tests: %1").arg(LineagePalette::testStatusName(*status)));
    QString text = tr("<b>%1</b> <span style='color:gray'>%2</span><br>%3")
                       .arg(facts->name.toHtmlEscaped(), facts->id.toHtmlEscaped(),
                            traits.join(QStringLiteral(" · ")).toHtmlEscaped());
    // One line of it: the details keep a fixed height so the picture does not move.
    QString description = descriptionText(facts->description).section(QLatin1Char('\n'), 0, 0);
    if (m_details->width() > 0)
        description = m_details->fontMetrics().elidedText(description, Qt::ElideRight,
                                                          m_details->width());
    if (!description.isEmpty())
        text += QStringLiteral("<br>") + description.toHtmlEscaped();
    m_details->setText(text);
}

void LineagePanel::updateLegend()
{
    QStringList entries;
    const LineageLens lens = m_scene->lens();
    for (const LineagePalette::LegendEntry &entry : m_scene->palette().legend(lens))
        entries.append(htmlSwatch(entry.color) + QStringLiteral("&nbsp;")
                       + entry.label.toHtmlEscaped());
    m_legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void LineagePanel::openNode(const QString &id)
{
    const Core::LineageNodeFacts *facts = m_scene->graph().find(id);
    if (!facts)
        return;
    if (facts->isProject) {
        setProjectLevel(false);
        setSelector(QStringLiteral("package:") + id);
        return;
    }
    if (!facts->filePath.isEmpty())
        Q_EMIT openFileRequested(facts->filePath);
}

Core::Result<void> LineagePanel::exportTo(const QString &path)
{
    const std::optional<LineageExporter::Format> format
        = LineageExporter::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        return Core::fail(Core::Error{path, 0, 0,
                                      tr("unknown picture format; use .svg, .png or .dot")});
    }
    return LineageExporter::write(*format, *m_scene, path, selector());
}

void LineagePanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Lineage"), QStringLiteral("lineage.svg"),
        tr("SVG picture (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)"));
    if (path.isEmpty())
        return;
    const Core::Result<void> written = exportTo(path);
    if (!written)
        QMessageBox::warning(this, tr("Export Lineage"), written.error().toString());
}

} // namespace Trellis::Widgets
