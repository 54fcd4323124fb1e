#include "renderfile.h"

#include "environment.h"
#include "jsonconversion.h"

#include "core/util/textfile.h"

namespace Trellis::Core::Jinja {

namespace {

constexpr qint64 kMaxTemplateBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxContextBytes = 64 * 1024 * 1024;

} // namespace

Result<std::string> renderFile(const QString &templatePath, const QString &contextJsonPath)
{
    auto source = TextFile::readUtf8(templatePath, kMaxTemplateBytes);
    if (!source)
        return fail(source.error());
    Value variables = Value::emptyDict();
    if (!contextJsonPath.isEmpty()) {
        auto json = TextFile::readUtf8(contextJsonPath, kMaxContextBytes);
        if (!json)
            return fail(json.error());
        auto parsed
            = JsonConversion::parse(std::string_view(json->constData(), std::size_t(json->size())));
        if (!parsed) {
            Error error = parsed.error();
            error.file = contextJsonPath;
            return fail(std::move(error));
        }
        if (!parsed->isDict()) {
            return fail(Error{contextJsonPath, 0, 0,
                              QStringLiteral("the context must be a JSON object (its keys become "
                                             "the template's variables)")});
        }
        variables = std::move(*parsed);
    }
    const Environment environment;
    return environment.renderString(
        std::string_view(source->constData(), std::size_t(source->size())),
        templatePath.toStdString(), variables);
}

} // namespace Trellis::Core::Jinja
