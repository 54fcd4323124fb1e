#pragma once

#include "widgets/editor/editorpalette.h"

#include <Qsci/qscilexercustom.h>

#include <algorithm>
#include <span>
#include <vector>

namespace Trellis::Widgets {

// The base of Trellis's lexers: a QScintilla container lexer whose styles are named and given a
// StyleRole, so one palette colours every language, and which hands its subclasses Scintilla's
// buffer and a one-call way to write styles (SCI_SETSTYLINGEX). Also says how the language
// writes a line comment. Owned by its editor; GUI thread.
class ThemedLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    struct Style
    {
        const char *name; // QT_TRANSLATE_NOOP'd in the subclass's context
        StyleRole role;
    };

    QString description(int style) const override;
    void applyPalette(const EditorPalette &palette, const QFont &font);

    // The line comment marker, with the space that follows it ("-- ", "# ").
    virtual QString lineCommentPrefix() const = 0;

protected:
    ThemedLexer(const char *context, std::span<const Style> styles, QObject *parent);

    // A copy of the buffer's bytes in [start, end). A copy rather than SCI_GETRANGEPOINTER:
    // that moves Scintilla's gap when an edit sits in the range, copying megabytes per keystroke.
    QByteArray bufferRange(int start, int end) const;
    // Styles [start, start + length) from tokens whose kind is their style number; gaps get
    // style 0.
    template<typename Tokens> void writeTokenStyles(int start, int length, const Tokens &tokens)
    {
        std::vector<char> styles(std::size_t(length), 0);
        for (const auto &token : tokens)
            std::fill_n(styles.begin() + token.start, token.length, char(token.kind));
        writeStyles(start, styles);
    }
    void writeStyles(int start, const std::vector<char> &styles);
    int lineAt(int position) const;
    int lineStart(int line) const;
    long sendToEditor(unsigned int message, unsigned long wParam = 0, long lParam = 0) const;

private:
    const char *m_context;
    std::span<const Style> m_styles;
};

} // namespace Trellis::Widgets
