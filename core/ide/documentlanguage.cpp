#include "documentlanguage.h"

namespace Trellis::Core::Ide {

DocumentLanguage languageOfFile(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("sql"))
        return DocumentLanguage::JinjaSql;
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml"))
        return DocumentLanguage::Yaml;
    return DocumentLanguage::Other;
}

} // namespace Trellis::Core::Ide
