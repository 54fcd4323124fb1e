#include "diagnosticmarks.h"

#include <Qsci/qsciscintilla.h>

#include <QFontMetrics>
#include <QPainter>

namespace Trellis::Widgets {

namespace {

int indicatorFor(Core::Severity severity)
{
    return DiagnosticMarks::FirstIndicator + int(severity);
}

int markerFor(Core::Severity severity)
{
    return DiagnosticMarks::FirstMarker + int(severity);
}

constexpr Core::Severity kSeverities[]
    = {Core::Severity::Info, Core::Severity::Warning, Core::Severity::Error};

} // namespace

DiagnosticMarks::DiagnosticMarks(QsciScintilla *editor)
    : m_editor(editor)
    , m_palette(EditorPalette::fromPalette(editor->palette()))
{
    for (Core::Severity severity : kSeverities) {
        m_editor->indicatorDefine(QsciScintilla::SquigglePixmapIndicator, indicatorFor(severity));
        m_editor->markerDefine(QsciScintilla::Circle, markerFor(severity));
    }
    m_editor->setMarginType(SymbolMargin, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(SymbolMargin, 14);
    int mask = 0;
    for (Core::Severity severity : kSeverities)
        mask |= 1 << markerFor(severity);
    m_editor->setMarginMarkerMask(SymbolMargin, mask);
    applyPalette(m_palette);
}

void DiagnosticMarks::applyPalette(const EditorPalette &palette)
{
    m_palette = palette;
    for (Core::Severity severity : kSeverities) {
        const QColor color = palette.severityColor(severity);
        m_editor->setIndicatorForegroundColor(color, indicatorFor(severity));
        m_editor->setMarkerBackgroundColor(color, markerFor(severity));
        m_editor->setMarkerForegroundColor(color, markerFor(severity));
    }
}

int DiagnosticMarks::position(int line, int column) const
{
    const int lineIndex = std::clamp(line - 1, 0, std::max(0, m_editor->lines() - 1));
    const int lineEnd
        = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, lineIndex));
    const int lineLength = lineEnd - m_editor->positionFromLineIndex(lineIndex, 0);
    return std::min(
        m_editor->positionFromLineIndex(lineIndex, std::clamp(column - 1, 0, lineLength)), lineEnd);
}

void DiagnosticMarks::clear()
{
    const int length = m_editor->length();
    for (Core::Severity severity : kSeverities) {
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicatorFor(severity));
        m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0, length);
        m_editor->markerDeleteAll(markerFor(severity));
    }
    m_marks.clear();
    m_lineMessages.clear();
}

void DiagnosticMarks::setDiagnostics(const QList<Core::Diagnostic> &diagnostics)
{
    clear();
    for (const Core::Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.line <= 0)
            continue;
        const int start = position(diagnostic.line, diagnostic.column);
        int end;
        if (diagnostic.endLine > 0) {
            end = position(diagnostic.endLine, diagnostic.endColumn);
        } else {
            // A single position marks the word there, or the rest of the line when none.
            end = int(m_editor->SendScintilla(QsciScintillaBase::SCI_WORDENDPOSITION, start, 1L));
            if (end <= start)
                end = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION,
                                                  diagnostic.line - 1));
        }
        // A finding at a line's end still needs something to underline.
        end = std::max(end, std::min(start + 1, m_editor->length()));
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT,
                                indicatorFor(diagnostic.severity));
        m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE, start, end - start);
        const int line = m_editor->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, start);
        m_editor->markerAdd(line, markerFor(diagnostic.severity));
        m_marks.push_back({start, end, diagnostic.severity, diagnostic.message});

        // The most severe finding of a line speaks for it; the others are counted.
        auto existing = m_lineMessages.find(line);
        if (existing == m_lineMessages.end()) {
            m_lineMessages.insert(line, {diagnostic.severity, diagnostic.message});
        } else if (diagnostic.severity > existing->severity) {
            existing->severity = diagnostic.severity;
            existing->text = diagnostic.message;
        }
    }
    m_editor->viewport()->update();
}

QString DiagnosticMarks::lineMessage(int line) const
{
    return m_lineMessages.value(line).text;
}

QStringList DiagnosticMarks::messagesAt(int position) const
{
    QStringList messages;
    for (const Mark &mark : m_marks) {
        if (position >= mark.start && position < mark.end)
            messages.append(mark.message);
    }
    return messages;
}

void DiagnosticMarks::paintLineMessages(QPainter &painter) const
{
    if (m_lineMessages.isEmpty())
        return;
    const int first = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE));
    const int visible = int(m_editor->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN)) + 1;
    QFont font = m_editor->font();
    font.setItalic(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int gap = metrics.horizontalAdvance(QStringLiteral("    "));
    const int width = m_editor->viewport()->width();
    for (int i = 0; i < visible; ++i) {
        const int line
            = int(m_editor->SendScintilla(QsciScintillaBase::SCI_DOCLINEFROMVISIBLE, first + i));
        const auto message = m_lineMessages.find(line);
        if (message == m_lineMessages.end())
            continue;
        const long end = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, line);
        const int x
            = int(m_editor->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, end))
            + gap;
        const int y
            = int(m_editor->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, end));
        const int height = int(m_editor->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, line));
        if (x >= width)
            continue;
        const QString text = metrics.elidedText(message->text, Qt::ElideRight, width - x);
        painter.setPen(m_palette.severityColor(message->severity));
        painter.drawText(QRect(x, y, width - x, height), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

} // namespace Trellis::Widgets
