#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Trellis::App {

// The workspaces opened lately, newest first, kept in QSettings, and the File › Open Recent
// menu that lists them. Folders that no longer exist are left out of the menu. GUI thread.
class RecentWorkspaces : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 10;

    explicit RecentWorkspaces(QObject *parent = nullptr);

    void add(const QString &path);
    QStringList paths() const;
    // Fills `menu` with the list each time it opens.
    void attach(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fill(QMenu *menu);
};

} // namespace Trellis::App
