#pragma once

#include "widgets/editor/themedlexer.h"

namespace Trellis::Widgets {

// Colours dbt's Jinja-SQL (models, macros, tests) with Core::Ide::JinjaSqlScanner: SQL keywords,
// functions, strings, numbers and comments, and Jinja regions apart ({{ }}, {% %}, {# #}, their
// keywords, strings and dbt's names). Incremental: Scintilla asks to style from the first
// changed position; the lexer restarts at that line with the scanner state it stored per line
// (SCI_SETLINESTATE), and sets fold levels from open {% if %}/{% for %}/… blocks and
// parentheses on the way. GUI thread.
class JinjaSqlLexer : public ThemedLexer
{
    Q_OBJECT

public:
    explicit JinjaSqlLexer(QObject *parent = nullptr);

    const char *language() const override;
    void styleText(int start, int end) override;
    QString lineCommentPrefix() const override;
};

} // namespace Trellis::Widgets
