#pragma once

#include <QString>

namespace Trellis::Core::Ide {

// The languages the editor understands, told apart by the file's suffix as dbt does.
enum class DocumentLanguage { Other, JinjaSql, Yaml };

DocumentLanguage languageOfFile(const QString &fileName);

} // namespace Trellis::Core::Ide
