#pragma once

#include "core/ide/completion.h"
#include "widgets/editor/editorpalette.h"

#include <QCoreApplication>

class QsciScintilla;

namespace Trellis::Widgets {

// The small badges before each entry of the completion list, one per kind of item (model,
// project, source, macro, column, key, …): a coloured square with a letter, drawn for the
// screen's pixel ratio and registered with an editor as Scintilla images. GUI thread.
class CompletionIcons
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Widgets::CompletionIcons)

public:
    static void registerWith(QsciScintilla &editor, const EditorPalette &palette);
    // The list entry Scintilla shows: the label with its image.
    static QString listEntry(const Core::Ide::CompletionItem &item);
};

} // namespace Trellis::Widgets
