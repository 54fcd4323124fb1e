#pragma once

#include "core/diagnostics/diagnostic.h"

#include <QAbstractTableModel>

#include <vector>

namespace Trellis::Widgets {

// The problems panel's table: one row per diagnostic (severity, code, location, message),
// sorted errors first. The file column shows paths relative to the workspace root. GUI thread.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, CodeColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(std::vector<Core::Diagnostic> diagnostics, const QString &workspaceRoot);
    const Core::Diagnostic &diagnostic(int row) const { return m_diagnostics.at(size_t(row)); }
    int count(Core::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Core::Diagnostic> m_diagnostics;
    QString m_workspaceRoot;
};

} // namespace Trellis::Widgets
