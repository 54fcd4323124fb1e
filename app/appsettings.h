#pragma once

#include <QFont>
#include <QKeySequence>
#include <QList>

#include <optional>

class QAction;

namespace Trellis::App {

enum class ThemeChoice { FollowDesktop, Light, Dark };

// The user's preferences as QSettings stores them, with their defaults in one place: theme,
// editor font, the preview's row limit, and keyboard shortcuts that differ from the defaults
// (keyed by the action's objectName). Reads and writes go straight to QSettings; GUI thread.
class AppSettings
{
public:
    static constexpr int kDefaultPreviewRowLimit = 500;

    static ThemeChoice theme();
    static void setTheme(ThemeChoice theme);
    static QString themeName(ThemeChoice theme); // "desktop", "light", "dark"
    static std::optional<ThemeChoice> themeFromName(const QString &name);

    // The system's fixed-width font unless the user chose another.
    static QFont editorFont();
    static bool isEditorFontChosen();
    static void setEditorFont(const QFont &font);

    static int previewRowLimit();
    static void setPreviewRowLimit(int rows);

    // The shortcut each action was created with is its default; the user's choice overrides
    // it. An empty sequence the user chose means "no shortcut".
    static QKeySequence defaultShortcut(const QAction *action);
    static void setShortcut(const QAction *action, const QKeySequence &sequence);
    static void applyShortcuts(const QList<QAction *> &actions);
};

} // namespace Trellis::App
