#include "core/graph/manifestbuilder.h"
#include "widgets/lineage/lineageclusteritem.h"
#include "widgets/lineage/lineageedgeitem.h"
#include "widgets/lineage/lineageminimap.h"
#include "widgets/lineage/lineagenodeitem.h"
#include "widgets/lineage/lineageoverviewitem.h"
#include "widgets/lineage/lineagepanel.h"
#include "widgets/lineage/lineagescene.h"
#include "widgets/lineage/lineageview.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Trellis;
using Widgets::LineagePanel;

namespace {

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
const QString kMembersV2 = QStringLiteral("model.platform.dim_members.v2");
constexpr int kLayoutTimeoutMs = 10'000;

std::shared_ptr<const Core::Manifest> sandbox()
{
    static const auto manifest = std::make_shared<const Core::Manifest>(
        Core::ManifestBuilder::build(kSandbox));
    return manifest;
}

QStringList shownIds(const LineagePanel &panel)
{
    QStringList ids;
    for (const Widgets::LineageNodeItem *item : panel.scene()->nodeItems())
        ids.append(item->id());
    ids.sort();
    return ids;
}

QStringList shownProjects(const LineagePanel &panel)
{
    QStringList projects;
    for (const Widgets::LineageNodeItem *item : panel.scene()->nodeItems()) {
        if (!projects.contains(item->facts().project))
            projects.append(item->facts().project);
    }
    projects.sort();
    return projects;
}

// A mesh of `projects` projects with `models` models each: every model reads one or two earlier
// models of its project, and every tenth the first model of the project before. Deterministic.
std::shared_ptr<const Core::Manifest> generatedMesh(int projects, int models)
{
    auto manifest = std::make_shared<Core::Manifest>();
    for (int p = 0; p < projects; ++p) {
        const QString project = QStringLiteral("project_%1").arg(p);
        Core::DbtProject dbtProject;
        dbtProject.name = project;
        manifest->projects.push_back(dbtProject);
        for (int m = 0; m < models; ++m) {
            Core::Node node;
            node.type = Core::ResourceType::Model;
            node.packageName = project;
            node.name = QStringLiteral("model_%1_%2").arg(p).arg(m);
            node.uniqueId = QStringLiteral("model.%1.%2").arg(project, node.name);
            node.fqn = QStringList{project, node.name}; // what selectors match names against
            if (m > 0)
                node.dependsOnNodes.append(QStringLiteral("model.%1.model_%2_%3").arg(project).arg(p).arg(m / 2));
            if (m > 2)
                node.dependsOnNodes.append(QStringLiteral("model.%1.model_%2_%3").arg(project).arg(p).arg(m - 1));
            if (p > 0 && m % 10 == 0) {
                node.dependsOnNodes.append(QStringLiteral("model.project_%1.model_%1_0").arg(p - 1));
            }
            manifest->nodes.push_back(node);
        }
    }
    manifest->index();
    return manifest;
}

QColor legendColor(const Widgets::LineagePalette &palette, Widgets::LineageLens lens,
                   const QString &label)
{
    for (const Widgets::LineagePalette::LegendEntry &entry : palette.legend(lens)) {
        if (entry.label == label)
            return entry.color;
    }
    return {};
}

// The first child of `id` the lineage draws (tests are children too, but never drawn).
QString firstShownChild(const QString &id)
{
    for (const QString &child : sandbox()->children(id)) {
        if (Core::LineageGraph::isShown(sandbox()->find(child)->type))
            return child;
    }
    return {};
}

} // namespace

// Waits for the picture a change asked for (the layout runs on the service's thread).
#define WAIT_FOR_PICTURE(panel) QTRY_VERIFY_WITH_TIMEOUT(!(panel).isLayoutPending(), kLayoutTimeoutMs)

class TestLineagePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusesDepthsExpandsAndExports()
    {
        LineagePanel panel;
        panel.resize(1200, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setManifest(sandbox());
        WAIT_FOR_PICTURE(panel);

        // Focus: 2+node+2 by default, across the three projects of the mesh.
        panel.focusNode(kMembersV2);
        QCOMPARE(panel.selector(), QStringLiteral("2+dim_members.v2+2"));
        WAIT_FOR_PICTURE(panel);
        QVERIFY(panel.scene()->nodeItem(kMembersV2));
        QCOMPARE(panel.scene()->selectedId(), kMembersV2);
        QCOMPARE(shownProjects(panel),
                 QStringList({QStringLiteral("finance"), QStringLiteral("marketing"),
                              QStringLiteral("platform")}));
        const QStringList atDepthTwo = shownIds(panel);

        // Depth one on each side: fewer nodes, the focused one still selected and in place.
        const QPointF before = panel.view()->mapFromScene(
            panel.scene()->nodeItem(kMembersV2)->boundingRect().center());
        panel.setDepths(1, 1);
        QCOMPARE(panel.selector(), QStringLiteral("1+dim_members.v2+1"));
        WAIT_FOR_PICTURE(panel);
        const QStringList atDepthOne = shownIds(panel);
        QVERIFY(atDepthOne.size() < atDepthTwo.size());
        QCOMPARE(panel.scene()->selectedId(), kMembersV2);
        const QPointF after = panel.view()->mapFromScene(
            panel.scene()->nodeItem(kMembersV2)->boundingRect().center());
        QVERIFY2((after - before).manhattanLength() <= 2,
                 qPrintable(QStringLiteral("moved from %1,%2 to %3,%4")
                                .arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));

        // Expanding a parent's parents brings them in without changing the selector.
        const QString parent = sandbox()->parents(kMembersV2).first();
        const QStringList grandparents = sandbox()->parents(parent);
        QVERIFY(!grandparents.isEmpty());
        panel.setDepths(0, 1);
        WAIT_FOR_PICTURE(panel);
        QVERIFY(!panel.scene()->nodeItem(grandparents.first()));
        panel.expandParents(kMembersV2);
        WAIT_FOR_PICTURE(panel);
        QVERIFY(panel.scene()->nodeItem(parent));
        panel.expandParents(parent);
        WAIT_FOR_PICTURE(panel);
        for (const QString &id : grandparents) {
            if (Core::LineageGraph::isShown(sandbox()->find(id)->type))
                QVERIFY2(panel.scene()->nodeItem(id), qPrintable(id));
        }
        QCOMPARE(panel.selector(), QStringLiteral("0+dim_members.v2+1"));

        // SVG: vector text with the focused model's name and its badges.
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("lineage.svg"));
        const Core::Result<void> svg = panel.exportTo(svgPath);
        QVERIFY2(svg.ok(), svg.ok() ? "" : qPrintable(svg.error().toString()));
        QFile file(svgPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("<?xml"));
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains(">dim_members<"));
        QVERIFY(content.contains(">v2 of 2 · latest<"));
        QVERIFY(content.contains(">platform<"));
        QVERIFY(content.contains("<path"));

        const QString pngPath = dir.filePath(QStringLiteral("lineage.png"));
        QVERIFY(panel.exportTo(pngPath).ok());
        const QImage png(pngPath);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 200);

        const QString dotPath = dir.filePath(QStringLiteral("lineage.dot"));
        QVERIFY(panel.exportTo(dotPath).ok());
        QFile dot(dotPath);
        QVERIFY(dot.open(QIODevice::ReadOnly));
        QVERIFY(dot.readAll().contains("\"model.platform.dim_members.v2\""));
        QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("lineage.bmp"))).ok());
    }

    void depthControlsFollowTheSelector()
    {
        LineagePanel panel;
        panel.setManifest(sandbox());
        WAIT_FOR_PICTURE(panel);
        const auto spins = panel.findChildren<QSpinBox *>();
        QCOMPARE(spins.size(), 2);
        panel.setSelector(QStringLiteral("3+fct_rides+1"));
        QVERIFY(spins[0]->isEnabled());
        QCOMPARE(spins[0]->value(), 3);
        QCOMPARE(spins[1]->value(), 1);
        panel.setSelector(QStringLiteral("tag:finance access:public"));
        QVERIFY(!spins[0]->isEnabled());
        WAIT_FOR_PICTURE(panel);
        panel.setSelector(QStringLiteral("tg:finance"));
        QVERIFY(panel.message().contains(QLatin1String("tg")));
    }

    void drawsGroupsInsideProjectsOnRequest()
    {
        LineagePanel panel;
        panel.setManifest(sandbox());
        WAIT_FOR_PICTURE(panel);
        panel.focusNode(kMembersV2);
        WAIT_FOR_PICTURE(panel);
        const auto groupBoxes = [&] {
            QStringList groups;
            for (QGraphicsItem *item : panel.scene()->items()) {
                if (item->type() == Trellis::Widgets::LineageClusterItem::Type
                    && !static_cast<Trellis::Widgets::LineageClusterItem *>(item)->group().isEmpty())
                    groups.append(static_cast<Trellis::Widgets::LineageClusterItem *>(item)->group());
            }
            groups.sort();
            return groups;
        };
        QVERIFY(groupBoxes().isEmpty());
        panel.setGroupClusters(true);
        WAIT_FOR_PICTURE(panel);
        // dim_members belongs to platform's core_entities group.
        QVERIFY2(groupBoxes().contains(QStringLiteral("core_entities")), qPrintable(groupBoxes().join(u',')));
        panel.setGroupClusters(false);
        WAIT_FOR_PICTURE(panel);
        QVERIFY(groupBoxes().isEmpty());
    }

    void collapsesToProjectsBeyondTheCap()
    {
        LineagePanel panel;
        panel.setManifest(sandbox());
        WAIT_FOR_PICTURE(panel);
        // The whole mesh starts collapsed; as models it fits the default cap.
        QVERIFY(panel.scene()->graph().isProjectLevel());
        panel.setProjectLevel(false);
        WAIT_FOR_PICTURE(panel);
        QVERIFY(!panel.scene()->graph().isProjectLevel());
        QVERIFY(panel.message().isEmpty());
        panel.setNodeCap(10);
        WAIT_FOR_PICTURE(panel);
        QVERIFY(panel.scene()->graph().isProjectLevel());
        QCOMPARE(shownIds(panel), QStringList({QStringLiteral("finance"),
                                               QStringLiteral("marketing"),
                                               QStringLiteral("platform")}));
        QVERIFY(panel.message().contains(QLatin1String("10")));
    }

    void hoverHighlightsPathsThroughANode()
    {
        LineagePanel panel;
        panel.setManifest(sandbox());
        panel.setSelector(QStringLiteral("2+dim_members.v2+2"));
        WAIT_FOR_PICTURE(panel);
        Widgets::LineageScene *scene = panel.scene();
        const QString child = firstShownChild(kMembersV2);
        QVERIFY(scene->nodeItem(child));
        scene->setHoveredNode(child);
        QVERIFY(!scene->nodeItem(kMembersV2)->isDimmed());
        QVERIFY(!scene->nodeItem(child)->isDimmed());
        // A sibling consumer of dim_members is not on a path through `child`.
        QString sibling;
        for (const QString &id : sandbox()->children(kMembersV2)) {
            if (id != child && scene->nodeItem(id) && !scene->pathsThrough(child).contains(id))
                sibling = id;
        }
        QVERIFY(!sibling.isEmpty());
        QVERIFY(scene->nodeItem(sibling)->isDimmed());
        scene->setHoveredNode({});
        QVERIFY(!scene->nodeItem(sibling)->isDimmed());
    }

    void keepsTheSelectionWhenANewManifestArrives()
    {
        LineagePanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setManifest(sandbox());
        panel.focusNode(kMembersV2);
        WAIT_FOR_PICTURE(panel);
        panel.view()->zoomBy(1.5);
        const double zoom = panel.view()->zoom();
        QSignalSpy opened(&panel, &LineagePanel::openFileRequested);

        panel.setManifest(std::make_shared<const Core::Manifest>(Core::ManifestBuilder::build(kSandbox)));
        WAIT_FOR_PICTURE(panel);
        QCOMPARE(panel.scene()->selectedId(), kMembersV2);
        QCOMPARE(panel.view()->zoom(), zoom);
        QVERIFY(panel.scene()->changedNodes().isEmpty());

        // An edit that changes one node's access marks that node, and only it.
        auto edited = std::make_shared<Core::Manifest>(*sandbox());
        for (Core::Node &node : edited->nodes) {
            if (node.uniqueId == kMembersV2)
                node.config.insert(QStringLiteral("access"), QStringLiteral("protected"));
        }
        panel.setManifest(edited);
        WAIT_FOR_PICTURE(panel);
        QCOMPARE(panel.scene()->changedNodes(), QStringList{kMembersV2});
        QCOMPARE(panel.scene()->selectedId(), kMembersV2);
        QTRY_VERIFY(panel.scene()->changedNodes().isEmpty());

        // Double-click asks to open the node's file.
        const QPoint at = panel.view()->mapFromScene(
            panel.scene()->nodeItem(kMembersV2)->boundingRect().center());
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.count(), 1);
        QVERIFY(opened.first().first().toString().endsWith(QLatin1String("dim_members_v2.sql")));
    }

    void searchSelectsOrFocusesANode()
    {
        LineagePanel panel;
        panel.resize(1200, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setManifest(sandbox());
        panel.setSelector(QStringLiteral("1+dim_members.v2+1"));
        WAIT_FOR_PICTURE(panel);

        // Completions cover the whole manifest, by name and unique id.
        QAbstractItemModel *completions = panel.searchField()->completer()->model();
        QStringList entries;
        for (int row = 0; row < completions->rowCount(); ++row)
            entries.append(completions->index(row, 0).data().toString());
        QVERIFY(entries.contains(QStringLiteral("dim_members  (%1)").arg(kMembersV2)));
        QVERIFY(entries.size() > 20);

        // Ctrl+F in the panel goes to the search field.
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(panel.searchField()->hasFocus());

        // On the picture: selected and brought to the middle, the selector unchanged.
        const QString child = firstShownChild(kMembersV2);
        QVERIFY(panel.scene()->nodeItem(child));
        const QString selector = panel.selector();
        QVERIFY(panel.findNode(sandbox()->find(child)->name));
        QCOMPARE(panel.scene()->selectedId(), child);
        QCOMPARE(panel.selector(), selector);
        const QPoint middle = panel.view()->viewport()->rect().center();
        const QPoint shownAt = panel.view()->mapFromScene(*panel.scene()->nodeCenter(child));
        QVERIFY2((shownAt - middle).manhattanLength() <= 4,
                 qPrintable(QStringLiteral("at %1,%2").arg(shownAt.x()).arg(shownAt.y())));

        // Not on the picture: the lineage focuses on it.
        QString elsewhere;
        for (const Core::Node &node : sandbox()->nodes) {
            if (Core::LineageGraph::isShown(node.type) && node.type == Core::ResourceType::Model
                && !panel.scene()->nodeItem(node.uniqueId))
                elsewhere = node.uniqueId;
        }
        QVERIFY(!elsewhere.isEmpty());
        panel.searchField()->setText(QStringLiteral("x  (%1)").arg(elsewhere));
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        WAIT_FOR_PICTURE(panel);
        QVERIFY(panel.selector().contains(sandbox()->find(elsewhere)->name));
        QCOMPARE(panel.scene()->selectedId(), elsewhere);

        QVERIFY(!panel.findNode(QStringLiteral("no_such_model")));
        QVERIFY(panel.message().contains(QLatin1String("no_such_model")));
    }

    void minimapShowsTheBigPictureAndMovesTheView()
    {
        LineagePanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setManifest(sandbox());
        panel.setProjectLevel(false);
        WAIT_FOR_PICTURE(panel);
        Widgets::LineageView *view = panel.view();
        Widgets::LineageMinimap *minimap = view->minimap();

        view->fitPicture();
        QVERIFY(!minimap->isVisible());
        view->resetZoom();
        view->zoomBy(2);
        QVERIFY(minimap->isVisible());
        QVERIFY(minimap->width() <= view->viewport()->width() / 2);
        // The picture is drawn when the map is first shown: more than a frame on a background.
        const QImage shot = minimap->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));

        // A click in the minimap's top-left quarter brings that part of the picture to the middle.
        const QRectF area = minimap->pictureArea();
        const QPoint target = (area.topLeft() + QPointF(area.width() / 4, area.height() / 4)).toPoint();
        const QPointF wanted = minimap->toScene(target);
        QTest::mouseClick(minimap, Qt::LeftButton, {}, target);
        const QPointF middle = view->mapToScene(view->viewport()->rect().center());
        QVERIFY2(QLineF(middle, wanted).length() < 4,
                 qPrintable(QStringLiteral("%1,%2 instead of %3,%4")
                                .arg(middle.x()).arg(middle.y()).arg(wanted.x()).arg(wanted.y())));
        // Dragging keeps following the mouse.
        const QPoint further = (area.topLeft() + QPointF(area.width() / 2, area.height() / 2)).toPoint();
        QTest::mousePress(minimap, Qt::LeftButton, {}, target);
        QMouseEvent move(QEvent::MouseMove, QPointF(further), minimap->mapToGlobal(QPointF(further)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(minimap, &move);
        QTest::mouseRelease(minimap, Qt::LeftButton, {}, further);
        QVERIFY(QLineF(view->mapToScene(view->viewport()->rect().center()), minimap->toScene(further))
                    .length() < 4);
    }

    void testStatusLensColoursByOutcome()
    {
        LineagePanel panel;
        panel.setManifest(sandbox());
        panel.setSelector(QStringLiteral("2+dim_members.v2+2"));
        WAIT_FOR_PICTURE(panel);
        auto *lens = panel.findChild<QComboBox *>();
        QVERIFY(lens);
        lens->setCurrentIndex(lens->findData(int(Widgets::LineageLens::TestStatus)));
        Widgets::LineageScene *scene = panel.scene();
        QCOMPARE(scene->lens(), Widgets::LineageLens::TestStatus);

        const Widgets::LineagePalette &palette = scene->palette();
        const QColor tested = legendColor(palette, Widgets::LineageLens::TestStatus, QStringLiteral("tested"));
        const QColor untested = legendColor(palette, Widgets::LineageLens::TestStatus, QStringLiteral("no tests"));
        const QColor failed = legendColor(palette, Widgets::LineageLens::TestStatus, QStringLiteral("fail"));
        QVERIFY(tested.isValid() && untested.isValid() && failed.isValid());
        QVERIFY(tested != untested && failed != tested);

        // dim_members.v2 has data tests in the sandbox; it is "tested" until results arrive.
        const Widgets::LineageNodeItem *members = scene->nodeItem(kMembersV2);
        QVERIFY(members->facts().dataTestCount > 0);
        const auto fillOf = [scene](const QString &id) {
            return scene->palette().fill(scene->nodeItem(id)->facts(), scene->lens(), scene->testStatus(id));
        };
        QCOMPARE(fillOf(kMembersV2), tested);
        bool sawUntested = false;
        for (const Widgets::LineageNodeItem *item : scene->nodeItems()) {
            if (item->facts().dataTestCount == 0 && item->facts().type == Core::ResourceType::Model) {
                QCOMPARE(fillOf(item->id()), untested);
                sawUntested = true;
            }
        }
        QVERIFY(sawUntested);

        // A failing result recolours the node, in what is painted too.
        panel.setTestStatuses({{kMembersV2, Core::TestStatus::Fail}});
        QVERIFY(scene->testStatus(kMembersV2) == Core::TestStatus::Fail);
        QCOMPARE(fillOf(kMembersV2), failed);
        const QRectF box = members->boundingRect();
        QImage image(box.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            scene->render(&painter, QRectF(QPointF(), box.size()), box);
        }
        // Inside the outline (the item's bounds have 5 points of room around it), above the
        // name: only the fill is painted there.
        QCOMPARE(image.pixelColor(image.width() - 20, 9).rgb(), failed.rgb());
    }

    void overviewShowsAGeneratedMeshAsDots()
    {
        const auto mesh = generatedMesh(3, 120);
        LineagePanel panel;
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setManifest(mesh);
        WAIT_FOR_PICTURE(panel);
        panel.setOverview(true);
        QVERIFY(!panel.isProjectLevel());
        WAIT_FOR_PICTURE(panel);
        Widgets::LineageOverviewItem *overview = panel.scene()->overviewItem();
        QVERIFY(overview);
        QCOMPARE(overview->nodeCount(), 360);
        QVERIFY(panel.scene()->graph().isOverview());
        // Dots do not sit on each other.
        const QPointF a = *overview->nodeCenter(QStringLiteral("model.project_0.model_0_5"));
        const QPointF b = *overview->nodeCenter(QStringLiteral("model.project_0.model_0_6"));
        QVERIFY(QLineF(a, b).length() >= Core::LineageMetrics::kOverviewDotSize);

        // Search selects a dot; a click on a dot selects it too.
        QVERIFY(panel.findNode(QStringLiteral("model_2_7")));
        QCOMPARE(panel.scene()->selectedId(), QStringLiteral("model.project_2.model_2_7"));
        const QPointF other = *overview->nodeCenter(QStringLiteral("model.project_1.model_1_3"));
        panel.view()->panTo(other);
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {},
                          panel.view()->mapFromScene(other));
        QCOMPARE(panel.scene()->selectedId(), QStringLiteral("model.project_1.model_1_3"));

        // Leaving and coming back reuses the layout of the same manifest: no new layout.
        panel.setProjectLevel(true);
        QVERIFY(!panel.isOverview());
        WAIT_FOR_PICTURE(panel);
        QVERIFY(!panel.scene()->overviewItem());
        panel.setOverview(true);
        QVERIFY(!panel.isLayoutPending());
        QVERIFY(panel.scene()->overviewItem());
        QCOMPARE(*panel.scene()->overviewItem()->nodeCenter(QStringLiteral("model.project_0.model_0_5")), a);

        // A new manifest lays it out again.
        panel.setManifest(generatedMesh(3, 121));
        QVERIFY(panel.isLayoutPending());
        WAIT_FOR_PICTURE(panel);
        QCOMPARE(panel.scene()->overviewItem()->nodeCount(), 363);

        // Focusing a node from the overview leaves it for the neighbourhood.
        panel.focusNode(QStringLiteral("model.project_1.model_1_3"));
        QVERIFY(!panel.isOverview());
        WAIT_FOR_PICTURE(panel);
        QVERIFY(panel.scene()->nodeItem(QStringLiteral("model.project_1.model_1_3")));
    }

    void followsADarkPalette()
    {
        LineagePanel panel;
        panel.setManifest(sandbox());
        panel.setSelector(QStringLiteral("1+dim_members.v2+1"));
        WAIT_FOR_PICTURE(panel);
        QCOMPARE(panel.scene()->backgroundBrush().color(), QColor(Qt::white));
        QPalette dark = panel.palette();
        dark.setColor(QPalette::Window, QColor(0x2b2b2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0e0e0));
        panel.setPalette(dark);
        QVERIFY(panel.scene()->palette().isDark());
        QVERIFY(panel.scene()->backgroundBrush().color().lightness() < 64);
        // The picture is redrawn, not dropped.
        QVERIFY(panel.scene()->nodeItem(kMembersV2));
    }
};

QTEST_MAIN(TestLineagePanel)
#include "tst_lineagepanel.moc"
