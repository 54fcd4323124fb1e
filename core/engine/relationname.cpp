#include "relationname.h"

namespace Trellis::Core {

QString RelationName::quoteIdentifier(QStringView identifier)
{
    QString quoted = identifier.toString();
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString RelationName::quoted() const
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

bool RelationName::matches(QStringView otherSchema, QStringView otherName) const
{
    return schema.compare(otherSchema, Qt::CaseInsensitive) == 0
        && name.compare(otherName, Qt::CaseInsensitive) == 0;
}

} // namespace Trellis::Core
