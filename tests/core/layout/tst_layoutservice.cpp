#include "core/layout/graphvizlayout.h"
#include "core/layout/layoutservice.h"

#include <QElapsedTimer>
#include <QTest>

#include <vector>

using namespace Trellis::Core;

namespace {

// A layered DAG big enough that dot takes a noticeable time, so requests pile up behind it.
LayoutRequest layeredGraph(int nodeCount)
{
    LayoutRequest request;
    for (int i = 0; i < nodeCount; ++i) {
        LayoutNode node;
        node.id = QStringLiteral("model.p%1.m%2").arg(i % 5).arg(i);
        node.project = QStringLiteral("p%1").arg(i % 5);
        request.nodes.push_back(node);
    }
    const auto link = [&request](int from, int to) {
        LayoutEdge edge;
        edge.from = request.nodes[std::size_t(from)].id;
        edge.to = request.nodes[std::size_t(to)].id;
        request.edges.push_back(edge);
    };
    for (int i = 10; i < nodeCount; ++i) {
        link(i - 10, i);
        link(i / 2, i);
    }
    return request;
}

struct Delivery
{
    quint64 token;
    bool ok;
    qsizetype nodes;
    LayoutError::Kind kind;
};

} // namespace

class TestLayoutService : public QObject
{
    Q_OBJECT

    static void record(LayoutService &service, std::vector<Delivery> &deliveries)
    {
        QObject::connect(
            &service, &LayoutService::layoutFinished, &service,
            [&deliveries](quint64 token, const LayoutResult &result) {
                deliveries.push_back(
                    {token, result.ok(), result.ok() ? qsizetype(result->nodes.size()) : 0,
                     result.ok() ? LayoutError::Kind::LayoutFailed : result.error().kind});
            });
    }

private Q_SLOTS:
    void deliversOnlyTheLatest()
    {
        LayoutService service;
        std::vector<Delivery> deliveries;
        record(service, deliveries);

        LayoutRequest big = layeredGraph(400);
        LayoutRequest medium = layeredGraph(200);
        LayoutRequest small = layeredGraph(12);
        QElapsedTimer timer;
        timer.start();
        const quint64 first = service.requestLayout(std::move(big));
        const quint64 second = service.requestLayout(std::move(medium));
        const quint64 third = service.requestLayout(std::move(small));
        // Queuing never waits for Graphviz (the first layout alone takes tens of milliseconds).
        QVERIFY2(timer.elapsed() < 30, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(first < second && second < third);
        QCOMPARE(service.latestToken(), third);

        QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1u, 20000);
        // Results come back in order, so anything stale would have arrived already; wait a
        // little anyway in case a stale one were (wrongly) delivered late.
        QTest::qWait(200);
        QCOMPARE(deliveries.size(), 1u);
        QCOMPARE(deliveries[0].token, third);
        QVERIFY(deliveries[0].ok);
        QCOMPARE(deliveries[0].nodes, 12);
        // The second request was still waiting when the third came: never laid out.
        QVERIFY(service.skippedCount() >= 1);
    }

    void deliversErrors()
    {
        LayoutService service;
        std::vector<Delivery> deliveries;
        record(service, deliveries);
        const quint64 token = service.requestLayout(layeredGraph(401));
        QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1u, 20000);
        QCOMPARE(deliveries[0].token, token);
        QVERIFY(!deliveries[0].ok);
        QCOMPARE(deliveries[0].kind, LayoutError::Kind::TooManyNodes);
    }

    void cancelDropsEverything()
    {
        LayoutService service;
        std::vector<Delivery> deliveries;
        record(service, deliveries);
        service.requestLayout(layeredGraph(200));
        service.requestLayout(layeredGraph(20));
        service.cancel();
        QTest::qWait(1500);
        QCOMPARE(deliveries.size(), 0u);

        const quint64 token = service.requestLayout(layeredGraph(5));
        QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1u, 20000);
        QCOMPARE(deliveries[0].token, token);
    }

    void sharesGraphvizWithSynchronousCallers()
    {
        LayoutService service;
        std::vector<Delivery> deliveries;
        record(service, deliveries);
        service.requestLayout(layeredGraph(150));
        // Runs while the worker may be inside Graphviz: the shared mutex serialises the two.
        for (int i = 0; i < 3; ++i)
            QVERIFY(computeLayout(layeredGraph(40)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1u, 20000);
        QVERIFY(deliveries[0].ok);
    }

    void destroysWhileBusy()
    {
        std::vector<Delivery> deliveries;
        {
            LayoutService service;
            record(service, deliveries);
            service.requestLayout(layeredGraph(250));
            service.requestLayout(layeredGraph(250));
        }
        QTest::qWait(100);
        QCOMPARE(deliveries.size(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestLayoutService)
#include "tst_layoutservice.moc"
