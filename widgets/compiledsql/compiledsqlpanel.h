#pragma once

#include "core/util/result.h"

#include <QWidget>

class QLabel;

namespace Trellis::Widgets {

class CodeEditor;

// The compiled-SQL dock's contents: a read-only SQL editor showing a node's SQL as the workspace
// runs it, or the compile error with its file and line. A new text for the same node keeps
// the scroll position and caret, so the view holds still while the user types in the model.
// GUI thread.
class CompiledSqlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompiledSqlPanel(QWidget *parent = nullptr);

    void showSql(const QString &uniqueId, const QString &title, const QString &sql);
    void showError(const QString &uniqueId, const QString &title, const Core::Error &error);
    // Nothing to show (`message` says why).
    void showMessage(const QString &message);

    QString uniqueId() const { return m_uniqueId; }
    QString sql() const;
    QString headerText() const;
    CodeEditor *editor() const { return m_editor; }

Q_SIGNALS:
    void locationActivated(const QString &file, int line);

private:
    QLabel *m_header;
    CodeEditor *m_editor;
    QString m_uniqueId;
};

} // namespace Trellis::Widgets
