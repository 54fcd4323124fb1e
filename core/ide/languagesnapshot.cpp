#include "languagesnapshot.h"

#include "core/ide/documentlanguage.h"

namespace Trellis::Core::Ide {

LanguageSnapshot::LanguageSnapshot(std::shared_ptr<const Manifest> manifest)
    : m_manifest(std::move(manifest))
    , m_index(*m_manifest)
    , m_sqlCompletion(m_index)
    , m_yamlCompletion(m_index)
    , m_definitions(m_index)
    , m_hovers(m_index)
{ }

Completion LanguageSnapshot::complete(const QString &filePath, QStringView text,
                                      qsizetype offset) const
{
    switch (languageOfFile(filePath)) {
    case DocumentLanguage::JinjaSql:
        return m_sqlCompletion.complete(filePath, text, offset);
    case DocumentLanguage::Yaml:
        return m_yamlCompletion.complete(filePath, text, offset);
    case DocumentLanguage::Other:
        break;
    }
    return {};
}

} // namespace Trellis::Core::Ide
