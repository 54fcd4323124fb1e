#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Trellis::Widgets {

// A thin bar above an editor that tells the user something about the file (it changed on disk,
// it was deleted, it is too large to colour) and offers buttons to act on it, without blocking
// the window as a dialog would. Hidden while there is nothing to say. GUI thread.
class FileNoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Information, Warning };

    explicit FileNoticeBar(QWidget *parent = nullptr);

    // Shows `message` and removes the buttons of the previous notice.
    void showNotice(const QString &message, Tone tone);
    // Adds a button to the current notice; connect to its clicked() signal.
    QPushButton *addButton(const QString &text);
    void dismiss();

    QString message() const;

private:
    void removeButtons();

    QLabel *m_message;
    QHBoxLayout *m_buttons;
};

} // namespace Trellis::Widgets
