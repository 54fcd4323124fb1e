#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QComboBox;
class QFontComboBox;
class QKeySequenceEdit;
class QSpinBox;
class QTreeWidget;

namespace Trellis::App {

// Preferences: theme, editor font and size, the preview's row limit, and a shortcut for each of
// the window's actions (QKeySequenceEdit; a duplicate is flagged before it is saved). OK writes
// them through AppSettings; the window applies them when settingsChanged() fires. GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void settingsChanged();

private:
    QWidget *createAppearancePage();
    QWidget *createPreviewPage();
    QWidget *createKeyboardPage();
    void markConflicts();

    QList<QAction *> m_actions;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_rowLimit = nullptr;
    QTreeWidget *m_shortcuts = nullptr;
    QList<QKeySequenceEdit *> m_sequenceEdits; // one per action, in m_actions' order
};

} // namespace Trellis::App
