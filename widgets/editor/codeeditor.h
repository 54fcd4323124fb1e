#pragma once

#include <Qsci/qsciscintilla.h>

namespace Trellis::Widgets {

// The base of every Trellis editor: a QScintilla view with the settings all languages share
// (monospace font, line-number margin that grows with the file, brace matching, indentation
// guides, folding, current-line highlight) and the lexer chosen from the file name. It owns its
// lexer. Language editors (dbt-SQL, YAML) derive from it. GUI thread.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    // Picks syntax colouring and indentation for the file's language.
    void setLanguageForFile(const QString &fileName);

private:
    void updateLineNumberMarginWidth();
};

} // namespace Trellis::Widgets
