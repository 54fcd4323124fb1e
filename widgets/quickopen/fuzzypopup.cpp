#include "fuzzypopup.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace Trellis::Widgets {

namespace {

constexpr int kMaximumWidth = 720;
constexpr int kVisibleRows = 14;

// Draws an entry as its icon and text, with the detail dimmed after it, elided from the left
// so the end of a long path stays visible.
class EntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Room to breathe: rows are targets for the eye, not dense data.
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, kRowPadding);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QStyle *style = background.widget ? background.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

        // The text starts after the icon the style drew; the detail is right-aligned after it.
        const int iconWidth
            = background.icon.isNull() ? 0 : background.decorationSize.width() + kMargin;
        const QRect textRect = option.rect.adjusted(kMargin + iconWidth, 0, -kMargin, 0);
        const bool selected = option.state & QStyle::State_Selected;
        QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QFontMetrics metrics(option.font);
        const QString text = index.data(Qt::DisplayRole).toString();
        // One pixel of slack: advances are rounded, and a rounding must not elide the text.
        const int textWidth = std::min(metrics.horizontalAdvance(text) + 1, textRect.width());
        painter->save();
        painter->setFont(option.font); // the style may have left another font set
        painter->setPen(ink);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(text, Qt::ElideRight, textWidth));
        const QString detail = index.data(FuzzyListModel::DetailRole).toString();
        const int gap = metrics.horizontalAdvance(QLatin1Char(' ')) * 3;
        const QRect detailRect = textRect.adjusted(textWidth + gap, 0, 0, 0);
        if (!detail.isEmpty() && detailRect.width() > gap) {
            ink.setAlphaF(0.65);
            painter->setPen(ink);
            painter->drawText(detailRect, Qt::AlignVCenter | Qt::AlignRight,
                              metrics.elidedText(detail, Qt::ElideLeft, detailRect.width()));
        }
        painter->restore();
    }

private:
    static constexpr int kMargin = 6;
    static constexpr int kRowPadding = 6;
};

} // namespace

FuzzyPopup::FuzzyPopup(QWidget *window)
    : QFrame(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new FuzzyListModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_filter->setClearButtonEnabled(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new EntryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filter->installEventFilter(this);
    hide();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setPattern(text);
        selectRow(0);
    });
    connect(m_list, &QListView::clicked, this, &FuzzyPopup::choose);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { choose(m_list->currentIndex()); });
    // Clicking anywhere else in the window closes it, as a popup would.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && !isAncestorOf(now))
            hide();
    });
}

FuzzyPopup::~FuzzyPopup()
{
    // Deleting the focused filter line reports a focus change while this popup is torn down.
    disconnect(qApp, nullptr, this, nullptr);
}

void FuzzyPopup::setPlaceholderText(const QString &text)
{
    m_filter->setPlaceholderText(text);
}

void FuzzyPopup::setEntries(std::vector<FuzzyEntry> entries)
{
    m_entrySource = {};
    m_model->setEntries(std::move(entries));
    selectRow(0);
}

void FuzzyPopup::setEntrySource(std::function<std::vector<FuzzyEntry>()> source)
{
    m_entrySource = std::move(source);
}

void FuzzyPopup::popup()
{
    if (m_entrySource)
        setEntries(std::exchange(m_entrySource, nullptr)());
    m_returnFocus = QApplication::focusWidget();
    m_filter->clear();
    selectRow(0);
    placeInWindow();
    show();
    raise();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void FuzzyPopup::placeInWindow()
{
    const QWidget *window = parentWidget();
    const int width = std::min(kMaximumWidth, window->width() * 2 / 3);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 6);
    const int height = m_filter->sizeHint().height() + rowHeight * kVisibleRows + 24;
    // Below the menu bar, where the eye already is when the shortcut is pressed.
    const QMenuBar *menuBar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
    const int top = (menuBar && menuBar->isVisible() ? menuBar->height() : 0) + 8;
    setGeometry((window->width() - width) / 2, top, width,
                std::min(height, window->height() - top - 8));
}

void FuzzyPopup::selectRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex index = m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void FuzzyPopup::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QVariant payload = index.data(FuzzyListModel::PayloadRole);
    hide();
    Q_EMIT chosen(payload);
}

bool FuzzyPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const int row = m_list->currentIndex().row();
    const int page
        = std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)));
    switch (key) {
    case Qt::Key_Escape:
        hide();
        if (m_returnFocus)
            m_returnFocus->setFocus(Qt::PopupFocusReason);
        return true;
    case Qt::Key_Down:
        selectRow(row + 1);
        return true;
    case Qt::Key_Up:
        selectRow(row - 1);
        return true;
    case Qt::Key_PageDown:
        selectRow(row + page);
        return true;
    case Qt::Key_PageUp:
        selectRow(row - page);
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace Trellis::Widgets
