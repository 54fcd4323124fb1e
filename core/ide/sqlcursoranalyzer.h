#pragma once

#include "core/ide/jinjacall.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Trellis::Core::Ide {

// A relation the query reads through `{{ ref(...) }}` or `{{ source(...) }}`, and the alias it
// goes by (`from {{ ref('orders') }} as o`): empty when it has none.
struct RelationReference
{
    bool isSource = false;
    QString package; // ref: the project of a two-argument ref; source: the source name
    QString name; // ref: the model; source: the table
    QString version;
    QString alias;
};

// What can be completed at the cursor of a Jinja-SQL buffer, and which text a completion
// replaces: [replaceStart, replaceEnd), which covers the rest of a quoted argument and its
// closing quote, so that completing inside `ref('fo|o')` leaves one well-formed literal.
struct SqlCursorContext
{
    enum class Kind {
        None, // a comment, a SQL string, a number: nothing to offer
        RefModel, // ref('|
        RefProjectModel, // ref('project', '|
        SourceName, // source('|
        SourceTable, // source('source', '|
        DocName, // doc('|
        JinjaName, // {{ | or {% |: macros and dbt's context
        Column, // plain SQL: columns of the relations the query reads
    };

    Kind kind = Kind::None;
    QString prefix;
    qsizetype replaceStart = 0;
    qsizetype replaceEnd = 0;
    QChar quote; // the quote of the argument being typed
    QString package; // RefProjectModel: the project; SourceTable: the source
    QString qualifier; // Column: the alias before '.'; JinjaName: the package before '.'
    std::vector<RelationReference> relations; // Column only
};

// Reads a Jinja-SQL buffer once (scan + calls) and answers questions about positions in it:
// what to complete at the cursor, which ref/source/doc/macro call is under it, which relations
// the query reads. Offsets are UTF-16 positions in the text. Holds a view: the text must outlive
// it. Not shared between threads.
class SqlCursorAnalyzer
{
public:
    explicit SqlCursorAnalyzer(QStringView text);

    SqlCursorContext completionContext(qsizetype offset) const;
    // The innermost call whose name or parentheses hold `offset`.
    const JinjaCall *callAt(qsizetype offset) const;
    std::vector<RelationReference> relations() const;

private:
    const Token *tokenBefore(qsizetype offset) const;
    qsizetype firstTokenFrom(qsizetype offset) const;
    void completeArgument(SqlCursorContext &context, const Token &string, qsizetype offset) const;
    void completeWord(SqlCursorContext &context, SqlCursorContext::Kind kind,
                      qsizetype offset) const;
    QString aliasAfter(const JinjaCall &call) const;

    QStringView m_text;
    ScanResult m_scan;
    std::vector<JinjaCall> m_calls;
};

} // namespace Trellis::Core::Ide
