#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace Trellis::Tests {

// Clicks the button labelled `buttonText` of the next message box, once it is shown: the
// code under test runs it with exec(), which does not return until then. Counts the boxes it
// answered, so a test can also check that no box appeared.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(const QString &buttonText)
        : m_buttonText(buttonText)
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == m_buttonText) {
                    ++m_answered;
                    button->click();
                    return;
                }
            }
        });
        m_poll.start(20);
    }

    int answered() const { return m_answered; }

private:
    QString m_buttonText;
    QTimer m_poll;
    int m_answered = 0;
};

} // namespace Trellis::Tests
