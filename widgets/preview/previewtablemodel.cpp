#include "previewtablemodel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace Trellis::Widgets {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

// NULLs first, then numbers by value, then text and blobs.
bool lessThan(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && !b.isNull();
    const auto numeric = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
    };
    if (numeric(a) && numeric(b))
        return a.toDouble() < b.toDouble();
    if (numeric(a) != numeric(b))
        return numeric(a);
    return a.toString() < b.toString();
}

} // namespace

PreviewTableModel::PreviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PreviewTableModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_shown = 0;
    endResetModel();
}

void PreviewTableModel::addPage(const Core::QueryPage &page)
{
    if (!page.columns.isEmpty() && m_columns.isEmpty()) {
        beginResetModel();
        m_columns = page.columns;
        m_rows = page.rows;
        m_shown = 0;
        endResetModel();
    } else {
        m_rows.append(page.rows);
    }
    // The first page shows at once; later ones wait for the view to scroll to them.
    if (m_shown == 0 && !m_rows.isEmpty())
        fetchMore({});
}

void PreviewTableModel::setColumns(const QList<Core::QueryColumn> &columns)
{
    if (columns.size() != m_columns.size()) {
        beginResetModel();
        m_columns = columns;
        endResetModel();
        return;
    }
    m_columns = columns;
    if (!m_columns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

const QVariant &PreviewTableModel::value(int row, int column) const
{
    return m_rows.at(row).at(column);
}

QStringList PreviewTableModel::columnNames() const
{
    QStringList names;
    for (const Core::QueryColumn &column : m_columns)
        names.append(column.name);
    return names;
}

QString PreviewTableModel::cellText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    return value.toString();
}

QString PreviewTableModel::rowsAsText(const QList<int> &rows, const QList<int> &columns,
                                      QChar separator, bool withHeader) const
{
    const bool csv = separator == QLatin1Char(',');
    const auto field = [csv](QString text) {
        if (!csv)
            return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
        return csvField(text);
    };
    QStringList lines;
    if (withHeader) {
        QStringList header;
        for (const int column : columns)
            header.append(field(m_columns.value(column).name));
        lines.append(header.join(separator));
    }
    for (const int row : rows) {
        QStringList fields;
        for (const int column : columns)
            fields.append(field(cellText(m_rows.at(row).value(column))));
        lines.append(fields.join(separator));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const QVariant &cell = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.isNull() ? QStringLiteral("NULL") : cellText(cell);
    case Qt::EditRole:
        return cell;
    case Qt::ForegroundRole:
        if (cell.isNull())
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (cell.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    const Core::QueryColumn &column = m_columns.at(section);
    const QString type
        = column.declaredType.isEmpty() ? column.inferredType : column.declaredType.toUpper();
    if (role == Qt::DisplayRole)
        return type.isEmpty() ? column.name : column.name + QLatin1Char('\n') + type;
    if (role == Qt::ToolTipRole)
        return column.declaredType.isEmpty()
            ? tr("%1: values are %2").arg(column.name, column.inferredType)
            : tr("%1: declared %2").arg(column.name, column.declaredType);
    return {};
}

bool PreviewTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void PreviewTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<qsizetype>(kRowsPerFetch, m_rows.size() - m_shown));
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

void PreviewTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [column, order](const QVariantList &a, const QVariantList &b) {
                         return order == Qt::AscendingOrder
                             ? lessThan(a.value(column), b.value(column))
                             : lessThan(b.value(column), a.value(column));
                     });
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Trellis::Widgets
