#include "appsettings.h"

#include <QAction>
#include <QFontDatabase>
#include <QSettings>

namespace Trellis::App {

namespace {

const QString kTheme = QStringLiteral("appearance/theme");
const QString kEditorFont = QStringLiteral("editor/font");
const QString kPreviewRowLimit = QStringLiteral("preview/rowLimit");
const QString kShortcuts = QStringLiteral("shortcuts/");
const char kDefaultShortcutProperty[] = "trellisDefaultShortcut";

} // namespace

ThemeChoice AppSettings::theme()
{
    return themeFromName(QSettings().value(kTheme).toString()).value_or(ThemeChoice::FollowDesktop);
}

void AppSettings::setTheme(ThemeChoice theme)
{
    QSettings().setValue(kTheme, themeName(theme));
}

QString AppSettings::themeName(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::FollowDesktop:
        break;
    }
    return QStringLiteral("desktop");
}

std::optional<ThemeChoice> AppSettings::themeFromName(const QString &name)
{
    for (ThemeChoice theme : {ThemeChoice::FollowDesktop, ThemeChoice::Light, ThemeChoice::Dark}) {
        if (themeName(theme) == name)
            return theme;
    }
    return std::nullopt;
}

QFont AppSettings::editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString stored = QSettings().value(kEditorFont).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

bool AppSettings::isEditorFontChosen()
{
    return QSettings().contains(kEditorFont);
}

void AppSettings::setEditorFont(const QFont &font)
{
    QSettings().setValue(kEditorFont, font.toString());
}

int AppSettings::previewRowLimit()
{
    const int rows = QSettings().value(kPreviewRowLimit, kDefaultPreviewRowLimit).toInt();
    return rows > 0 ? rows : kDefaultPreviewRowLimit;
}

void AppSettings::setPreviewRowLimit(int rows)
{
    QSettings().setValue(kPreviewRowLimit, rows);
}

QKeySequence AppSettings::defaultShortcut(const QAction *action)
{
    const QVariant stored = action->property(kDefaultShortcutProperty);
    return stored.isValid() ? stored.value<QKeySequence>() : action->shortcut();
}

void AppSettings::setShortcut(const QAction *action, const QKeySequence &sequence)
{
    QSettings settings;
    if (sequence == defaultShortcut(action))
        settings.remove(kShortcuts + action->objectName());
    else
        settings.setValue(kShortcuts + action->objectName(),
                          sequence.toString(QKeySequence::PortableText));
}

void AppSettings::applyShortcuts(const QList<QAction *> &actions)
{
    QSettings settings;
    for (QAction *action : actions) {
        if (action->objectName().isEmpty())
            continue;
        if (!action->property(kDefaultShortcutProperty).isValid())
            action->setProperty(kDefaultShortcutProperty, action->shortcut());
        const QVariant chosen = settings.value(kShortcuts + action->objectName());
        action->setShortcut(chosen.isValid()
                                ? QKeySequence(chosen.toString(), QKeySequence::PortableText)
                                : defaultShortcut(action));
    }
}

} // namespace Trellis::App
