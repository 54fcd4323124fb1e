#include "settingsdialog.h"

#include "app/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Trellis::App {

namespace {
enum ShortcutColumn { ActionColumn, ShortcutColumn };

QString plainText(const QAction *action)
{
    return action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}
} // namespace

SettingsDialog::SettingsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createAppearancePage(), tr("Appearance"));
    tabs->addTab(createPreviewPage(), tr("Preview"));
    tabs->addTab(createKeyboardPage(), tr("Keyboard"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 480);
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("Theme"));
    m_theme->addItem(tr("Follow the desktop"), int(ThemeChoice::FollowDesktop));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(AppSettings::theme())));
    form->addRow(tr("&Theme:"), m_theme);

    const QFont font = AppSettings::editorFont();
    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontFamily->setCurrentFont(font);
    form->addRow(tr("Editor &font:"), m_fontFamily);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    form->addRow(tr("Font &size:"), m_fontSize);
    return page;
}

QWidget *SettingsDialog::createPreviewPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_rowLimit = new QSpinBox(page);
    m_rowLimit->setObjectName(QStringLiteral("PreviewRowLimit"));
    m_rowLimit->setRange(1, 1'000'000);
    m_rowLimit->setSingleStep(100);
    m_rowLimit->setValue(AppSettings::previewRowLimit());
    form->addRow(tr("&Rows shown by a preview:"), m_rowLimit);
    return page;
}

QWidget *SettingsDialog::createKeyboardPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_shortcuts = new QTreeWidget(page);
    m_shortcuts->setColumnCount(2);
    m_shortcuts->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_shortcuts->setRootIsDecorated(false);
    m_shortcuts->header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_shortcuts->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::Interactive);
    m_shortcuts->header()->resizeSection(ShortcutColumn, 200);
    for (QAction *action : std::as_const(m_actions)) {
        auto *item = new QTreeWidgetItem(m_shortcuts, {plainText(action)});
        item->setIcon(ActionColumn, action->icon());
        auto *edit = new QKeySequenceEdit(action->shortcut(), m_shortcuts);
        edit->setClearButtonEnabled(true);
        m_shortcuts->setItemWidget(item, ShortcutColumn, edit);
        m_sequenceEdits.append(edit);
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, &SettingsDialog::markConflicts);
    }
    auto *defaults = new QPushButton(tr("Restore &Defaults"), page);
    connect(defaults, &QPushButton::clicked, this, [this] {
        for (qsizetype i = 0; i < m_actions.size(); ++i)
            m_sequenceEdits[i]->setKeySequence(AppSettings::defaultShortcut(m_actions[i]));
    });
    layout->addWidget(m_shortcuts);
    layout->addWidget(defaults, 0, Qt::AlignRight);
    return page;
}

void SettingsDialog::markConflicts()
{
    // Two actions on one key: Qt would trigger neither, so say so while it can be fixed.
    QHash<QKeySequence, int> uses;
    for (const QKeySequenceEdit *edit : std::as_const(m_sequenceEdits)) {
        if (!edit->keySequence().isEmpty())
            ++uses[edit->keySequence()];
    }
    for (qsizetype i = 0; i < m_sequenceEdits.size(); ++i) {
        QTreeWidgetItem *item = m_shortcuts->topLevelItem(int(i));
        const bool clash = uses.value(m_sequenceEdits[i]->keySequence()) > 1;
        item->setForeground(ActionColumn, clash ? QBrush(Qt::red) : QBrush());
        item->setToolTip(ActionColumn,
                         clash ? tr("Another action uses this shortcut too.") : QString());
    }
}

void SettingsDialog::accept()
{
    AppSettings::setTheme(ThemeChoice(m_theme->currentData().toInt()));
    QFont font = m_fontFamily->currentFont();
    font.setPointSize(m_fontSize->value());
    // Stored only when changed, so editors keep following the system's font until then.
    const QFont current = AppSettings::editorFont();
    if (font.family() != current.family() || font.pointSize() != current.pointSize())
        AppSettings::setEditorFont(font);
    AppSettings::setPreviewRowLimit(m_rowLimit->value());
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        AppSettings::setShortcut(m_actions[i], m_sequenceEdits[i]->keySequence());
    Q_EMIT settingsChanged();
    QDialog::accept();
}

} // namespace Trellis::App
