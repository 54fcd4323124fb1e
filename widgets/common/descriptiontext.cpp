#include "descriptiontext.h"

#include <QTextDocument>

namespace Trellis::Widgets {

QString descriptionText(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText().trimmed();
}

QString descriptionHtml(const QString &markdown)
{
    return descriptionText(markdown).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                             QLatin1String("<br>"));
}

} // namespace Trellis::Widgets
