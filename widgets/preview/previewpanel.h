#pragma once

#include "core/engine/queryresult.h"
#include "core/engine/queryworker.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Trellis::Core {
class QueryRunner;
}

namespace Trellis::Widgets {

class PreviewTableModel;

// The preview dock's contents: a title, a status line (what is being prepared, then the row
// count and time), a Cancel button while a query runs, and the rows in a grid — or the error,
// with a link to the model's file and line. Runs queries on a QueryRunner of its own (one
// worker thread and connection); copies the selection as TSV (Ctrl+C) or CSV and exports
// every row received to a CSV file. GUI thread.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);
    ~PreviewPanel() override;

    // Where queries get their connection: a new source (another workspace) starts a new
    // worker.
    void setConnectionSource(Core::QueryConnectionSource source);
    void setRowLimit(qint64 rows) { m_rowLimit = rows; }

    // What the panel waits for before there is a query: "Building 3 upstream models…".
    void showPreparing(const QString &title, const QString &status);
    // Runs `sql` (compiled from `modelPath`, whose text was `modelSource`: query errors are
    // placed on the model's lines where they can be).
    void runQuery(const QString &title, const QString &sql, const QString &modelPath,
                  const QString &modelSource);
    void showError(const QString &title, const Core::Error &error);
    void cancel();

    bool isBusy() const { return m_busy; }
    QString statusText() const;
    QString errorText() const;
    QTableView *tableView() const { return m_table; }
    PreviewTableModel *model() const { return m_model; }
    QString csvText() const;
    bool exportCsv(const QString &path, QString *errorMessage = nullptr) const;

Q_SIGNALS:
    // The user cancelled while nothing was running yet (the preview was being prepared).
    void preparationCancelled();
    void locationActivated(const QString &file, int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPage(const Core::QueryPage &page);
    void onFinished(const Core::QueryOutcome &outcome);
    void setBusy(bool busy);
    void copySelection(QChar separator);
    void exportToFile();
    void showTableMenu(const QPoint &position);

    std::unique_ptr<Core::QueryRunner> m_runner;
    qint64 m_rowLimit = 500;
    quint64 m_token = 0;
    bool m_busy = false;
    QString m_modelPath;
    QString m_modelSource;
    QString m_sql;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_error;
    PreviewTableModel *m_model;
};

} // namespace Trellis::Widgets
