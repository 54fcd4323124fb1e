#include "yamlcursoranalyzer.h"

namespace Trellis::Core::Ide {

namespace {

// One line of block YAML: `   - - key: value # comment`.
struct YamlLine
{
    qsizetype start = 0; // offset of the line in the text
    qsizetype length = 0;
    qsizetype dashColumn = -1; // the first `- ` of the line, -1 when none
    qsizetype keyColumn = -1; // where the content after indentation and dashes starts
    qsizetype colonColumn = -1; // the `:` ending a key, -1 when the line holds no key
    QString key;
    QString value;

    bool isContent() const { return keyColumn >= 0; }
};

YamlLine parseLine(QStringView text, qsizetype start)
{
    YamlLine line;
    line.start = start;
    qsizetype end = text.indexOf(u'\n', start);
    if (end < 0)
        end = text.size();
    line.length = end - start;
    const QStringView content = text.mid(start, line.length);
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < content.size() && content[i] == u' ')
            ++i;
    };
    skipSpaces();
    while (i < content.size() && content[i] == u'-'
           && (i + 1 == content.size() || content[i + 1] == u' ')) {
        if (line.dashColumn < 0)
            line.dashColumn = i;
        ++i;
        skipSpaces();
    }
    if (i < content.size() && content[i] == u'#')
        return line;
    if (i == content.size() && line.dashColumn < 0)
        return line; // blank
    line.keyColumn = i;
    for (qsizetype j = i; j < content.size(); ++j) {
        if (content[j] == u'#' && (j == 0 || content[j - 1] == u' '))
            break;
        if (content[j] == u':' && (j + 1 == content.size() || content[j + 1] == u' ')) {
            line.colonColumn = j;
            line.key = content.mid(i, j - i).trimmed().toString();
            QStringView value = content.mid(j + 1);
            if (const qsizetype comment = value.indexOf(u" #"); comment >= 0)
                value = value.left(comment);
            line.value = value.trimmed().toString();
            break;
        }
    }
    return line;
}

qsizetype lineStartOf(QStringView text, qsizetype offset)
{
    return offset == 0 ? 0 : text.lastIndexOf(u'\n', offset - 1) + 1;
}

QString unquoted(const QString &value)
{
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
        && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

} // namespace

YamlCursorContext YamlCursorAnalyzer::analyze(QStringView text, qsizetype offset)
{
    YamlCursorContext context;
    const qsizetype lineStart = lineStartOf(text, offset);
    const YamlLine current = parseLine(text, lineStart);
    const qsizetype column = offset - lineStart;
    const qsizetype lineEnd = lineStart + current.length;

    // The column of the mapping the cursor is in: its keys start there.
    qsizetype mapping = current.isContent() ? current.keyColumn : column;
    if (current.colonColumn >= 0 && column > current.colonColumn) {
        context.kind = YamlCursorContext::Kind::Value;
        context.key = current.key;
        qsizetype valueStart = current.colonColumn + 1;
        while (valueStart < current.length && text[lineStart + valueStart] == u' ')
            ++valueStart;
        context.replaceStart = lineStart + std::min(valueStart, column);
        context.replaceEnd = lineEnd;
    } else {
        context.kind = YamlCursorContext::Kind::Key;
        context.key = current.key;
        context.replaceStart = lineStart + std::min(mapping, column);
        context.replaceEnd
            = current.colonColumn >= 0 ? lineStart + current.colonColumn + 1 : lineEnd;
    }
    context.prefix = text.mid(context.replaceStart, offset - context.replaceStart).toString();
    if (current.key == QLatin1String("name"))
        context.entryName = unquoted(current.value);

    // Walk up: lines at the mapping's column are siblings until the line that starts the
    // mapping (a `- ` item) or a shallower line, which holds the parent key.
    bool collecting = true;
    bool inItem = current.dashColumn >= 0 && current.dashColumn < mapping;
    qsizetype itemColumn = current.dashColumn;
    for (qsizetype start = lineStart; start > 0;) {
        start = lineStartOf(text, start - 1);
        const YamlLine line = parseLine(text, start);
        if (!line.isContent())
            continue;
        const bool parent = inItem
            ? (line.keyColumn < itemColumn || (line.keyColumn == itemColumn && line.dashColumn < 0))
            : line.keyColumn < mapping;
        if (!parent) {
            if (!inItem && line.keyColumn == mapping && collecting && !line.key.isEmpty()) {
                context.siblingKeys.append(line.key);
                if (line.key == QLatin1String("name") && context.entryName.isEmpty())
                    context.entryName = unquoted(line.value);
                if (line.dashColumn >= 0 && line.dashColumn < mapping) {
                    inItem = true;
                    itemColumn = line.dashColumn;
                }
            }
            continue;
        }
        collecting = false;
        if (line.key.isEmpty())
            break; // a plain list entry above: not block mappings any more
        context.path.prepend(line.key);
        mapping = line.keyColumn;
        inItem = line.dashColumn >= 0 && line.dashColumn < mapping;
        itemColumn = line.dashColumn;
        if (mapping == 0)
            break;
    }
    return context;
}

} // namespace Trellis::Core::Ide
