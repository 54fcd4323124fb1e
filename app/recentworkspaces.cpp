#include "recentworkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Trellis::App {

namespace {
const QString kKey = QStringLiteral("recentWorkspaces");
}

RecentWorkspaces::RecentWorkspaces(QObject *parent)
    : QObject(parent)
{ }

void RecentWorkspaces::add(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    list.prepend(path);
    QSettings().setValue(kKey, list.mid(0, kMaximum));
}

QStringList RecentWorkspaces::paths() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentWorkspaces::attach(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
    fill(menu);
}

void RecentWorkspaces::fill(QMenu *menu)
{
    menu->clear();
    int number = 0;
    for (const QString &path : paths()) {
        if (!QFileInfo(path).isDir())
            continue;
        ++number;
        // The first nine get a mnemonic digit, as desktop applications number recent files.
        const QString label = number < 10
            ? QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path))
            : QDir::toNativeSeparators(path);
        menu->addAction(label, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (number == 0)
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Clear List"), this, [] { QSettings().remove(kKey); });
}

} // namespace Trellis::App
