#include "codeeditor.h"

#include <Qsci/qscilexersql.h>
#include <Qsci/qscilexeryaml.h>

#include <QFontDatabase>

namespace Trellis::Widgets {

namespace {
enum Margin { LineNumberMargin = 0, FoldMargin = 2 };
}

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setMarginsFont(font);
    setMarginLineNumbers(LineNumberMargin, true);
    setFolding(BoxedTreeFoldStyle, FoldMargin);
    setBraceMatching(SloppyBraceMatch);
    setIndentationGuides(true);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(palette().color(QPalette::AlternateBase));
    setUtf8(true);
    setEdgeMode(EdgeNone);
    setWrapMode(WrapNone);
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberMarginWidth);
    updateLineNumberMarginWidth();
}

void CodeEditor::setLanguageForFile(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    QsciLexer *lexer = nullptr;
    if (suffix == QLatin1String("sql")) {
        lexer = new QsciLexerSQL(this);
    } else if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml")) {
        lexer = new QsciLexerYAML(this);
        setTabWidth(2);
    }
    if (lexer) {
        lexer->setDefaultFont(font());
        lexer->setFont(font());
    }
    QsciLexer *previous = this->lexer();
    setLexer(lexer);
    delete previous;
}

void CodeEditor::updateLineNumberMarginWidth()
{
    // Room for one digit more than the file needs, so the margin does not jump while typing.
    const QString widest = QString(QString::number(lines()).size() + 1, QLatin1Char('9'));
    setMarginWidth(LineNumberMargin, widest);
}

} // namespace Trellis::Widgets
