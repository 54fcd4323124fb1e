#include "filenoticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Trellis::Widgets {

FileNoticeBar::FileNoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_message, 1);
    layout->addLayout(m_buttons);
    hide();
}

void FileNoticeBar::showNotice(const QString &message, Tone tone)
{
    removeButtons();
    m_message->setText(message);
    // Tinted from the current palette, so the bar reads in light and dark themes alike.
    QPalette tinted = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = tinted.color(QPalette::Window);
    const QColor accent
        = tone == Tone::Warning ? QColor(0xE0, 0xA0, 0x20) : tinted.color(QPalette::Highlight);
    tinted.setColor(QPalette::Window,
                    QColor::fromRgbF(base.redF() * 0.8 + accent.redF() * 0.2,
                                     base.greenF() * 0.8 + accent.greenF() * 0.2,
                                     base.blueF() * 0.8 + accent.blueF() * 0.2));
    setPalette(tinted);
    show();
}

QPushButton *FileNoticeBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    return button;
}

void FileNoticeBar::dismiss()
{
    removeButtons();
    m_message->clear();
    hide();
}

QString FileNoticeBar::message() const
{
    return m_message->text();
}

void FileNoticeBar::removeButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        // Deleted later: the button being removed may be the one whose click led here.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
}

} // namespace Trellis::Widgets
