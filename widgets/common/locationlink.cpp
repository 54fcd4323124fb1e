#include "locationlink.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Trellis::Widgets {

namespace {
const QString kLineKey = QStringLiteral("line");
}

QString LocationLink::html() const
{
    if (file.isEmpty())
        return {};
    QUrl link = QUrl::fromLocalFile(file);
    QUrlQuery query;
    query.addQueryItem(kLineKey, QString::number(line));
    link.setQuery(query);
    const QString name = QFileInfo(file).fileName();
    const QString shown = line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(link.toString().toHtmlEscaped(), shown.toHtmlEscaped());
}

LocationLink LocationLink::fromLink(const QString &link)
{
    const QUrl url(link);
    return {url.toLocalFile(), QUrlQuery(url).queryItemValue(kLineKey).toInt()};
}

} // namespace Trellis::Widgets
