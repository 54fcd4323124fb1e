#pragma once

#include "core/diagnostics/diagnostic.h"
#include "widgets/editor/editorpalette.h"

#include <QHash>
#include <QList>

class QsciScintilla;
class QPainter;

namespace Trellis::Widgets {

// Shows one file's diagnostics on its editor: a squiggle per finding over its range (one
// indicator per severity), a marker in the symbol margin on its first line, and the message
// painted after the end of that line (paintLineMessages, called from the editor's paint event,
// so only visible lines cost anything and the text never shifts). setDiagnostics replaces the
// previous set; clearing and adding are one Scintilla call per finding, so hundreds are cheap.
// Lines and columns are 1-based, columns in characters. GUI thread; the editor owns it.
class DiagnosticMarks
{
public:
    // Indicators and markers these marks use; editors must leave them alone.
    enum : int { FirstIndicator = 20, FirstMarker = 20, SymbolMargin = 1 };

    explicit DiagnosticMarks(QsciScintilla *editor);

    void setDiagnostics(const QList<Core::Diagnostic> &diagnostics);
    void applyPalette(const EditorPalette &palette);
    void paintLineMessages(QPainter &painter) const;

    // The message shown at the end of a 0-based line, empty when none (for tooltips and tests).
    QString lineMessage(int line) const;
    // The messages of every finding whose range holds the Scintilla position.
    QStringList messagesAt(int position) const;

private:
    struct Mark
    {
        int start;
        int end;
        Core::Severity severity;
        QString message;
    };
    struct LineMessage
    {
        Core::Severity severity;
        QString text;
    };

    int position(int line, int column) const;
    void clear();

    QsciScintilla *m_editor;
    EditorPalette m_palette;
    std::vector<Mark> m_marks;
    QHash<int, LineMessage> m_lineMessages;
};

} // namespace Trellis::Widgets
