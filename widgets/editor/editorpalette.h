#pragma once

#include "core/diagnostics/diagnostic.h"

#include <QColor>
#include <QPalette>

namespace Trellis::Widgets {

// What a span of text is to the eye; lexers map their token kinds onto these.
enum class StyleRole {
    Plain,
    Keyword,
    Function,
    Number,
    String,
    QuotedName,
    Comment,
    Operator,
    JinjaText,
    JinjaDelimiter,
    JinjaKeyword,
    DbtName,
    JinjaName,
    JinjaString,
    JinjaComment,
    Key,
    DbtKey,
    Constant,
};

struct TextStyle
{
    QColor color;
    QColor paper;
    bool bold = false;
    bool italic = false;
};

// The editor's colours, light or dark after the lightness of the desktop palette's window
// colour, so that text reads well on either: syntax colours (Jinja regions on a tinted paper),
// margins, caret line, selection, and the three diagnostic severities. A value; GUI thread.
class EditorPalette
{
public:
    static EditorPalette fromPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    TextStyle style(StyleRole role) const;
    QColor severityColor(Core::Severity severity) const;

    QColor paper;
    QColor text;
    QColor marginPaper;
    QColor marginText;
    QColor caretLine;
    QColor selection;
    QColor indentGuide;
    QColor braceMatch;

private:
    bool m_dark = false;
};

} // namespace Trellis::Widgets
