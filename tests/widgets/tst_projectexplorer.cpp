// The project explorer's filter box, typed into as a user does: after every keystroke, deletion
// and paste, the tree must show exactly the rows a full re-filter shows (QSortFilterProxyModel's
// recursive, case-insensitive fixed-string filter over the same model), all of them expanded.
#include "core/graph/manifestbuilder.h"
#include "core/project/workspacediscovery.h"
#include "widgets/projecttree/projectexplorer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using Trellis::Widgets::ProjectExplorer;
using Trellis::Widgets::ProjectListing;
using Trellis::Widgets::ProjectTreeModel;

namespace {

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox");

std::vector<ProjectListing> sandboxListings()
{
    using Trellis::Core::WorkspaceScanner;
    std::vector<ProjectListing> listings;
    for (const auto &project : WorkspaceScanner::discover(kSandbox).projects) {
        listings.push_back({project.name, project.rootPath,
                            WorkspaceScanner::sortAsFileManager(
                                WorkspaceScanner::projectFiles(project.rootPath))});
    }
    return listings;
}

// A project shaped like the generated benchmark mesh's, big enough that the tree fills in
// several slices: staging, intermediate and marts folders of numbered models.
ProjectListing generatedListing(int models)
{
    ProjectListing listing{QStringLiteral("generated"), QStringLiteral("/nowhere/generated"), {}};
    QStringList files;
    for (int m = 0; m < models; ++m) {
        const char *layer = m % 3 == 0 ? "staging" : m % 3 == 1 ? "intermediate" : "marts";
        files.append(QStringLiteral("models/%1/p7_m%2.sql")
                         .arg(QLatin1String(layer))
                         .arg(m, 4, 10, QLatin1Char('0')));
    }
    files.append(QStringLiteral("dbt_project.yml"));
    listing.files = Trellis::Core::WorkspaceScanner::sortAsFileManager(files);
    return listing;
}

// The rows below `parent`, one line each, indented by depth; `visibleOnly` descends only into
// rows the view shows expanded.
void dumpRows(const QAbstractItemModel *model, const QModelIndex &parent, int depth,
              const QTreeView *view, QStringList &lines)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        lines.append(QString(depth * 2, QLatin1Char(' ')) + index.data().toString());
        if (!view || view->isExpanded(index))
            dumpRows(model, index, depth + 1, view, lines);
    }
}

// What a full re-filter of the explorer's model by `pattern` shows: every row of it, since a
// filter expands the whole tree.
QStringList fullFilter(const ProjectExplorer &explorer, const QString &pattern)
{
    const auto *shown = qobject_cast<const QAbstractProxyModel *>(explorer.treeView()->model());
    QSortFilterProxyModel reference;
    reference.setRecursiveFilteringEnabled(true);
    reference.setFilterCaseSensitivity(Qt::CaseInsensitive);
    reference.setSourceModel(shown->sourceModel());
    reference.setFilterFixedString(pattern);
    QStringList lines;
    dumpRows(&reference, {}, 0, nullptr, lines);
    return lines;
}

// The rows the tree shows; with the filter empty, the rows it holds (it expands nothing then).
QStringList shownRows(const ProjectExplorer &explorer)
{
    QStringList lines;
    const QTreeView *view = explorer.treeView();
    const bool filtered = !explorer.filterEdit()->text().isEmpty();
    dumpRows(view->model(), {}, 0, filtered ? view : nullptr, lines);
    return lines;
}

// Fails the test unless the explorer shows what a full re-filter by its current text shows.
bool showsFullFilter(const ProjectExplorer &explorer)
{
    const QString pattern = explorer.filterEdit()->text();
    const QStringList shown = shownRows(explorer);
    const QStringList expected = fullFilter(explorer, pattern);
    if (shown == expected)
        return true;
    qWarning(
        "filter '%s': %lld rows shown, %lld expected; first difference at row %lld",
        qPrintable(pattern), qlonglong(shown.size()), qlonglong(expected.size()),
        qlonglong(std::mismatch(shown.begin(), shown.end(), expected.begin(), expected.end()).first
                  - shown.begin()));
    return false;
}

// One user edit of the filter line.
enum class Edit { Type, Backspace, Paste, TypeAtStart };
using Edits = QList<QPair<Edit, QString>>;

void apply(QLineEdit *line, Edit edit, const QString &text)
{
    switch (edit) {
    case Edit::Type:
        line->end(false);
        for (const QChar c : text)
            QTest::keyClick(line, c.toLatin1());
        break;
    case Edit::Backspace:
        line->end(false);
        for (int i = 0; i < text.toInt(); ++i)
            QTest::keyClick(line, Qt::Key_Backspace);
        break;
    case Edit::Paste:
        QApplication::clipboard()->setText(text);
        line->selectAll();
        QTest::keySequence(line, QKeySequence::Paste);
        break;
    case Edit::TypeAtStart:
        line->home(false);
        for (const QChar c : text)
            QTest::keyClick(line, c.toLatin1());
        break;
    }
}

} // namespace

class TestProjectExplorer : public QObject
{
    Q_OBJECT

private:
    // Plays the edits one keystroke at a time, checking the tree after each keystroke.
    void playEdits(ProjectExplorer &explorer, const Edits &edits)
    {
        QLineEdit *line = explorer.filterEdit();
        for (const auto &[edit, text] : edits) {
            if (edit == Edit::Type || edit == Edit::TypeAtStart) {
                for (const QChar c : text) {
                    apply(line, edit, QString(c));
                    QVERIFY(showsFullFilter(explorer));
                }
            } else if (edit == Edit::Backspace) {
                for (int i = 0; i < text.toInt(); ++i) {
                    apply(line, edit, QStringLiteral("1"));
                    QVERIFY(showsFullFilter(explorer));
                }
            } else {
                apply(line, edit, text);
                QCOMPARE(line->text(), text);
                QVERIFY(showsFullFilter(explorer));
            }
        }
    }

private Q_SLOTS:
    void showsWhatAFullFilterShowsAtEveryKeystroke_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::newRow("a model name, deleted back to nothing") << Edits{
            {Edit::Type, QStringLiteral("dim_plans")}, {Edit::Backspace, QStringLiteral("9")}};
        QTest::newRow("upper case, then a paste over it")
            << Edits{{Edit::Type, QStringLiteral("FCT_")},
                     {Edit::Paste, QStringLiteral("_models.yml")},
                     {Edit::Backspace, QStringLiteral("4")},
                     {Edit::Type, QStringLiteral("sql")}};
        QTest::newRow("a folder name, then typed before and after")
            << Edits{{Edit::Type, QStringLiteral("mart")},
                     {Edit::TypeAtStart, QStringLiteral("s/")},
                     {Edit::Backspace, QStringLiteral("2")},
                     {Edit::Type, QStringLiteral("s")}};
        QTest::newRow("nothing matches, then something again")
            << Edits{{Edit::Type, QStringLiteral("rides")},
                     {Edit::Type, QStringLiteral("zz")},
                     {Edit::Backspace, QStringLiteral("2")},
                     {Edit::Paste, QStringLiteral("STG")}};
    }

    void showsWhatAFullFilterShowsAtEveryKeystroke()
    {
        QFETCH(Edits, edits);
        ProjectExplorer explorer;
        explorer.resize(400, 600);
        explorer.show();
        explorer.setProjects(sandboxListings(), nullptr, nullptr);
        QVERIFY(shownRows(explorer).size() > 20);
        playEdits(explorer, edits);
    }

    void filtersWhileTheTreeFillsIn()
    {
        // 1,500 files fill the tree in slices; a filter typed before the last slice must show
        // the rows of the later slices as they come, folders above them included.
        ProjectExplorer explorer;
        explorer.show();
        auto *model = qobject_cast<const QAbstractProxyModel *>(explorer.treeView()->model())
                          ->sourceModel();
        QSignalSpy populated(model, SIGNAL(populated()));
        explorer.setProjects({generatedListing(1500)}, nullptr, nullptr);
        QVERIFY(populated.isEmpty());
        playEdits(explorer, {{Edit::Type, QStringLiteral("m14")}});
        QVERIFY(populated.wait(10'000));
        // The late rows are there, as a full filter has them (not expanded: no keystroke since).
        QStringList filtered;
        dumpRows(explorer.treeView()->model(), {}, 0, nullptr, filtered);
        QCOMPARE(filtered, fullFilter(explorer, QStringLiteral("m14")));
        QVERIFY(filtered.contains(QStringLiteral("      p7_m1499.sql")));
        playEdits(explorer,
                  {{Edit::Type, QStringLiteral("9")}, {Edit::Backspace, QStringLiteral("4")}});
    }

    void filtersTheGroupViewAndFollowsARebuild()
    {
        ProjectExplorer explorer;
        explorer.show();
        auto manifest = std::make_shared<const Trellis::Core::Manifest>(
            Trellis::Core::ManifestBuilder::build(kSandbox));
        explorer.setProjects(sandboxListings(), manifest, nullptr);
        playEdits(explorer, {{Edit::Type, QStringLiteral("dim")}});
        // Switching to groups rebuilds the model under the filter.
        auto *grouping = explorer.findChild<QComboBox *>();
        grouping->setCurrentIndex(grouping->findData(int(ProjectTreeModel::Grouping::ByGroup)));
        QStringList filtered;
        dumpRows(explorer.treeView()->model(), {}, 0, nullptr, filtered);
        QCOMPARE(filtered, fullFilter(explorer, QStringLiteral("dim")));
        QVERIFY(filtered.size() > 3);
        playEdits(explorer,
                  {{Edit::Type, QStringLiteral("_p")},
                   {Edit::Backspace, QStringLiteral("5")},
                   {Edit::Paste, QStringLiteral("fct")}});
    }
};

QTEST_MAIN(TestProjectExplorer)
#include "tst_projectexplorer.moc"
