#pragma once

#include <QFrame>

class QsciScintilla;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Trellis::Widgets {

// Find and replace for one editor: plain text or (C++11) regular expressions, case and whole
// word switches, next/previous with wrap-around, replace one and replace all (one undo step,
// `\1` back-references with regular expressions). It floats over the editor's top-right corner
// and is owned by it. GUI thread.
class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(QsciScintilla *editor);

    // Shows the bar with the selection (if it is on one line) as the search text.
    void open(bool withReplace);
    bool findNext(bool forward = true);
    void replaceCurrent();
    int replaceAll();

    void setSearchText(const QString &text);
    void setReplaceText(const QString &text);
    void setRegularExpression(bool on);

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    int searchFlags() const;
    QToolButton *addToggle(const QString &text, const QString &toolTip);
    QToolButton *addButton(const QString &text, const QString &toolTip);
    void showStatus(const QString &text);

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QToolButton *m_regex;
    QToolButton *m_case;
    QToolButton *m_word;
    QLabel *m_status;
};

} // namespace Trellis::Widgets
