#pragma once

#include "core/engine/queryresult.h"

#include <QAbstractTableModel>

namespace Trellis::Widgets {

// The rows of one preview query for a table view. Pages from a QueryRunner are appended as
// they arrive; the view is shown them a page at a time (fetchMore), so a long result never
// floods it. Headers show each column's name and type (declared, else inferred from the
// values). Sorting reorders the rows received so far. NULL is shown as a grey "NULL" so it
// differs from the text 'NULL' and from an empty string. GUI thread.
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kRowsPerFetch = 100;

    explicit PreviewTableModel(QObject *parent = nullptr);

    void clear();
    void addPage(const Core::QueryPage &page);
    // The outcome's columns carry the types inferred from every value.
    void setColumns(const QList<Core::QueryColumn> &columns);

    qint64 receivedRows() const { return m_rows.size(); }
    const QVariant &value(int row, int column) const;
    QStringList columnNames() const;

    // The cells as text: NULL as an empty field (CSV) or "NULL" (for display).
    static QString cellText(const QVariant &value);
    // `separator`-separated lines, one per row, quoted as CSV needs when the separator is ','.
    QString rowsAsText(const QList<int> &rows, const QList<int> &columns, QChar separator,
                       bool withHeader) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QList<Core::QueryColumn> m_columns;
    QList<QVariantList> m_rows; // every row received
    int m_shown = 0; // rows the view has been given
};

} // namespace Trellis::Widgets
