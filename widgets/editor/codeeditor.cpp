#include "codeeditor.h"

#include "core/ide/documentlanguage.h"
#include "core/ide/languagesnapshot.h"
#include "widgets/editor/completionicons.h"
#include "widgets/editor/diagnosticmarks.h"
#include "widgets/editor/editorpalette.h"
#include "widgets/editor/findbar.h"
#include "widgets/editor/jinjasqllexer.h"
#include "widgets/editor/yamllexer.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <QFileInfo>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

namespace Trellis::Widgets {

namespace {

enum Margin { LineNumberMargin = 0, FoldMargin = 2 };
constexpr int kCompletionListId = 1;
constexpr int kHoverDelayMs = 600;
// Completion reads the whole buffer; past this size it opens on Ctrl+Space only, not on typing.
constexpr int kAutoCompleteMaxBytes = 1 << 20;

// Keys the editor handles itself, even where the window binds them to actions.
bool isEditorShortcut(const QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (modifiers == Qt::ControlModifier)
        return key == Qt::Key_Space || key == Qt::Key_Slash || key == Qt::Key_F || key == Qt::Key_H
            || key == Qt::Key_D;
    if (key == Qt::Key_F12)
        return modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier;
    return false;
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_diagnostics(std::make_unique<DiagnosticMarks>(this))
    , m_findBar(new FindBar(this))
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
    setUtf8(true);
    setEdgeMode(EdgeNone);
    setWrapMode(WrapNone);
    // Multi-cursor: Ctrl+drag or Ctrl+D add selections, Alt+drag a rectangular one; typing and
    // pasting go to all of them.
    SendScintilla(SCI_SETMULTIPLESELECTION, 1UL);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1UL);
    SendScintilla(SCI_SETMULTIPASTE, SC_MULTIPASTE_EACH);
    SendScintilla(SCI_SETVIRTUALSPACEOPTIONS, SCVS_RECTANGULARSELECTION);
    // Ctrl+D duplicates the line in QScintilla's default keymap; here it adds the next occurrence.
    if (QsciCommand *duplicate
        = standardCommands()->boundTo(QKeyCombination(Qt::CTRL | Qt::Key_D).toCombined()))
        duplicate->setKey(0);
    SendScintilla(SCI_AUTOCSETORDER, SC_ORDER_CUSTOM);
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1UL);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 12UL);
    SendScintilla(SCI_SETMOUSEDWELLTIME, kHoverDelayMs);

    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberMarginWidth);
    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &CodeEditor::onCharacterAdded);
    connect(this, &QsciScintilla::userListActivated, this, &CodeEditor::insertCompletion);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &CodeEditor::showHover);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    connect(this, &QsciScintillaBase::SCN_AUTOCSELECTIONCHANGE, this,
            [this](const char *selection, int, int) {
                showCompletionDetail(QString::fromUtf8(selection));
            });
    connect(this, &QsciScintillaBase::SCN_AUTOCCANCELLED, this, [] { QToolTip::hideText(); });
    connect(m_findBar, &FindBar::closed, this, [this] { setFocus(); });
    updateLineNumberMarginWidth();
    applyPalette();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setLanguageForFile(const QString &filePath)
{
    m_filePath = filePath;
    ThemedLexer *lexer = nullptr;
    switch (Core::Ide::languageOfFile(QFileInfo(filePath).fileName())) {
    case Core::Ide::DocumentLanguage::JinjaSql:
        lexer = new JinjaSqlLexer(this);
        setTabWidth(4);
        break;
    case Core::Ide::DocumentLanguage::Yaml:
        lexer = new YamlLexer(this);
        setTabWidth(2);
        break;
    case Core::Ide::DocumentLanguage::Other:
        break;
    }
    ThemedLexer *previous = m_lexer;
    m_lexer = lexer;
    setLexer(lexer);
    delete previous;
    applyPalette();
}

void CodeEditor::setLanguageContext(std::shared_ptr<const Core::Ide::LanguageSnapshot> snapshot)
{
    m_language = std::move(snapshot);
}

void CodeEditor::setDiagnostics(const QList<Core::Diagnostic> &diagnostics)
{
    m_diagnostics->setDiagnostics(diagnostics);
}

QString CodeEditor::diagnosticMessage(int line) const
{
    return m_diagnostics->lineMessage(line);
}

void CodeEditor::applyPalette()
{
    const EditorPalette colours = EditorPalette::fromPalette(palette());
    if (m_lexer) {
        m_lexer->applyPalette(colours, font());
        setLexer(m_lexer); // re-attaching pushes the default style's colours to Scintilla too
    } else {
        setPaper(colours.paper);
        setColor(colours.text);
    }
    setMarginsBackgroundColor(colours.marginPaper);
    setMarginsForegroundColor(colours.marginText);
    setFoldMarginColors(colours.marginPaper, colours.marginPaper);
    // The fold margin's boxes and lines (markers 25-31) in margin colours rather than black.
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(colours.marginPaper, marker);
        setMarkerBackgroundColor(colours.marginText, marker);
    }
    setCaretLineBackgroundColor(colours.caretLine);
    setCaretForegroundColor(colours.text);
    setSelectionBackgroundColor(colours.selection);
    resetSelectionForegroundColor();
    setIndentationGuidesForegroundColor(colours.indentGuide);
    setIndentationGuidesBackgroundColor(colours.paper);
    setMatchedBraceBackgroundColor(colours.braceMatch);
    setMatchedBraceForegroundColor(colours.text);
    setUnmatchedBraceForegroundColor(colours.severityColor(Core::Severity::Error));
    setCallTipsBackgroundColor(colours.marginPaper);
    setCallTipsForegroundColor(colours.text);
    m_diagnostics->applyPalette(colours);
    CompletionIcons::registerWith(*this, colours);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void CodeEditor::updateLineNumberMarginWidth()
{
    // Room for one digit more than the file needs, so the margin does not jump while typing.
    const QString widest = QString(QString::number(lines()).size() + 1, QLatin1Char('9'));
    setMarginWidth(LineNumberMargin, widest);
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isEditorShortcut(key) || (key->key() == Qt::Key_Escape && m_findBar->isVisible())) {
            event->accept();
            return true;
        }
    }
    return QsciScintilla::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (modifiers == Qt::ControlModifier) {
        switch (key) {
        case Qt::Key_Space:
            complete();
            return;
        case Qt::Key_Slash:
            toggleComment();
            return;
        case Qt::Key_F:
            showFindBar(false);
            return;
        case Qt::Key_H:
            showFindBar(true);
            return;
        case Qt::Key_D:
            addNextOccurrence();
            return;
        default:
            break;
        }
    }
    if (key == Qt::Key_F12 && modifiers == Qt::NoModifier) {
        goToDefinition();
        return;
    }
    if (key == Qt::Key_F12 && modifiers == Qt::ShiftModifier) {
        findReferences();
        return;
    }
    if (key == Qt::Key_Escape && modifiers == Qt::NoModifier) {
        if (m_findBar->isVisible()) {
            m_findBar->hide();
            return;
        }
        if (SendScintilla(SCI_GETSELECTIONS) > 1 && !isListActive()) {
            SendScintilla(SCI_SETEMPTYSELECTION, SendScintilla(SCI_GETCURRENTPOS));
            return;
        }
    }
    QsciScintilla::keyPressEvent(event);
}

void CodeEditor::mousePressEvent(QMouseEvent *event)
{
    // Ctrl+click on something with a definition goes there; elsewhere it adds a caret.
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::ControlModifier) {
        const long position
            = SendScintilla(SCI_POSITIONFROMPOINTCLOSE, event->position().toPoint().x(),
                            long(event->position().toPoint().y()));
        if (position >= 0) {
            if (const auto location = definitionAt(int(position))) {
                event->accept();
                Q_EMIT definitionRequested(location->file, location->line);
                return;
            }
        }
    }
    QsciScintilla::mousePressEvent(event);
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    QsciScintilla::paintEvent(event);
    QPainter painter(viewport());
    m_diagnostics->paintLineMessages(painter);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    placeFindBar();
}

void CodeEditor::placeFindBar()
{
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int width = std::min(m_findBar->sizeHint().width(), this->width() - scrollBar - 16);
    m_findBar->resize(width, m_findBar->sizeHint().height());
    m_findBar->move(this->width() - scrollBar - width - 8, 4);
}

void CodeEditor::showFindBar(bool withReplace)
{
    m_findBar->open(withReplace);
    placeFindBar();
}

void CodeEditor::toggleComment()
{
    if (!m_lexer || isReadOnly())
        return;
    const QString prefix = m_lexer->lineCommentPrefix();
    const QString marker = prefix.trimmed();
    int lineFrom = 0;
    int indexFrom = 0;
    int lineTo = 0;
    int indexTo = 0;
    getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    if (lineFrom < 0) {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    } else if (indexTo == 0 && lineTo > lineFrom) {
        --lineTo; // a selection ending at a line's start leaves that line alone
    }
    // Comment out unless every non-blank line is commented already; markers go at the
    // shallowest indentation so the block stays aligned.
    bool allCommented = true;
    int indentation = INT_MAX;
    for (int line = lineFrom; line <= lineTo; ++line) {
        const QString content = text(line);
        if (content.trimmed().isEmpty())
            continue;
        allCommented = allCommented && content.trimmed().startsWith(marker);
        int leading = 0;
        while (leading < content.size() && (content[leading] == u' ' || content[leading] == u'\t'))
            ++leading;
        indentation = std::min(indentation, leading);
    }
    if (indentation == INT_MAX)
        return;
    beginUndoAction();
    for (int line = lineFrom; line <= lineTo; ++line) {
        const QString content = text(line);
        if (content.trimmed().isEmpty())
            continue;
        if (allCommented) {
            const int at = int(content.indexOf(marker));
            const bool spaceAfter = content.mid(at + marker.size(), 1) == QLatin1String(" ");
            setSelection(line, at, line, at + int(marker.size()) + (spaceAfter ? 1 : 0));
            removeSelectedText();
        } else {
            insertAt(prefix, line, indentation);
        }
    }
    endUndoAction();
}

void CodeEditor::addNextOccurrence()
{
    SendScintilla(SCI_TARGETWHOLEDOCUMENT);
    SendScintilla(SCI_SETSEARCHFLAGS, SCFIND_MATCHCASE);
    SendScintilla(SCI_MULTIPLESELECTADDNEXT);
}

qsizetype CodeEditor::utf16Offset(int position) const
{
    return text(0, position).size();
}

int CodeEditor::bytePosition(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).toUtf8().size());
}

void CodeEditor::complete()
{
    if (!m_language)
        return;
    const QString buffer = text();
    const int caret = int(SendScintilla(SCI_GETCURRENTPOS));
    m_completion = m_language->complete(m_filePath, buffer, utf16Offset(caret));
    if (m_completion.items.empty())
        return;
    m_completionStart = bytePosition(buffer, m_completion.replaceStart);
    m_completionEnd = bytePosition(buffer, m_completion.replaceEnd);
    m_completionCaret = caret;
    QStringList labels;
    labels.reserve(qsizetype(m_completion.items.size()));
    for (const Core::Ide::CompletionItem &item : m_completion.items)
        labels.append(CompletionIcons::listEntry(item));
    showUserList(kCompletionListId, labels);
}

void CodeEditor::insertCompletion(int listId, const QString &label)
{
    if (listId != kCompletionListId)
        return;
    QToolTip::hideText();
    const auto item = std::find_if(
        m_completion.items.begin(), m_completion.items.end(),
        [&](const Core::Ide::CompletionItem &candidate) { return candidate.label == label; });
    if (item == m_completion.items.end())
        return;
    // What was typed while the list was open is part of the word being replaced.
    const int caret = int(SendScintilla(SCI_GETCURRENTPOS));
    const int end = std::max(caret, m_completionEnd + caret - m_completionCaret);
    SendScintilla(SCI_SETSEL, m_completionStart, long(end));
    replaceSelectedText(item->insertText);
    // `platform', '` or `bikeshare_app', '`: the next argument follows, so offer it at once.
    const QChar last = item->insertText.isEmpty() ? QChar() : item->insertText.back();
    if ((item->kind == Core::Ide::CompletionKind::Project
         || item->kind == Core::Ide::CompletionKind::Source)
        && (last == u'\'' || last == u'"' || last == u'.'))
        QTimer::singleShot(0, this, &CodeEditor::complete);
}

// Scintilla's list shows labels only; the highlighted item's detail goes in a tooltip above the
// line (a call tip would close the list).
void CodeEditor::showCompletionDetail(const QString &label)
{
    for (const Core::Ide::CompletionItem &item : m_completion.items) {
        if (item.label == label && !item.detail.isEmpty()) {
            const long caret = SendScintilla(SCI_GETCURRENTPOS);
            const QPoint point(int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, caret)),
                               int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, caret))
                                   - 2 * fontMetrics().height());
            QToolTip::showText(viewport()->mapToGlobal(point), item.detail, viewport());
            return;
        }
    }
    QToolTip::hideText();
}

void CodeEditor::onCharacterAdded(int character)
{
    if (!m_language || isListActive() || length() > kAutoCompleteMaxBytes)
        return;
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const QString before = text(line).left(index);
    switch (Core::Ide::languageOfFile(m_filePath)) {
    case Core::Ide::DocumentLanguage::JinjaSql: {
        // An opening quote of ref()/source()/doc() arguments, or `alias.` in SQL.
        static const QRegularExpression argument(
            QStringLiteral(R"(\b(ref|source|doc)\s*\((\s*(['"])[^'"]*\3\s*,)?\s*['"]$)"));
        if (((character == '\'' || character == '"') && argument.match(before).hasMatch())
            || (character == '.' && before.size() >= 2
                && (before.at(before.size() - 2).isLetterOrNumber()
                    || before.at(before.size() - 2) == u'_')))
            complete();
        break;
    }
    case Core::Ide::DocumentLanguage::Yaml:
        if (character == ' ' && before.endsWith(QLatin1String(": ")))
            complete();
        break;
    case Core::Ide::DocumentLanguage::Other:
        break;
    }
}

std::optional<Core::SourceLocation> CodeEditor::definitionAt(int position) const
{
    if (!m_language)
        return std::nullopt;
    const QString buffer = text();
    return m_language->definitions().definition(m_filePath, buffer, utf16Offset(position));
}

void CodeEditor::goToDefinition()
{
    if (const auto location = definitionAt(int(SendScintilla(SCI_GETCURRENTPOS))))
        Q_EMIT definitionRequested(location->file, location->line);
}

void CodeEditor::findReferences()
{
    if (!m_language)
        return;
    const QString buffer = text();
    const int caret = int(SendScintilla(SCI_GETCURRENTPOS));
    const auto found = m_language->definitions().references(m_filePath, buffer, utf16Offset(caret));
    Q_EMIT referencesFound(QList<Core::SourceLocation>(found.begin(), found.end()));
}

QString CodeEditor::hoverText(int position) const
{
    QString html;
    for (const QString &message : m_diagnostics->messagesAt(position))
        html += QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped());
    if (m_language) {
        const QString buffer = text();
        const QString card = m_language->hovers().html(m_filePath, buffer, utf16Offset(position));
        if (!card.isEmpty())
            html += (html.isEmpty() ? QString() : QStringLiteral("<hr>")) + card;
    }
    return html;
}

void CodeEditor::showHover(int position, int x, int y)
{
    if (position < 0 || isListActive())
        return;
    const QString html = hoverText(position);
    if (!html.isEmpty())
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), html, viewport());
}

} // namespace Trellis::Widgets
