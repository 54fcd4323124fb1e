#include "compiledsqlpanel.h"

#include "widgets/common/locationlink.h"
#include "widgets/editor/codeeditor.h"

#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Trellis::Widgets {

CompiledSqlPanel::CompiledSqlPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_editor(new CodeEditor(this))
{
    m_header->setObjectName(QStringLiteral("CompiledSqlHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setMargin(4);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        const LocationLink location = LocationLink::fromLink(link);
        Q_EMIT locationActivated(location.file, location.line);
    });
    // The file name only picks the SQL colouring; nothing is ever saved from here.
    m_editor->setLanguageForFile(QStringLiteral("compiled.sql"));
    m_editor->setReadOnly(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_editor, 1);
    showMessage(tr("Open a model to see its compiled SQL."));
}

void CompiledSqlPanel::showSql(const QString &uniqueId, const QString &title, const QString &sql)
{
    m_header->setText(title.toHtmlEscaped());
    m_editor->setEnabled(true);
    if (m_uniqueId == uniqueId && m_editor->text() == sql)
        return;
    const bool sameNode = m_uniqueId == uniqueId;
    const int firstLine = m_editor->firstVisibleLine();
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_uniqueId = uniqueId;
    m_editor->setText(sql);
    if (sameNode) {
        m_editor->setCursorPosition(line, index);
        m_editor->setFirstVisibleLine(firstLine);
    }
}

void CompiledSqlPanel::showError(const QString &uniqueId, const QString &title,
                                 const Core::Error &error)
{
    m_uniqueId = uniqueId;
    QString where = LocationLink{error.file, error.line}.html();
    if (!where.isEmpty())
        where += QStringLiteral(": ");
    m_header->setText(
        QStringLiteral("<b>%1</b><br><span style='color:#c62828'>%2</span>%3")
            .arg(title.toHtmlEscaped(), tr("Does not compile:"), QStringLiteral(" ") + where
                     + error.message.toHtmlEscaped()));
    // The last good SQL stays readable, greyed, below the error.
    m_editor->setEnabled(false);
}

void CompiledSqlPanel::showMessage(const QString &message)
{
    m_uniqueId.clear();
    m_header->setText(message.toHtmlEscaped());
    m_editor->clear();
    m_editor->setEnabled(false);
}

QString CompiledSqlPanel::sql() const
{
    return m_editor->text();
}

QString CompiledSqlPanel::headerText() const
{
    return QTextDocumentFragment::fromHtml(m_header->text()).toPlainText();
}

} // namespace Trellis::Widgets
