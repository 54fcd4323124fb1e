#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/ide/completion.h"
#include "core/project/yamldocument.h"

#include <Qsci/qsciscintilla.h>

#include <QList>

#include <memory>

namespace Trellis::Core::Ide {
class LanguageSnapshot;
}

namespace Trellis::Widgets {

class DiagnosticMarks;
class FindBar;
class ThemedLexer;

// The base of every Trellis editor: a QScintilla view with the settings all languages share
// (monospace font, line numbers, brace matching, indentation guides, folding, multiple
// selections with typing into all of them), the lexer chosen from the file name (Jinja-SQL or
// dbt YAML), colours that follow the desktop's light or dark palette, comment toggling, a find
// and replace bar, and the language features over a manifest snapshot: completion, go to
// definition, find references and hover cards. Definitions and references are reported by
// signals for the window to route. It owns its lexer, find bar and diagnostic marks. GUI thread.
//
// Keys: Ctrl+Space completes, F12 or Ctrl+click goes to the definition, Shift+F12 finds
// references, Ctrl+/ toggles line comments, Ctrl+F finds, Ctrl+H replaces, Ctrl+D adds the next
// occurrence of the selection as another selection, Escape closes the find bar and extra carets.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Picks colouring and indentation for the file's language, and remembers the path the
    // language services resolve the project and node from (give the full path).
    void setLanguageForFile(const QString &filePath);
    QString filePath() const { return m_filePath; }

    // The manifest snapshot completion, definitions and hovers read; null turns them off.
    void setLanguageContext(std::shared_ptr<const Core::Ide::LanguageSnapshot> snapshot);

    // Replaces the diagnostics shown (this file's only; lines and columns 1-based).
    void setDiagnostics(const QList<Core::Diagnostic> &diagnostics);
    // The message painted after the end of a 0-based line; empty when none.
    QString diagnosticMessage(int line) const;

    void toggleComment();
    void showFindBar(bool withReplace);
    FindBar *findBar() const { return m_findBar; }
    // Completion at the caret; shows the list when there is something to offer.
    void complete();
    void goToDefinition();
    void findReferences();
    // The hover card for a Scintilla position (rich text); empty when there is nothing.
    QString hoverText(int position) const;
    // Items of the completion list on screen (or last shown), for tests and the status bar.
    const Core::Ide::Completion &lastCompletion() const { return m_completion; }

Q_SIGNALS:
    void definitionRequested(const QString &file, int line);
    void referencesFound(const QList<Trellis::Core::SourceLocation> &locations);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateLineNumberMarginWidth();
    void onCharacterAdded(int character);
    void insertCompletion(int listId, const QString &label);
    void showCompletionDetail(const QString &label);
    void showHover(int position, int x, int y);
    std::optional<Core::SourceLocation> definitionAt(int position) const;
    void addNextOccurrence();
    void placeFindBar();
    // Scintilla positions are UTF-8 bytes, the language services' offsets UTF-16 units.
    qsizetype utf16Offset(int position) const;
    static int bytePosition(const QString &text, qsizetype offset);

    QString m_filePath;
    ThemedLexer *m_lexer = nullptr;
    std::shared_ptr<const Core::Ide::LanguageSnapshot> m_language;
    std::unique_ptr<DiagnosticMarks> m_diagnostics;
    FindBar *m_findBar;
    Core::Ide::Completion m_completion;
    int m_completionStart = 0; // byte positions of the range the chosen item replaces
    int m_completionEnd = 0;
    int m_completionCaret = 0; // the caret when the list opened
};

} // namespace Trellis::Widgets
