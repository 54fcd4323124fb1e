// Editor benchmark (issue 7): colouring a 10 MB Jinja-SQL file (the scanner alone, the whole
// file through the QScintilla lexer, and the restyle after one keystroke), and the latency of
// completion, go to definition and hover on a generated 10,000-model mesh.
// bench_editor [PROJECTS] [MODELS_PER_PROJECT] [RUNS]   (QT_QPA_PLATFORM=offscreen works)
#include "benchtiming.h"
#include "core/graph/manifestbuilder.h"
#include "core/ide/jinjasqlscanner.h"
#include "core/ide/languagesnapshot.h"
#include "meshgenerator.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/quickopen/fuzzylistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Trellis;

namespace {

// A dbt model as people write them, repeated to `bytes`.
QByteArray largeModel(qsizetype bytes)
{
    const QByteArray block = R"(-- orders enriched with their customer
{% set payment_methods = ['card', 'transfer', 'voucher'] %}
with orders as (
    select * from {{ ref('stg_orders') }}
), payments as (
    select order_id,
    {% for method in payment_methods %}
        sum(case when method = '{{ method }}' then amount else 0 end) as {{ method }}_amount{% if not loop.last %},{% endif %}
    {% endfor %}
    from {{ source('app', 'payments') }} /* settled only */
    group by 1
)
select o.order_id, o.customer_id, coalesce(p.card_amount, 0) as card, 42.5 * 2 as "Weird Name"
from orders o
left join payments p on p.order_id = o.order_id
{% if is_incremental() %} where o.updated_at > (select max(updated_at) from {{ this }}) {% endif %}
)";
    QByteArray text;
    text.reserve(bytes + block.size());
    while (text.size() < bytes)
        text += block;
    return text;
}

void benchLexing(int runs)
{
    const QByteArray text = largeModel(10 * 1024 * 1024);
    std::printf("Jinja-SQL file: %.1f MB, %lld lines\n", double(text.size()) / 1e6,
                qlonglong(text.count('\n')));
    Bench::report("scanner: 10 MB, tokens only",
                  Bench::measure(runs,
                                 [&] {
                                     const auto result = Core::Ide::JinjaSqlScanner::scan(
                                         text.constData(), text.size());
                                     if (result.tokens.empty())
                                         std::abort();
                                 }),
                  runs);

    Widgets::CodeEditor editor;
    editor.setLanguageForFile(QStringLiteral("big.sql"));
    editor.resize(1000, 700);
    editor.show();
    QElapsedTimer load;
    load.start();
    editor.SendScintilla(QsciScintillaBase::SCI_SETTEXT, 0UL, text.constData());
    std::printf("%-56s %7.2f ms\n", "editor: load 10 MB (no styling yet)",
                double(load.nsecsElapsed()) / 1e6);
    Bench::report("lexer: style the whole 10 MB file",
                  Bench::measure(runs,
                                 [&] {
                                     editor.SendScintilla(QsciScintillaBase::SCI_STARTSTYLING, 0UL,
                                                          0L); // everything unstyled
                                     editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL,
                                                          -1L);
                                 }),
                  runs);

    // A keystroke in the middle. Scintilla restyles from the edited line to the screen's end:
    // the lexer's part. The edit itself is QScintilla's, measured apart because it grows with the
    // position (its modification notice counts the characters before the edit).
    const int middle
        = int(editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, editor.lines() / 2));
    const long screen = 60 * 120;
    Bench::report("lexer: restyle one screen from the middle line",
                  Bench::measure(runs * 20,
                                 [&] {
                                     editor.SendScintilla(QsciScintillaBase::SCI_STARTSTYLING,
                                                          middle, 0L);
                                     editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, middle,
                                                          middle + screen);
                                 }),
                  runs * 20);
    editor.SendScintilla(QsciScintillaBase::SCI_GOTOPOS, middle);
    Bench::report("QScintilla: type and delete a character there",
                  Bench::measure(runs,
                                 [&] {
                                     editor.SendScintilla(QsciScintillaBase::SCI_ADDTEXT, 1UL, "x");
                                     editor.SendScintilla(QsciScintillaBase::SCI_DELETEBACK);
                                 }),
                  runs);
}

void benchLanguageServices(const Bench::MeshShape &shape, int runs)
{
    QTemporaryDir dir;
    if (const QString error = Bench::MeshGenerator::write(dir.path(), shape); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    QElapsedTimer timer;
    timer.start();
    auto manifest
        = std::make_shared<const Core::Manifest>(Core::ManifestBuilder::build(dir.path()));
    std::printf("mesh: %d projects x %d models, manifest built in %.0f ms\n", shape.projects,
                shape.modelsPerProject, double(timer.nsecsElapsed()) / 1e6);
    std::unique_ptr<Core::Ide::LanguageSnapshot> snapshot;
    Bench::report(
        "snapshot: index the manifest",
        Bench::measure(runs,
                       [&] { snapshot = std::make_unique<Core::Ide::LanguageSnapshot>(manifest); }),
        runs);

    // A model of the last project: it has upstream projects, so ref(' offers the most.
    const QString project = Bench::MeshGenerator::projectName(shape.projects - 1);
    const Core::Node *model = nullptr;
    for (const Core::Node &node : manifest->nodes) {
        if (node.type == Core::ResourceType::Model && node.packageName == project
            && !node.refs.empty()) {
            model = &node;
            break;
        }
    }
    if (!model) {
        std::fprintf(stderr, "no model with refs in %s\n", qPrintable(project));
        std::exit(1);
    }
    const QString refText = model->rawCode + QStringLiteral("\n{{ ref('");
    std::size_t items = 0;
    Bench::report(
        "completion: ref(' in a model",
        Bench::measure(
            runs,
            [&] {
                items
                    = snapshot->complete(model->absolutePath, refText, refText.size()).items.size();
            }),
        runs);
    std::printf("    %zu items offered\n", items);
    const QString columnText
        = QStringLiteral("select  from {{ ref('%1') }}\n").arg(model->refs.front().name)
        + model->rawCode;
    Bench::report(
        "completion: columns of a ref'd model",
        Bench::measure(
            runs,
            [&] { items = snapshot->complete(model->absolutePath, columnText, 7).items.size(); }),
        runs);
    const qsizetype refAt = model->rawCode.indexOf(QLatin1String("ref("));
    Bench::report("definition: ref under the cursor",
                  Bench::measure(runs,
                                 [&] {
                                     if (!snapshot->definitions().definition(
                                             model->absolutePath, model->rawCode, refAt + 1))
                                         std::abort();
                                 }),
                  runs);
    Bench::report("hover: ref under the cursor",
                  Bench::measure(runs,
                                 [&] {
                                     if (snapshot->hovers()
                                             .html(model->absolutePath, model->rawCode, refAt + 1)
                                             .isEmpty())
                                         std::abort();
                                 }),
                  runs);
    const QString target = model->refs.front().resolvedId;
    Bench::report(
        "references: every ref to a model in the mesh",
        Bench::measure(runs, [&] { items = snapshot->index().references(target).size(); }), runs);
}

// Quick open over a mesh's worth of entries: each keystroke of a query filters them all again
// on the GUI thread.
void benchQuickOpenFilter(int runs)
{
    std::vector<Widgets::FuzzyEntry> entries;
    for (int i = 0; i < 30'000; ++i) {
        const QString name = QStringLiteral("fct_model_%1_%2").arg(i % 97).arg(i);
        entries.push_back({name, QString(),
                           QStringLiteral("project_%1/models/marts/%2.sql").arg(i % 20).arg(name),
                           {}, i});
    }
    Widgets::FuzzyListModel model;
    model.setEntries(std::move(entries));
    const QString query = QStringLiteral("fctmodel4212");
    for (const qsizetype length : {qsizetype(1), qsizetype(4), query.size()}) {
        const QString typed = query.left(length);
        // From an empty pattern, so each run filters every entry (a paste does that).
        Bench::report(qPrintable(QStringLiteral("quick open: filter 30,000 entries by '%1'").arg(typed)),
                      Bench::measure(runs,
                                     [&] {
                                         model.setPattern(QString());
                                         model.setPattern(typed);
                                     }),
                      runs);
    }
    // Typed key by key, each keystroke's filter following the previous one's, then deleted key
    // by key: the time of each keystroke, over all runs.
    std::vector<double> typing;
    std::vector<double> deleting;
    const auto timeKeystroke = [&](const QString &pattern, std::vector<double> &times) {
        QElapsedTimer timer;
        timer.start();
        model.setPattern(pattern);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    };
    for (int run = 0; run < runs; ++run) {
        model.setPattern(QString());
        for (qsizetype length = 1; length <= query.size(); ++length)
            timeKeystroke(query.left(length), typing);
        for (qsizetype length = query.size() - 1; length >= 0; --length)
            timeKeystroke(query.left(length), deleting);
    }
    for (auto [what, times] : {std::pair{"typed", &typing}, std::pair{"deleted", &deleting}}) {
        std::sort(times->begin(), times->end());
        std::printf("quick open: '%s' %s key by key: per keystroke median %.2f ms, 90th "
                    "percentile %.2f ms, max %.2f ms (%zu keystrokes)\n",
                    qPrintable(query), what, (*times)[times->size() / 2],
                    (*times)[times->size() * 9 / 10], times->back(), times->size());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    Bench::MeshShape shape;
    shape.projects = args.value(1, QStringLiteral("10")).toInt();
    shape.modelsPerProject = args.value(2, QStringLiteral("1000")).toInt();
    const int runs = args.value(3, QStringLiteral("9")).toInt();
    benchLexing(runs);
    benchLanguageServices(shape, runs);
    benchQuickOpenFilter(runs);
    return 0;
}
