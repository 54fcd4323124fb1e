#pragma once

#include "core/ide/completion.h"
#include "core/ide/meshindex.h"
#include "core/ide/sqlcursoranalyzer.h"

#include <QCoreApplication>

namespace Trellis::Core::Ide {

// Completion in a Jinja-SQL buffer: inside `ref('` the models of the file's project and the
// public models of the upstream projects its dependencies.yml lists (inserted in the
// two-argument form, and per version as `ref('m', v=2)`); inside `source('` source names, then
// their tables; `doc('` doc blocks; in `{{ }}`/`{% %}` the project's macros, package namespaces
// and dbt's built-ins; in SQL the columns of the relations the query refs (`alias.` narrows to
// one). Reads the index only; thread-safe.
class SqlCompletion
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Ide::SqlCompletion)

public:
    explicit SqlCompletion(const MeshIndex &index);

    Completion complete(const QString &filePath, QStringView text, qsizetype offset) const;

private:
    void addModels(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                   const QString &project) const;
    void addModelsOf(std::vector<CompletionItem> &items, const QString &package, bool publicOnly,
                     const QString &projectArgument, QChar quote) const;
    void addSources(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                    const QString &project) const;
    void addDocs(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                 const QString &project) const;
    void addJinjaNames(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                       const QString &project) const;
    void addColumns(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                    const QString &project) const;
    bool visibleFrom(const Node &node, const QString &project) const;

    const MeshIndex &m_index;
};

} // namespace Trellis::Core::Ide
