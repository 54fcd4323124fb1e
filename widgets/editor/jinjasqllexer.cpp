#include "jinjasqllexer.h"

#include "core/ide/jinjasqlscanner.h"

#include <Qsci/qsciscintilla.h>

#include <QCoreApplication>

namespace Trellis::Widgets {

namespace {

constexpr auto kContext = "Trellis::Widgets::JinjaSqlLexer";

// One style per token kind, in TokenKind's order: the style number is the kind.
constexpr ThemedLexer::Style kStyles[] = {
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "SQL text"), StyleRole::Plain},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "SQL keyword"), StyleRole::Keyword},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "SQL function"), StyleRole::Function},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "SQL identifier"), StyleRole::Plain},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Number"), StyleRole::Number},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "SQL string"), StyleRole::String},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Quoted identifier"),
     StyleRole::QuotedName},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "SQL comment"), StyleRole::Comment},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Operator"), StyleRole::Operator},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja text"), StyleRole::JinjaText},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja delimiter"),
     StyleRole::JinjaDelimiter},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja keyword"),
     StyleRole::JinjaKeyword},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "dbt function"), StyleRole::DbtName},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja name"), StyleRole::JinjaName},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja string"), StyleRole::JinjaString},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja number"), StyleRole::JinjaText},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja operator"), StyleRole::JinjaText},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::JinjaSqlLexer", "Jinja comment"),
     StyleRole::JinjaComment},
};
static_assert(std::size(kStyles) == std::size_t(Core::Ide::kTokenKindCount));

} // namespace

JinjaSqlLexer::JinjaSqlLexer(QObject *parent)
    : ThemedLexer(kContext, kStyles, parent)
{ }

const char *JinjaSqlLexer::language() const
{
    return "Jinja-SQL";
}

QString JinjaSqlLexer::lineCommentPrefix() const
{
    return QStringLiteral("-- ");
}

void JinjaSqlLexer::styleText(int start, int end)
{
    if (!editor() || end <= start)
        return;
    const int firstLine = lineAt(start);
    const int from = lineStart(firstLine);
    const auto previous = firstLine > 0 ? Core::Ide::ScanState::fromInt(
                              int(sendToEditor(QsciScintillaBase::SCI_GETLINESTATE, firstLine - 1)))
                                        : Core::Ide::ScanState{};
    const int length = end - from;
    const QByteArray text = bufferRange(from, end);
    const Core::Ide::ScanResult scan
        = Core::Ide::JinjaSqlScanner::scan(text.constData(), text.size(), previous);

    writeTokenStyles(from, length, scan.tokens);

    // A line's fold level is the depth at its start; it heads a fold when it opens a block.
    int depth = previous.depth;
    int line = firstLine;
    const auto setFold = [&](int depthAfter) {
        int level = QsciScintillaBase::SC_FOLDLEVELBASE + depth;
        if (depthAfter > depth)
            level |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        sendToEditor(QsciScintillaBase::SCI_SETFOLDLEVEL, line, level);
    };
    for (const Core::Ide::LineEnd &lineEnd : scan.lines) {
        setFold(lineEnd.state.depth);
        sendToEditor(QsciScintillaBase::SCI_SETLINESTATE, line, lineEnd.state.toInt());
        depth = lineEnd.state.depth;
        ++line;
    }
    if (scan.lines.empty() || scan.lines.back().offset < length)
        setFold(scan.end.depth); // the last, unfinished line
}

} // namespace Trellis::Widgets
