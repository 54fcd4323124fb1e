#pragma once

#include <QString>

#include <vector>

namespace Trellis::Core::Ide {

enum class CompletionKind {
    Model,
    Project,
    Source,
    SourceTable,
    Macro,
    Builtin,
    Doc,
    Column,
    Key,
    Value
};

// One entry of a completion list: what the list shows (`label`; `detail` says more about it),
// and the text that replaces the completion's range when it is chosen.
struct CompletionItem
{
    QString label;
    QString insertText;
    CompletionKind kind = CompletionKind::Model;
    QString detail;
};

// The answer to a completion request: items already filtered by the typed prefix, and the
// range of the buffer (UTF-16 offsets) the chosen item replaces.
struct Completion
{
    qsizetype replaceStart = 0;
    qsizetype replaceEnd = 0;
    QString prefix;
    std::vector<CompletionItem> items;
};

} // namespace Trellis::Core::Ide
