#include "findbar.h"

#include <Qsci/qsciscintilla.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Trellis::Widgets {

FindBar::FindBar(QsciScintilla *editor)
    : QFrame(editor)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace"));
    m_find->setClearButtonEnabled(true);

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    QToolButton *previous = addButton(tr("↑"), tr("Previous match (Shift+Enter)"));
    QToolButton *next = addButton(tr("↓"), tr("Next match (Enter)"));
    findRow->addWidget(previous);
    findRow->addWidget(next);
    m_regex = addToggle(tr(".*"), tr("Regular expression"));
    m_case = addToggle(tr("Aa"), tr("Match case"));
    m_word = addToggle(tr("W"), tr("Whole word"));
    QToolButton *close = addButton(tr("×"), tr("Close (Escape)"));
    for (QWidget *widget : {static_cast<QWidget *>(m_regex), static_cast<QWidget *>(m_case),
                            static_cast<QWidget *>(m_word), static_cast<QWidget *>(m_status),
                            static_cast<QWidget *>(close)})
        findRow->addWidget(widget);

    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    QToolButton *replaceOne = addButton(tr("Replace"), tr("Replace this match and find the next"));
    QToolButton *replaceEvery = addButton(tr("All"), tr("Replace every match"));
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceEvery);

    connect(previous, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(replaceOne, &QToolButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    hide();
}

QToolButton *FindBar::addButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

QToolButton *FindBar::addToggle(const QString &text, const QString &toolTip)
{
    QToolButton *button = addButton(text, toolTip);
    button->setCheckable(true);
    return button;
}

void FindBar::open(bool withReplace)
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    m_replaceRow->setVisible(withReplace);
    m_status->clear();
    adjustSize();
    show();
    raise();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::setSearchText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

void FindBar::showStatus(const QString &text)
{
    m_status->setText(text);
}

bool FindBar::findNext(bool forward)
{
    if (m_find->text().isEmpty())
        return false;
    int line = -1;
    int index = -1;
    // Searching backwards from a match would find that match again: start at its beginning.
    if (!forward && m_editor->hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(),
                                           m_case->isChecked(), m_word->isChecked(), true, forward,
                                           line, index, true, false, m_regex->isChecked());
    showStatus(found ? QString() : tr("No match"));
    return found;
}

void FindBar::replaceCurrent()
{
    if (!m_editor->hasSelectedText() && !findNext(true))
        return;
    m_editor->replace(m_replace->text());
    findNext(true);
}

int FindBar::searchFlags() const
{
    int flags = 0;
    if (m_regex->isChecked())
        flags |= QsciScintillaBase::SCFIND_REGEXP | QsciScintillaBase::SCFIND_CXX11REGEX;
    if (m_case->isChecked())
        flags |= QsciScintillaBase::SCFIND_MATCHCASE;
    if (m_word->isChecked())
        flags |= QsciScintillaBase::SCFIND_WHOLEWORD;
    return flags;
}

int FindBar::replaceAll()
{
    const QByteArray pattern = m_find->text().toUtf8();
    const QByteArray replacement = m_replace->text().toUtf8();
    if (pattern.isEmpty())
        return 0;
    const bool regex = m_regex->isChecked();
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEARCHFLAGS, searchFlags());
    m_editor->beginUndoAction();
    int count = 0;
    long from = 0;
    for (;;) {
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE, from,
                                long(m_editor->length()));
        if (m_editor->SendScintilla(QsciScintillaBase::SCI_SEARCHINTARGET, pattern.size(),
                                    pattern.constData())
            < 0)
            break;
        const long start = m_editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETSTART);
        const long replaced = m_editor->SendScintilla(regex ? QsciScintillaBase::SCI_REPLACETARGETRE
                                                            : QsciScintillaBase::SCI_REPLACETARGET,
                                                      replacement.size(), replacement.constData());
        ++count;
        // An empty match (e.g. `^`) must still move on, or the loop would never end.
        from = start + std::max(replaced, 1L);
        if (from > m_editor->length())
            break;
    }
    m_editor->endUndoAction();
    showStatus(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() & Qt::ShiftModifier) {
        findNext(false);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Trellis::Widgets
