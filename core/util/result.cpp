#include "result.h"

namespace Trellis::Core {

QString Error::toString() const
{
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    if (!text.isEmpty())
        text += QLatin1String(": ");
    return text + message;
}

} // namespace Trellis::Core
