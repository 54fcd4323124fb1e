#include "widgets/quickopen/fuzzylistmodel.h"
#include "widgets/quickopen/fuzzymatcher.h"

#include <QTest>

using Trellis::Widgets::FuzzyEntry;
using Trellis::Widgets::FuzzyListModel;
using Trellis::Widgets::FuzzyMatcher;

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesSubsequencesIgnoringCase_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("matches");
        QTest::newRow("prefix") << "dim"
                                << "dim_members" << true;
        QTest::newRow("scattered") << "dmem"
                                   << "dim_members" << true;
        QTest::newRow("case") << "DIM"
                              << "dim_members" << true;
        QTest::newRow("order matters") << "med"
                                       << "dim_members" << false;
        QTest::newRow("spaces ignored") << "dim mem"
                                        << "dim_members" << true;
        QTest::newRow("too long") << "dim_members_v2"
                                  << "dim_members" << false;
        QTest::newRow("empty pattern") << ""
                                       << "anything" << true;
    }

    void matchesSubsequencesIgnoringCase()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, candidate);
        QFETCH(bool, matches);
        QCOMPARE(FuzzyMatcher(pattern).score(candidate) != FuzzyMatcher::kNoMatch, matches);
    }

    void ranksPrefixAndWordBoundariesFirst_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::newRow("prefix over middle") << "fct"
                                            << "fct_rides"
                                            << "int_fct_helper";
        QTest::newRow("word starts over scattered") << "dm"
                                                    << "dim_members"
                                                    << "admin";
        QTest::newRow("initials") << "fcr"
                                  << "fct_channel_roi"
                                  << "fancy_circle";
        QTest::newRow("consecutive over split") << "rides"
                                                << "fct_rides"
                                                << "rollup_ideas";
        QTest::newRow("camel case") << "ML"
                                    << "ModelList"
                                    << "smaller";
        QTest::newRow("after a path separator") << "stg"
                                                << "models/stg_rides.sql"
                                                << "models/last_game.sql";
    }

    void ranksPrefixAndWordBoundariesFirst()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const FuzzyMatcher matcher(pattern);
        QVERIFY(matcher.score(worse) != FuzzyMatcher::kNoMatch);
        QVERIFY2(matcher.score(better) > matcher.score(worse),
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(matcher.score(better))
                                .arg(matcher.score(worse))));
    }

    void listsTheBestMatchesFirst()
    {
        FuzzyListModel model;
        model.setEntries({
            {QStringLiteral("admin_menu_items.sql"),
             QString(),
             QStringLiteral("ops/models/admin_menu_items.sql"),
             {},
             1},
            {QStringLiteral("dim_members_v2.sql"),
             QString(),
             QStringLiteral("platform/models/dim_members_v2.sql"),
             {},
             2},
            {QStringLiteral("dim_members"),
             QString(),
             QStringLiteral("model.platform.dim_members"),
             {},
             3},
            {QStringLiteral("fct_rides.sql"),
             QString(),
             QStringLiteral("platform/models/dim/fct_rides.sql"),
             {},
             4},
        });
        QCOMPARE(model.rowCount(), 4);
        model.setPattern(QStringLiteral("dimmem"));
        QCOMPARE(model.rowCount(), 2);
        // Equal matches: the shorter name first.
        QCOMPARE(model.index(0).data(FuzzyListModel::PayloadRole).toInt(), 3);
        QCOMPARE(model.index(1).data(FuzzyListModel::PayloadRole).toInt(), 2);
        // A match in the path (the key) counts when the name does not match.
        model.setPattern(QStringLiteral("dim/fct"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(FuzzyListModel::PayloadRole).toInt(), 4);
    }

    void ranksAmongThirtyThousandEntries()
    {
        // How fast this is, is bench_editor's business; here, that the right entry still wins
        // among a mesh's worth of look-alikes at every keystroke of the query.
        std::vector<FuzzyEntry> entries;
        for (int i = 0; i < 30'000; ++i) {
            const QString name = QStringLiteral("fct_model_%1_%2").arg(i % 97).arg(i);
            entries.push_back(
                {name,
                 QString(),
                 QStringLiteral("project_%1/models/marts/%2.sql").arg(i % 20).arg(name),
                 {},
                 i});
        }
        FuzzyListModel model;
        model.setEntries(std::move(entries));
        const QString query = QStringLiteral("fctmodel4212");
        for (qsizetype length = 1; length <= query.size(); ++length) {
            model.setPattern(query.left(length));
            QVERIFY(model.rowCount() > 0);
        }
        QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("fct_model_42_12")));
    }
};

QTEST_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
