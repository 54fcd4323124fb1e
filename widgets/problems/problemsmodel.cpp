#include "problemsmodel.h"

#include "widgets/resources/icons.h"

#include <QDir>

#include <algorithm>

namespace Trellis::Widgets {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setDiagnostics(std::vector<Core::Diagnostic> diagnostics,
                                   const QString &workspaceRoot)
{
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    m_workspaceRoot = workspaceRoot;
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Core::Diagnostic &a, const Core::Diagnostic &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.file != b.file)
                             return a.file < b.file;
                         return a.line < b.line;
                     });
    endResetModel();
}

int ProblemsModel::count(Core::Severity severity) const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                             [&](const Core::Diagnostic &d) { return d.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Core::Diagnostic &d = diagnostic(index.row());
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return Icons::severity(int(d.severity));
    if (role == Qt::ToolTipRole)
        return d.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        switch (d.severity) {
        case Core::Severity::Error:
            return tr("Error");
        case Core::Severity::Warning:
            return tr("Warning");
        case Core::Severity::Info:
            return tr("Info");
        }
        return {};
    case MessageColumn:
        return d.message;
    case LocationColumn: {
        const QString file = m_workspaceRoot.isEmpty()
                                 ? d.file
                                 : QDir(m_workspaceRoot).relativeFilePath(d.file);
        return d.line > 0 ? tr("%1:%2").arg(file).arg(d.line) : file;
    }
    case CodeColumn:
        return d.code;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    case CodeColumn:
        return tr("Code");
    }
    return {};
}

} // namespace Trellis::Widgets
