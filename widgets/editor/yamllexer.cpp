#include "yamllexer.h"

#include "core/ide/yamlscanner.h"

#include <Qsci/qsciscintilla.h>

#include <QCoreApplication>

namespace Trellis::Widgets {

namespace {

constexpr auto kContext = "Trellis::Widgets::YamlLexer";

// One style per token kind, in YamlTokenKind's order.
constexpr ThemedLexer::Style kStyles[] = {
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Text"), StyleRole::Plain},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Unknown key"), StyleRole::Key},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "dbt key"), StyleRole::DbtKey},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Indicator"), StyleRole::Operator},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "String"), StyleRole::String},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Number"), StyleRole::Number},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Constant"), StyleRole::Constant},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Value"), StyleRole::Plain},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Comment"), StyleRole::Comment},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Jinja"), StyleRole::DbtName},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Document marker"), StyleRole::Keyword},
    {QT_TRANSLATE_NOOP("Trellis::Widgets::YamlLexer", "Block text"), StyleRole::String},
};
static_assert(std::size(kStyles) == std::size_t(Core::Ide::kYamlTokenKindCount));

// Fold lookahead stops here: a longer run of blank lines folds as if the file ended.
constexpr int kMaxBlankRun = 200;

} // namespace

YamlLexer::YamlLexer(QObject *parent)
    : ThemedLexer(kContext, kStyles, parent)
{ }

const char *YamlLexer::language() const
{
    return "YAML";
}

QString YamlLexer::lineCommentPrefix() const
{
    return QStringLiteral("# ");
}

void YamlLexer::styleText(int start, int end)
{
    if (!editor() || end <= start)
        return;
    const int firstLine = std::max(0, lineAt(start) - 1);
    const int from = lineStart(firstLine);
    // Line states hold the block-scalar column plus one, so Scintilla's default 0 means none.
    const int blockColumn = firstLine > 0
        ? int(sendToEditor(QsciScintillaBase::SCI_GETLINESTATE, firstLine - 1)) - 1
        : -1;
    const int length = end - from;
    const QByteArray text = bufferRange(from, end);
    const Core::Ide::YamlScanResult scan
        = Core::Ide::YamlScanner::scan(text.constData(), text.size(), blockColumn);
    writeTokenStyles(from, length, scan.tokens);
    for (std::size_t i = 0; i < scan.lineStates.size(); ++i)
        sendToEditor(QsciScintillaBase::SCI_SETLINESTATE, firstLine + int(i),
                     scan.lineStates[i] + 1);
    setFoldLevels(firstLine, lineAt(end));
}

void YamlLexer::setFoldLevels(int firstLine, int lastLine)
{
    const int lineCount = int(sendToEditor(QsciScintillaBase::SCI_GETLINECOUNT));
    const auto isBlank = [&](int line) {
        return sendToEditor(QsciScintillaBase::SCI_GETLINEINDENTPOSITION, line)
            == sendToEditor(QsciScintillaBase::SCI_GETLINEENDPOSITION, line);
    };
    const auto indentOf = [&](int line) {
        return int(sendToEditor(QsciScintillaBase::SCI_GETLINEINDENTATION, line));
    };
    // The indentation of the next non-blank line after `line`, or 0 at the end.
    const auto nextIndent = [&](int line) {
        for (int next = line + 1; next < lineCount && next <= line + kMaxBlankRun; ++next) {
            if (!isBlank(next))
                return indentOf(next);
        }
        return 0;
    };
    for (int line = firstLine; line <= lastLine; ++line) {
        int level = QsciScintillaBase::SC_FOLDLEVELBASE;
        if (isBlank(line)) {
            level += nextIndent(line);
            level |= QsciScintillaBase::SC_FOLDLEVELWHITEFLAG;
        } else {
            const int indent = indentOf(line);
            level += indent;
            if (nextIndent(line) > indent)
                level |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        }
        sendToEditor(QsciScintillaBase::SCI_SETFOLDLEVEL, line, level);
    }
}

} // namespace Trellis::Widgets
