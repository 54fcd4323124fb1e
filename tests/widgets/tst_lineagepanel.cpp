#include "core/graph/manifestbuilder.h"
#include "widgets/lineage/lineageedgeitem.h"
#include "widgets/lineage/lineagenodeitem.h"
#include "widgets/lineage/lineagepanel.h"
#include "widgets/lineage/lineagescene.h"
#include "widgets/lineage/lineageview.h"

#include <QFile>
#include <QImage>
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
};

QTEST_MAIN(TestLineagePanel)
#include "tst_lineagepanel.moc"
