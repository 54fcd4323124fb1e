#include "themedlexer.h"

#include <Qsci/qsciscintilla.h>

#include <QCoreApplication>

namespace Trellis::Widgets {

ThemedLexer::ThemedLexer(const char *context, std::span<const Style> styles, QObject *parent)
    : QsciLexerCustom(parent)
    , m_context(context)
    , m_styles(styles)
{ }

QString ThemedLexer::description(int style) const
{
    if (style < 0 || std::size_t(style) >= m_styles.size())
        return {};
    return QCoreApplication::translate(m_context, m_styles[std::size_t(style)].name);
}

void ThemedLexer::applyPalette(const EditorPalette &palette, const QFont &font)
{
    setDefaultFont(font);
    setDefaultColor(palette.text);
    setDefaultPaper(palette.paper);
    for (std::size_t i = 0; i < m_styles.size(); ++i) {
        const TextStyle look = palette.style(m_styles[i].role);
        QFont styled = font;
        styled.setBold(look.bold);
        styled.setItalic(look.italic);
        setColor(look.color, int(i));
        setPaper(look.paper, int(i));
        setFont(styled, int(i));
    }
}

long ThemedLexer::sendToEditor(unsigned int message, unsigned long wParam, long lParam) const
{
    return editor()->SendScintilla(message, wParam, lParam);
}

QByteArray ThemedLexer::bufferRange(int start, int end) const
{
    return editor()->bytes(start, end).left(end - start);
}

void ThemedLexer::writeStyles(int start, const std::vector<char> &styles)
{
    startStyling(start);
    editor()->SendScintilla(QsciScintillaBase::SCI_SETSTYLINGEX, styles.size(), styles.data());
}

int ThemedLexer::lineAt(int position) const
{
    return int(sendToEditor(QsciScintillaBase::SCI_LINEFROMPOSITION, position));
}

int ThemedLexer::lineStart(int line) const
{
    return int(sendToEditor(QsciScintillaBase::SCI_POSITIONFROMLINE, line));
}

} // namespace Trellis::Widgets
