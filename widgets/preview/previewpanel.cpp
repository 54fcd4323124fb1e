#include "previewpanel.h"

#include "previewtablemodel.h"

#include "core/engine/queryrunner.h"
#include "widgets/common/locationlink.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <numeric>
#include <set>

namespace Trellis::Widgets {

namespace {

// The model line whose text is the compiled line's, when exactly one is (Jinja rarely changes
// a line that has no Jinja in it); 0 when none or several are.
int modelLineOf(const QString &sql, int sqlLine, const QString &modelSource)
{
    const QString wanted = sql.split(QLatin1Char('\n')).value(sqlLine - 1).trimmed();
    if (wanted.isEmpty())
        return 0;
    const QStringList lines = modelSource.split(QLatin1Char('\n'));
    int found = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed() != wanted)
            continue;
        if (found != 0)
            return 0;
        found = int(i) + 1;
    }
    return found;
}

QString elapsed(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return PreviewPanel::tr("%1 ms").arg(milliseconds);
    return PreviewPanel::tr("%1 s").arg(milliseconds / 1000.0, 0, 'f', 1);
}

} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
    , m_model(new PreviewTableModel(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("PreviewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("PreviewCancel"));
    m_cancel->setEnabled(false);
    m_export->setObjectName(QStringLiteral("PreviewExport"));
    m_export->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &PreviewPanel::cancel);
    connect(m_export, &QPushButton::clicked, this, &PreviewPanel::exportToFile);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_title);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("PreviewGrid"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &PreviewPanel::showTableMenu);

    m_error->setObjectName(QStringLiteral("PreviewError"));
    m_error->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_error->setMargin(8);
    connect(m_error, &QLabel::linkActivated, this, [this](const QString &link) {
        const LocationLink location = LocationLink::fromLink(link);
        Q_EMIT locationActivated(location.file, location.line);
    });

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    m_status->setText(tr("Press Ctrl+Enter in a model to preview its rows."));
}

PreviewPanel::~PreviewPanel() = default;

void PreviewPanel::setConnectionSource(Core::QueryConnectionSource source)
{
    m_runner = std::make_unique<Core::QueryRunner>(std::move(source));
    connect(m_runner.get(), &Core::QueryRunner::pageReady, this, &PreviewPanel::onPage);
    connect(m_runner.get(), &Core::QueryRunner::finished, this, &PreviewPanel::onFinished);
    m_token = 0;
    setBusy(false);
}

void PreviewPanel::showPreparing(const QString &title, const QString &status)
{
    if (m_runner && m_token != 0)
        m_runner->cancel();
    m_token = 0;
    m_title->setText(title);
    m_status->setText(status);
    setBusy(true);
}

void PreviewPanel::runQuery(const QString &title, const QString &sql, const QString &modelPath,
                            const QString &modelSource)
{
    if (!m_runner)
        return;
    m_title->setText(title);
    m_sql = sql;
    m_modelPath = modelPath;
    m_modelSource = modelSource;
    m_model->clear();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_pages->setCurrentWidget(m_table);
    m_status->setText(tr("Running…"));
    Core::QueryOptions options;
    options.rowLimit = m_rowLimit;
    m_token = m_runner->run(sql, options);
    setBusy(true);
}

void PreviewPanel::showError(const QString &title, const Core::Error &error)
{
    m_token = 0;
    setBusy(false);
    m_title->setText(title);
    m_status->setText(tr("Failed"));
    QString where = LocationLink{error.file, error.line}.html();
    if (!where.isEmpty())
        where += QStringLiteral(": ");
    m_error->setText(where + error.message.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                   QStringLiteral("<br>")));
    m_pages->setCurrentWidget(m_error);
}

void PreviewPanel::cancel()
{
    if (m_runner && m_token != 0) {
        m_runner->cancel();
        return; // finished() says Cancelled
    }
    if (m_busy) {
        setBusy(false);
        m_status->setText(tr("Cancelled"));
        Q_EMIT preparationCancelled();
    }
}

QString PreviewPanel::statusText() const
{
    return m_status->text();
}

QString PreviewPanel::errorText() const
{
    return m_pages->currentWidget() == m_error
        ? QTextDocumentFragment::fromHtml(m_error->text()).toPlainText()
        : QString();
}

void PreviewPanel::onPage(const Core::QueryPage &page)
{
    if (page.token != m_token)
        return;
    m_model->addPage(page);
    m_status->setText(tr("%n row(s) so far…", nullptr, int(m_model->receivedRows())));
    if (page.firstRow == 0)
        m_table->resizeColumnsToContents();
}

void PreviewPanel::onFinished(const Core::QueryOutcome &outcome)
{
    if (outcome.token != m_token)
        return;
    m_token = 0;
    setBusy(false);
    m_model->setColumns(outcome.columns);
    if (m_model->receivedRows() == 0)
        m_table->resizeColumnsToContents();
    const QString time = elapsed(outcome.elapsedMs);
    switch (outcome.status) {
    case Core::QueryOutcome::Status::Completed:
        m_status->setText(outcome.truncated
                              ? tr("First %n row(s) (the row limit) in %1", nullptr,
                                   int(outcome.rowCount))
                                    .arg(time)
                              : tr("%n row(s) in %1", nullptr, int(outcome.rowCount)).arg(time));
        break;
    case Core::QueryOutcome::Status::Cancelled:
        m_status->setText(tr("Cancelled after %1 (%n row(s))", nullptr, int(outcome.rowCount))
                              .arg(time));
        break;
    case Core::QueryOutcome::Status::TimedOut:
    case Core::QueryOutcome::Status::Failed: {
        Core::Error error = outcome.error;
        const int modelLine
            = error.line > 0 ? modelLineOf(m_sql, error.line, m_modelSource) : 0;
        if (modelLine > 0) {
            error.line = modelLine;
        } else if (error.line > 0) {
            error.message += tr(" (line %1 of the compiled SQL)").arg(error.line);
            error.line = 0;
        }
        error.file = m_modelPath;
        const QString title = m_title->text();
        showError(title, error);
        if (outcome.status == Core::QueryOutcome::Status::TimedOut)
            m_status->setText(tr("Stopped after %1").arg(time));
        break;
    }
    }
}

void PreviewPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel->setEnabled(busy);
    m_export->setEnabled(!busy && m_model->receivedRows() > 0);
}

bool PreviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection(QLatin1Char('\t'));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPanel::copySelection(QChar separator)
{
    std::set<int> rows;
    std::set<int> columns;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        rows.insert(index.row());
        columns.insert(index.column());
    }
    if (rows.empty())
        return;
    // A whole-row selection copies with the header, as a table to paste elsewhere.
    const bool withHeader = int(columns.size()) == m_model->columnCount();
    QApplication::clipboard()->setText(
        m_model->rowsAsText(QList<int>(rows.begin(), rows.end()),
                            QList<int>(columns.begin(), columns.end()), separator, withHeader));
}

QString PreviewPanel::csvText() const
{
    QList<int> rows(int(m_model->receivedRows()));
    std::iota(rows.begin(), rows.end(), 0);
    QList<int> columns(m_model->columnCount());
    std::iota(columns.begin(), columns.end(), 0);
    return m_model->rowsAsText(rows, columns, QLatin1Char(','), true);
}

bool PreviewPanel::exportCsv(const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csvText().toUtf8()) < 0 || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

void PreviewPanel::exportToFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Preview"), m_title->text() + QStringLiteral(".csv"),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Cannot export"), tr("%1: %2").arg(path, error));
}

void PreviewPanel::showTableMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [this] { copySelection(QLatin1Char('\t')); });
    menu.addAction(tr("Copy as CSV"), this, [this] { copySelection(QLatin1Char(',')); });
    menu.addSeparator();
    menu.addAction(tr("Export All Rows to CSV…"), this, &PreviewPanel::exportToFile)
        ->setEnabled(m_model->receivedRows() > 0 && !m_busy);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace Trellis::Widgets
