#pragma once

#include "widgets/quickopen/fuzzylistmodel.h"

class QMenuBar;

namespace Trellis::App {

// What Ctrl+Shift+P offers: every action of the menu bar, labelled with its menu path
// ("View › Lineage") and its shortcut; the payload is the QAction (as a QObject *) to trigger.
// Built when the palette opens, so it reflects the actions' current text, state and shortcuts.
// GUI thread.
std::vector<Widgets::FuzzyEntry> commandPaletteEntries(const QMenuBar *menuBar);

} // namespace Trellis::App
