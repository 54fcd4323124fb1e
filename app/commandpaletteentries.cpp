#include "commandpaletteentries.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace Trellis::App {

namespace {

QString plainText(const QString &label)
{
    return QString(label).remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

void collect(const QList<QAction *> &actions, const QString &path,
             std::vector<Widgets::FuzzyEntry> &entries)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString label = plainText(action->text());
        const QString here = path.isEmpty() ? label : path + QStringLiteral(" › ") + label;
        if (QMenu *menu = action->menu()) {
            collect(menu->actions(), here, entries);
            continue;
        }
        if (!action->isEnabled())
            continue;
        entries.push_back({here, action->shortcut().toString(QKeySequence::NativeText), QString(),
                           action->icon(), QVariant::fromValue(static_cast<QObject *>(action))});
    }
}

} // namespace

std::vector<Widgets::FuzzyEntry> commandPaletteEntries(const QMenuBar *menuBar)
{
    std::vector<Widgets::FuzzyEntry> entries;
    collect(menuBar->actions(), QString(), entries);
    return entries;
}

} // namespace Trellis::App
