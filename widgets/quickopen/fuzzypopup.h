#pragma once

#include "widgets/quickopen/fuzzylistmodel.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QLineEdit;
class QListView;

namespace Trellis::Widgets {

// A filter line over a ranked list, floating at the top of a window, as editors' quick open
// and command palette are: typing filters (FuzzyListModel), Up/Down/Page keys move through the
// list while the line keeps the focus, Enter or a click chooses, Escape or a click elsewhere
// closes. It is a child of the window rather than a popup window of its own, so it behaves the
// same with any window manager and offscreen. GUI thread.
class FuzzyPopup : public QFrame
{
    Q_OBJECT

public:
    explicit FuzzyPopup(QWidget *window);
    ~FuzzyPopup() override;

    void setPlaceholderText(const QString &text);
    void setEntries(std::vector<FuzzyEntry> entries);
    // Entries made when the popup next shows: a mesh's 60,000 entries cost the GUI thread 40 ms,
    // which a workspace load need not pay for a popup the user may never open.
    void setEntrySource(std::function<std::vector<FuzzyEntry>()> source);
    // Shows the popup with an empty filter and the focus in it.
    void popup();

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void chosen(const QVariant &payload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void placeInWindow();
    void selectRow(int row);

    QLineEdit *m_filter;
    QListView *m_list;
    FuzzyListModel *m_model;
    QPointer<QWidget> m_returnFocus; // where Escape gives the focus back
    std::function<std::vector<FuzzyEntry>()> m_entrySource; // until the next popup()
};

} // namespace Trellis::Widgets
