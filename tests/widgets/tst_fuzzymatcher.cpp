#include "core/graph/manifestbuilder.h"
#include "core/project/workspacediscovery.h"
#include "widgets/quickopen/fuzzylistmodel.h"
#include "widgets/quickopen/fuzzymatcher.h"
#include "widgets/quickopen/fuzzypopup.h"
#include "widgets/quickopen/quickopenentries.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using Trellis::Widgets::FuzzyEntry;
using Trellis::Widgets::FuzzyListModel;
using Trellis::Widgets::FuzzyMatcher;

namespace {

// What quick open offers on the sandbox mesh (its files and nodes), and a mesh's worth of
// generated look-alikes.
std::vector<FuzzyEntry> meshEntries()
{
    using Trellis::Core::WorkspaceScanner;
    const QString sandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");
    std::vector<Trellis::Widgets::ProjectListing> listings;
    for (const auto &project : WorkspaceScanner::discover(sandbox).projects) {
        listings.push_back({project.name, project.rootPath,
                            WorkspaceScanner::sortAsFileManager(
                                WorkspaceScanner::projectFiles(project.rootPath))});
    }
    const Trellis::Core::Manifest manifest = Trellis::Core::ManifestBuilder::build(sandbox);
    std::vector<FuzzyEntry> entries = Trellis::Widgets::quickOpenEntries(listings, &manifest);
    for (int i = 0; i < 30'000; ++i) {
        const QString name = QStringLiteral("fct_model_%1_%2").arg(i % 97).arg(i);
        entries.push_back({name, QStringLiteral("model.project_%1.%2").arg(i % 20).arg(name),
                           QStringLiteral("project_%1/models/marts/%2.sql").arg(i % 20).arg(name),
                           {}, i});
    }
    return entries;
}

// The rows a list shows, in order: name and detail.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        lines.append(index.data().toString() + QLatin1Char('|')
                     + index.data(FuzzyListModel::DetailRole).toString());
    }
    return lines;
}

} // namespace

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

    void refinesOnlyWhenEveryMatchMatchedBefore_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("refines");
        QTest::newRow("a character typed") << "dim" << "dimm" << true;
        QTest::newRow("a character inserted") << "dmem" << "dimem" << true;
        QTest::newRow("case and spaces do not count") << "Dim m" << "dimME" << true;
        QTest::newRow("from nothing") << "" << "d" << true;
        QTest::newRow("a character deleted") << "dimm" << "dim" << false;
        QTest::newRow("replaced") << "dim" << "fct" << false;
        QTest::newRow("to nothing") << "d" << "" << false;
    }

    void refinesOnlyWhenEveryMatchMatchedBefore()
    {
        QFETCH(QString, previous);
        QFETCH(QString, pattern);
        QFETCH(bool, refines);
        QCOMPARE(FuzzyMatcher(pattern).refines(FuzzyMatcher(previous)), refines);
    }

    void typingShowsWhatAFullFilterShows()
    {
        // Quick open as a user types into it: after every keystroke, deletion and paste the
        // list holds the rows a model filtering all entries afresh holds, in the same order.
        const std::vector<FuzzyEntry> entries = meshEntries();
        QWidget window;
        window.resize(1000, 700);
        window.show();
        Trellis::Widgets::FuzzyPopup popup(&window);
        popup.setEntries(entries);
        popup.popup();
        QLineEdit *line = popup.filterEdit();
        const auto showsFullFilter = [&] {
            FuzzyListModel fresh;
            fresh.setEntries(entries);
            fresh.setPattern(line->text());
            const QStringList shown = rows(*popup.listView()->model());
            if (shown != rows(fresh)) {
                qWarning("'%s': %lld rows shown, %lld expected", qPrintable(line->text()),
                         qlonglong(shown.size()), qlonglong(fresh.rowCount()));
                return false;
            }
            return true;
        };
        const auto type = [&](const QString &text) {
            for (const QChar c : text) {
                QTest::keyClick(line, c.toLatin1());
                QVERIFY(showsFullFilter());
            }
        };
        const auto backspace = [&](int count) {
            for (int i = 0; i < count; ++i) {
                QTest::keyClick(line, Qt::Key_Backspace);
                QVERIFY(showsFullFilter());
            }
        };
        type(QStringLiteral("fctchan"));
        QVERIFY(popup.listView()->model()->rowCount() > 0);
        backspace(3);
        type(QStringLiteral("model4"));
        type(QStringLiteral(" 2"));
        backspace(9);
        type(QStringLiteral("DIM"));
        // Inside the pattern: "DIM" -> "DIpM", still a refinement.
        line->setCursorPosition(2);
        type(QStringLiteral("p"));
        line->end(false);
        type(QStringLiteral("la"));
        QApplication::clipboard()->setText(QStringLiteral("marketing.fct_chan"));
        line->selectAll();
        QTest::keySequence(line, QKeySequence::Paste);
        QCOMPARE(line->text(), QStringLiteral("marketing.fct_chan"));
        QVERIFY(showsFullFilter());
        QVERIFY(popup.listView()->model()->rowCount() > 0);
        type(QStringLiteral("nel_roi"));
        backspace(int(line->text().size()));
        QCOMPARE(popup.listView()->model()->rowCount(), FuzzyListModel::kMaximumShown);
    }
};

QTEST_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
